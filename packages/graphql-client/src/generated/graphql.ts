import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  /** Needed when creating a new account. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new password, or the existing account’s password. */
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** One entry of the append-only audit trail. */
export type AuditEvent = {
  action: Scalars['String']['output'];
  /** The acting user’s name, when known. */
  actorName?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  ipAddress?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type AuditEventFilter = {
  /** Only these actions, e.g. auth.sign_in. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant, inclusive. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subjectId?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  /** Before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditEventPage = {
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<AuditEvent>;
};

export type Invitation = {
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedByName?: Maybe<Scalars['String']['output']>;
  role: Role;
  status: InvitationStatus;
};

/** What an invitation link offers, shown before accepting it. */
export type InvitationPreview = {
  /** True when the address already has an account: accept with its password. */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  role: Role;
  status: InvitationStatus;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** A mail from the outbox (development mailbox only). */
export type MailMessage = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  template: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** The signed-in user and what they may do in the active organization. */
export type Me = {
  /** CASL rules (RawRule[]) for the active organization, for @casl/ability in the portal. */
  abilities: Scalars['JSON']['output'];
  activeOrganization?: Maybe<Organization>;
  memberships: Array<Membership>;
  role?: Maybe<Role>;
  user: User;
};

/** A person's membership in the active organization. */
export type Member = {
  /** The membership id. */
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  role: Role;
  user: User;
};

export type Membership = {
  organization: Organization;
  role: Role;
};

export type Mutation = {
  /** Accepts an invitation and signs in, in the inviting organization. */
  acceptInvitation: Me;
  /** Invites a person by email with a role; they get a single-use link. */
  inviteMember: Invitation;
  removeMember: Scalars['Boolean']['output'];
  /** Mails a password reset link when the address has an account; answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a fresh link; earlier links stop working. */
  resendInvitation: Invitation;
  /** Sets a new password from a reset link and ends every session. */
  resetPassword: Scalars['Boolean']['output'];
  revokeInvitation: Invitation;
  /** Signs in with email and password and starts a new session. */
  signIn: Me;
  /** Ends the current session. Safe to call when signed out. */
  signOut: Scalars['Boolean']['output'];
  /** Makes another of the signed-in user's organizations the active one. */
  switchOrganization: Me;
  updateMemberRole: Member;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  role: Role;
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSwitchOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateMemberRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

/** A tenant: a Parent Training and Information Center or an advocacy practice. */
export type Organization = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  /** The active organization's audit trail, newest first (org admins). */
  auditEvents: AuditEventPage;
  /** Mails written to the log because no SMTP server is configured (development, org admins). */
  developmentMailbox: Array<MailMessage>;
  /** What an invitation link offers, before accepting it. */
  invitationPreview: InvitationPreview;
  /** The active organization's invitations, newest first (org admins). */
  invitations: Array<Invitation>;
  /** The signed-in user, or null without a valid session. */
  me?: Maybe<Me>;
  /** The active organization's members (a parent sees only themself). */
  organizationMembers: Array<Member>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};

/** A member's role in one organization. */
export type Role =
  | 'ADVOCATE'
  | 'ORG_ADMIN'
  | 'PARENT';

export type User = {
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me?: { role?: Role | null, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type SessionMeFragment = { role?: Role | null, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { role?: Role | null, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionMeFragmentDoc = new TypedDocumentString(`
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
}
    `, {"fragmentName":"SessionMe"}) as unknown as TypedDocumentString<SessionMeFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;