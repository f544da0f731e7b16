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

export type AssignCaseAdvocatesInput = {
  /** The complete list of advocates assigned to the case. */
  advocateUserIds: Array<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
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

/** A secret link to the member’s deadlines as an iCalendar feed; shown once. */
export type CalendarFeed = {
  createdAt: Scalars['DateTime']['output'];
  /** Path on the API, /calendar/<organization>/<token>.ics. */
  path: Scalars['String']['output'];
};

/** One student's dispute. */
export type Case = {
  advocates: Array<CaseAdvocate>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  intakeId?: Maybe<Scalars['ID']['output']>;
  /** Advocates' working notes; null for a parent. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** Issue ids from packages/rules. */
  issueCategories: Array<Scalars['String']['output']>;
  /** The soonest upcoming deadline. */
  nextDeadline?: Maybe<Deadline>;
  outcome?: Maybe<Scalars['String']['output']>;
  proceedings: Array<Proceeding>;
  /** The continuum stage reached: intake, or a pathway id. */
  stage: Scalars['String']['output'];
  status: CaseStatus;
  student: Student;
  studentId: Scalars['ID']['output'];
  timeline: Array<CaseTimelineEntry>;
  updatedAt: Scalars['DateTime']['output'];
};

/** An advocate assigned to a case. */
export type CaseAdvocate = {
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type CaseDocumentsFilterInput = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words to find in titles and text. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<DocumentType>;
  visibility?: InputMaybe<DocumentVisibility>;
};

/** A record of a case that matches a search. */
export type CaseRecordHit = {
  /** Set when kind is DOCUMENT. */
  document?: Maybe<Document>;
  id: Scalars['ID']['output'];
  kind: CaseRecordKind;
  rank: Scalars['Float']['output'];
  /** Matching words in context; the matches are between « and ». */
  snippet: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** What a search hit is; notes and logs join the search later. */
export type CaseRecordKind =
  | 'DOCUMENT';

export type CaseStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

/** One thing recorded on a case. */
export type CaseTimelineEntry = {
  actorName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** case_opened, status_changed, proceeding_opened, event_recorded, ... */
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
};

export type CaseloadFilterInput = {
  /** Cases this advocate is assigned to. */
  advocateUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Cases with a computed deadline on or before this day (YYYY-MM-DD). */
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  issue?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  /** The student's state. */
  state?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<CaseStatus>>;
};

export type CaseloadPage = {
  /** Pass as `after` for the next page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<Case>;
  /** Cases matching the filter, except its stage, per stage. */
  stageCounts: Array<StageCount>;
  /** Cases matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type CaseloadSort =
  | 'CREATED_AT_DESC'
  | 'NEXT_DUE_ASC'
  | 'STUDENT_NAME_ASC'
  | 'UPDATED_AT_DESC';

export type CorrectProceedingEventInput = {
  /** The right date, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  /** Why the recorded event was wrong. */
  reason: Scalars['String']['input'];
  schoolDays?: InputMaybe<Scalars['Int']['input']>;
  /** The right event type. */
  type: Scalars['String']['input'];
};

export type CreateCaseFromIntakeInput = {
  /** Advocates to assign; an advocate turning the intake into a case by default. */
  advocateUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  intakeId: Scalars['ID']['input'];
  /** Defaults to the intake’s issues. */
  issueCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needed when the intake names no student and the family has several. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateFamilyInput = {
  name: Scalars['String']['input'];
  /** Parents (members with the PARENT role) to link; a parent creating a family is linked to it. */
  parentUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  primaryLanguage: Language;
};

export type CreateStudentInput = {
  /** YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  disabilityCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  district?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  familyId: Scalars['ID']['input'];
  grade?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  planType: PlanType;
  raceCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  school?: InputMaybe<Scalars['String']['input']>;
  state: Scalars['String']['input'];
};

/** A deadline computed from a proceeding’s events. */
export type Deadline = {
  /** The citations the deadline rests on. */
  basis: Array<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  confidence: Scalars['String']['output'];
  /** YYYY-MM-DD; null unless computed. */
  due?: Maybe<Scalars['String']['output']>;
  fallsOnNonBusinessDay: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** Due before today. */
  overdue: Scalars['Boolean']['output'];
  proceedingId: Scalars['ID']['output'];
  proceedingKind: Scalars['String']['output'];
  /** The rule id, e.g. resolution_period_end. */
  ruleId: Scalars['String']['output'];
  status: DeadlineStatus;
  studentName?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
};

/** computed (a date), needs_calendar (store the district calendar), no_fixed_deadline, unknown. */
export type DeadlineStatus =
  | 'computed'
  | 'needs_calendar'
  | 'no_fixed_deadline'
  | 'unknown';

/** A district's school year, so school-day deadlines compute. */
export type DistrictCalendar = {
  district: Scalars['String']['output'];
  /** YYYY-MM-DD. */
  firstDay: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD. */
  lastDay: Scalars['String']['output'];
  /** Weekdays without school (holidays, breaks). */
  nonSchoolDays: Array<Scalars['String']['output']>;
  state: Scalars['String']['output'];
};

/** A record in a case: IEP, evaluation, notice, ... */
export type Document = {
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The newest version. */
  currentVersion: DocumentVersion;
  /** The date on the document, YYYY-MM-DD. */
  documentDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  type: DocumentType;
  updatedAt: Scalars['DateTime']['output'];
  /** Every version, newest first. */
  versions: Array<DocumentVersion>;
  visibility: DocumentVisibility;
};

/** What a document is; the same words as the upload form field `type` (lower case). */
export type DocumentType =
  | 'EMAIL'
  | 'EVALUATION'
  | 'IEP'
  | 'MEDICAL'
  | 'NOTICE'
  | 'OTHER'
  | 'PRIOR_WRITTEN_NOTICE'
  | 'PROGRESS_REPORT';

/** One uploaded file of a document. */
export type DocumentVersion = {
  /** Sniffed from the bytes at upload. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Where to GET the bytes (relative to the API), with the session cookie. */
  downloadPath: Scalars['String']['output'];
  /** Sanitized; the extension matches the sniffed content type. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** SHA-256 of the bytes, hex. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Float']['output'];
  uploadedByName?: Maybe<Scalars['String']['output']>;
  versionNumber: Scalars['Int']['output'];
};

/** SHARED: the family sees it. INTERNAL: the organization’s staff only. */
export type DocumentVisibility =
  | 'INTERNAL'
  | 'SHARED';

/** A household the organization serves. */
export type Family = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parents: Array<FamilyParent>;
  primaryLanguage: Language;
  students: Array<Student>;
};

/** A parent account linked to a family. */
export type FamilyParent = {
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type FiledBy =
  | 'district'
  | 'parent';

/** A family’s answers to the intake questionnaire. */
export type Intake = {
  /** Answers keyed by question id. */
  answers: Scalars['JSON']['output'];
  /** The case made from this intake. */
  caseId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  familyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  lang: Language;
  /** The questionnaire version the answers follow. */
  questionnaireVersion: Scalars['String']['output'];
  /** The rules package’s recommendation at submission: pathways, warnings. */
  recommendation?: Maybe<Scalars['JSON']['output']>;
  status: IntakeStatus;
  studentId?: Maybe<Scalars['ID']['output']>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** DRAFT while answered, SUBMITTED awaiting triage, TRIAGED once a case exists. */
export type IntakeStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'TRIAGED';

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

/** The parents' primary language: English or Spanish. */
export type Language =
  | 'EN'
  | 'ES';

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
  /** Archives a document: hidden from lists and search, kept with every version. */
  archiveDocument: Document;
  /** Sets the complete list of advocates on a case. */
  assignCaseAdvocates: Case;
  /** Replaces a wrongly recorded event; the wrong one stays in the history. */
  correctProceedingEvent: Proceeding;
  /** Makes a new secret link to your deadlines feed; the previous link stops working. */
  createCalendarFeed: CalendarFeed;
  /** Turns a submitted intake into a case. */
  createCaseFromIntake: Case;
  /** Creates a family; a parent creating one is linked to it. */
  createFamily: Family;
  createStudent: Student;
  /** Invites a person by email with a role; they get a single-use link. */
  inviteMember: Invitation;
  /** Opens a proceeding of a kind in a case. */
  openProceeding: Proceeding;
  /** Records an event; the state and deadlines are recomputed and stored. */
  recordProceedingEvent: Proceeding;
  removeMember: Scalars['Boolean']['output'];
  /** Mails a password reset link when the address has an account; answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a fresh link; earlier links stop working. */
  resendInvitation: Invitation;
  /** Sets a new password from a reset link and ends every session. */
  resetPassword: Scalars['Boolean']['output'];
  /** Brings an archived document back. */
  restoreDocument: Document;
  /** Turns your deadlines feed link off. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  revokeInvitation: Invitation;
  /** Stores a district's school year (first day, last day, non-school days). */
  saveDistrictCalendar: DistrictCalendar;
  /** Starts or continues a draft; call it at every step so the draft can resume. */
  saveIntakeDraft: Intake;
  /** Signs in with email and password and starts a new session. */
  signIn: Me;
  /** Ends the current session. Safe to call when signed out. */
  signOut: Scalars['Boolean']['output'];
  /** Validates and submits a draft; stores the recommendation; tells the advocates. */
  submitIntake: Intake;
  /** Makes another of the signed-in user's organizations the active one. */
  switchOrganization: Me;
  updateCase: Case;
  /** Changes a document's title, type, date or visibility. */
  updateDocument: Document;
  updateFamily: Family;
  updateMemberRole: Member;
  updateStudent: Student;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationArchiveDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type MutationAssignCaseAdvocatesArgs = {
  input: AssignCaseAdvocatesInput;
};


export type MutationCorrectProceedingEventArgs = {
  input: CorrectProceedingEventInput;
};


export type MutationCreateCaseFromIntakeArgs = {
  input: CreateCaseFromIntakeInput;
};


export type MutationCreateFamilyArgs = {
  input: CreateFamilyInput;
};


export type MutationCreateStudentArgs = {
  input: CreateStudentInput;
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  role: Role;
};


export type MutationOpenProceedingArgs = {
  input: OpenProceedingInput;
};


export type MutationRecordProceedingEventArgs = {
  input: RecordProceedingEventInput;
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


export type MutationRestoreDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationSaveDistrictCalendarArgs = {
  input: SaveDistrictCalendarInput;
};


export type MutationSaveIntakeDraftArgs = {
  input: SaveIntakeDraftInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSubmitIntakeArgs = {
  intakeId: Scalars['ID']['input'];
};


export type MutationSwitchOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
};


export type MutationUpdateDocumentArgs = {
  input: UpdateDocumentInput;
};


export type MutationUpdateFamilyArgs = {
  input: UpdateFamilyInput;
};


export type MutationUpdateMemberRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};


export type MutationUpdateStudentArgs = {
  input: UpdateStudentInput;
};

export type OpenProceedingInput = {
  caseId: Scalars['ID']['input'];
  /** Who filed (due process); parent. */
  filedBy?: InputMaybe<FiledBy>;
  kind: ProceedingKind;
};

/** A tenant: a Parent Training and Information Center or an advocacy practice. */
export type Organization = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PlanType =
  | 'IEP'
  | 'NONE'
  | 'SECTION_504';

/** One pathway pursued inside a case. */
export type Proceeding = {
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadlines: Array<Deadline>;
  eventTypes: Array<ProceedingEventType>;
  /** Every event recorded, corrections kept. */
  events: Array<ProceedingEvent>;
  filedBy: FiledBy;
  id: Scalars['ID']['output'];
  kind: ProceedingKind;
  /** The current state of the kind’s state machine. */
  state: Scalars['String']['output'];
};

export type ProceedingEvent = {
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The event this one corrects. */
  correctsEventId?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  schoolDays?: Maybe<Scalars['Int']['output']>;
  /** True once a correction replaced it; kept for the history. */
  superseded: Scalars['Boolean']['output'];
  type: Scalars['String']['output'];
};

/** An event the proceeding’s kind accepts. */
export type ProceedingEventType = {
  summary: Scalars['String']['output'];
  /** The state it moves the proceeding to. */
  to: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** A proceeding kind from packages/rules (docs/domain.md). */
export type ProceedingKind =
  | 'discipline'
  | 'due_process'
  | 'evaluation'
  | 'evaluation_request'
  | 'expedited_due_process'
  | 'facilitation'
  | 'iee_request'
  | 'iep'
  | 'iep_meeting_request'
  | 'mediation'
  | 'ocr_complaint'
  | 'pwn_request'
  | 'records_request'
  | 'state_complaint';

export type Query = {
  /** The active organization's audit trail, newest first (org admins). */
  auditEvents: AuditEventPage;
  case: Case;
  /** A case's documents the signed-in member may see, newest document date first. */
  caseDocuments: Array<Document>;
  /** Cases the member may see (advocate: assigned, or all by organization setting; parent: own family), filtered and paged. */
  caseload: CaseloadPage;
  /** The signed-in member's deadlines across their open cases: overdue, then due within `withinDays`. */
  deadlines: Array<Deadline>;
  /** Mails written to the log because no SMTP server is configured (development, org admins). */
  developmentMailbox: Array<MailMessage>;
  /** The organization's district school calendars (org admins and advocates). */
  districtCalendars: Array<DistrictCalendar>;
  /** One document with its versions. */
  document: Document;
  /** Families the signed-in member may see (a parent: their own). */
  families: Array<Family>;
  family: Family;
  intake: Intake;
  /** The current intake questionnaire in a language, as packages/rules defines it. */
  intakeQuestionnaire: Scalars['JSON']['output'];
  /** Intakes the member may see: a parent their family’s; advocates also every one awaiting triage. */
  intakes: Array<Intake>;
  /** What an invitation link offers, before accepting it. */
  invitationPreview: InvitationPreview;
  /** The active organization's invitations, newest first (org admins). */
  invitations: Array<Invitation>;
  /** The signed-in user, or null without a valid session. */
  me?: Maybe<Me>;
  /** The active organization's members (a parent sees only themself). */
  organizationMembers: Array<Member>;
  proceeding: Proceeding;
  /** Full-text search of a case's records (documents' titles and text, English and Spanish), best first. */
  searchCaseRecords: Array<CaseRecordHit>;
  student: Student;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryCaseDocumentsArgs = {
  caseId: Scalars['ID']['input'];
  filter?: InputMaybe<CaseDocumentsFilterInput>;
};


export type QueryCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseloadFilterInput>;
  first?: Scalars['Int']['input'];
  sort?: CaseloadSort;
};


export type QueryDeadlinesArgs = {
  withinDays?: Scalars['Int']['input'];
};


export type QueryDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type QueryFamilyArgs = {
  familyId: Scalars['ID']['input'];
};


export type QueryIntakeArgs = {
  intakeId: Scalars['ID']['input'];
};


export type QueryIntakeQuestionnaireArgs = {
  lang: Language;
};


export type QueryIntakesArgs = {
  status?: InputMaybe<IntakeStatus>;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryProceedingArgs = {
  proceedingId: Scalars['ID']['input'];
};


export type QuerySearchCaseRecordsArgs = {
  caseId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
};


export type QueryStudentArgs = {
  studentId: Scalars['ID']['input'];
};

export type RecordProceedingEventInput = {
  /** YYYY-MM-DD; for *_scheduled events the day of the meeting. */
  date: Scalars['String']['input'];
  proceedingId: Scalars['ID']['input'];
  /** Length of a discipline removal. */
  schoolDays?: InputMaybe<Scalars['Int']['input']>;
  /** An event type the proceeding’s kind accepts. */
  type: Scalars['String']['input'];
};

/** A member's role in one organization. */
export type Role =
  | 'ADVOCATE'
  | 'ORG_ADMIN'
  | 'PARENT';

export type SaveDistrictCalendarInput = {
  /** Set to change a stored calendar. */
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  district: Scalars['String']['input'];
  firstDay: Scalars['String']['input'];
  lastDay: Scalars['String']['input'];
  nonSchoolDays: Array<Scalars['String']['input']>;
  state: Scalars['String']['input'];
};

export type SaveIntakeDraftInput = {
  /** Every answer so far, keyed by question id. */
  answers: Scalars['JSON']['input'];
  /** Needed to start a draft. */
  familyId?: InputMaybe<Scalars['ID']['input']>;
  /** The draft to continue; omit to start one. */
  intakeId?: InputMaybe<Scalars['ID']['input']>;
  lang: Language;
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

export type StageCount = {
  count: Scalars['Int']['output'];
  stage: Scalars['String']['output'];
};

export type Student = {
  /** YYYY-MM-DD. */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  disabilityCategories: Array<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  ethnicity?: Maybe<Scalars['String']['output']>;
  familyId: Scalars['ID']['output'];
  grade: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  planType: PlanType;
  /** Optional race categories (for the PTI grant report); null when not given. */
  raceCategories?: Maybe<Array<Scalars['String']['output']>>;
  school: Scalars['String']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
};

export type UpdateCaseInput = {
  caseId: Scalars['ID']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  issueCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required to resolve or close. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};

export type UpdateDocumentInput = {
  /** YYYY-MM-DD; an empty string clears it. */
  documentDate?: InputMaybe<Scalars['String']['input']>;
  documentId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<DocumentType>;
  visibility?: InputMaybe<DocumentVisibility>;
};

export type UpdateFamilyInput = {
  familyId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  primaryLanguage?: InputMaybe<Language>;
};

export type UpdateStudentInput = {
  /** YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  disabilityCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  district?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  planType?: InputMaybe<PlanType>;
  raceCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  school?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  studentId: Scalars['ID']['input'];
};

export type User = {
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me?: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type SessionMeFragment = { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SwitchOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type SwitchOrganizationMutation = { switchOrganization: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } };

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
  abilities
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
  abilities
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
  abilities
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SwitchOrganizationDocument = new TypedDocumentString(`
    mutation SwitchOrganization($organizationId: ID!) {
  switchOrganization(organizationId: $organizationId) {
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
  abilities
}`) as unknown as TypedDocumentString<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;