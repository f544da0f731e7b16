import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { SessionCookie } from '../../platform/auth/session-cookie';
import type { RequestContext } from '../../platform/context/request-context';
import { CommonErrors } from '../../platform/errors/domain-error';
import type { GraphQLContext } from '../../platform/graphql/graphql-context';
import { MeModel, RoleEnum } from '../identity/identity.model';
import { IdentityService } from '../identity/identity.service';
import type { Role } from '../identity/membership.entity';
import {
  AcceptInvitationInput,
  InvitationModel,
  InvitationPreviewModel,
  MailMessageModel,
  MemberModel,
} from './members.model';
import { MembersService } from './members.service';

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly identity: IdentityService,
    @Inject(SessionCookie) private readonly cookie: SessionCookie,
  ) {}

  @Query(() => [MemberModel], {
    description: "The active organization's members (a parent sees only themself).",
  })
  organizationMembers(@Ctx() ctx: RequestContext): Promise<MemberModel[]> {
    return this.members.members(ctx);
  }

  @Query(() => [InvitationModel], {
    description: "The active organization's invitations, newest first (org admins).",
  })
  invitations(@Ctx() ctx: RequestContext): Promise<InvitationModel[]> {
    return this.members.invitations(ctx);
  }

  @Public()
  @Query(() => InvitationPreviewModel, {
    description: 'What an invitation link offers, before accepting it.',
  })
  invitationPreview(
    @Ctx() ctx: RequestContext,
    @Args('token') token: string,
  ): Promise<InvitationPreviewModel> {
    return this.members.preview(ctx, token);
  }

  @Query(() => [MailMessageModel], {
    description:
      'Mails the log transport wrote instead of sending (no SMTP server): those addressed to the signed-in admin and the invitations they sent.',
  })
  developmentMailbox(@Ctx() ctx: RequestContext): Promise<MailMessageModel[]> {
    return this.members.developmentMailbox(ctx);
  }

  @Mutation(() => InvitationModel, {
    description: 'Invites a person by email with a role; they get a single-use link.',
  })
  inviteMember(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<InvitationModel> {
    return this.members.invite(ctx, email, role);
  }

  @Mutation(() => InvitationModel, {
    description: 'Sends a fresh link; earlier links stop working.',
  })
  resendInvitation(
    @Ctx() ctx: RequestContext,
    @Args('invitationId', { type: () => ID }) invitationId: string,
  ): Promise<InvitationModel> {
    return this.members.resend(ctx, invitationId);
  }

  @Mutation(() => InvitationModel)
  revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Args('invitationId', { type: () => ID }) invitationId: string,
  ): Promise<InvitationModel> {
    return this.members.revoke(ctx, invitationId);
  }

  @Public()
  @Mutation(() => MeModel, {
    description: 'Accepts an invitation and signs in, in the inviting organization.',
  })
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Context() { res }: GraphQLContext,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<MeModel> {
    const session = await this.members.accept(ctx, input);
    this.cookie.set(res, session.token, session.expiresAt);
    const me = await this.identity.me(ctx);
    if (!me) throw CommonErrors.unauthenticated();
    return me;
  }

  @Mutation(() => MemberModel)
  updateMemberRole(
    @Ctx() ctx: RequestContext,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<MemberModel> {
    return this.members.updateRole(ctx, membershipId, role);
  }

  @Mutation(() => Boolean)
  removeMember(
    @Ctx() ctx: RequestContext,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<boolean> {
    return this.members.remove(ctx, membershipId);
  }
}
