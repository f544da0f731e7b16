import { randomBytes, randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, Raw } from 'typeorm';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, DomainError, requireUuid } from '../../platform/errors/domain-error';
import { MailService } from '../../platform/mail/mail.service';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { FamilyParentEntity } from '../families/family.entity';
import { IdentityErrors } from '../identity/identity.errors';
import { invitationMail } from '../identity/identity.mails';
import { hashToken, type IssuedSession, IdentityService } from '../identity/identity.service';
import { MembershipEntity, ROLES, type Role } from '../identity/membership.entity';
import { OrganizationEntity } from '../identity/organization.entity';
import {
  assertAcceptablePassword,
  hashPassword,
  verifyPassword,
} from '../identity/password-hasher';
import { SessionEntity } from '../identity/session.entity';
import { UserEntity } from '../identity/user.entity';
import { InvitationEntity, InvitationTokenEntity, invitationStatus } from './invitation.entity';
import { MembersErrors } from './members.errors';
import type {
  AcceptInvitationInput,
  InvitationModel,
  InvitationPreviewModel,
  MailMessageModel,
  MemberModel,
} from './members.model';

const INVITATION_DAYS = 7;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function requireRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw CommonErrors.invalidInput('role', 'ROLE_INVALID', `Choose one of ${ROLES.join(', ')}.`);
  }
  return role as Role;
}

function requireEmail(email: string): string {
  const trimmed = email.trim();
  if (!trimmed) throw IdentityErrors.emailRequired();
  if (!EMAIL.test(trimmed) || trimmed.length > 320) throw IdentityErrors.emailInvalid();
  return trimmed;
}

@Injectable()
export class MembersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async members(ctx: RequestContext): Promise<MemberModel[]> {
    const ability = defineAbilitiesFor(ctx.actor);
    assertCan(ability, 'read', 'Membership');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.find(MembershipEntity, {
      where: tenantScope.where(ctx),
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows
      .filter((m) =>
        ability.can(
          'read',
          subject('Membership', { organizationId: m.organizationId, userId: m.userId }),
        ),
      )
      .map((m) => ({
        id: m.id,
        role: m.role,
        joinedAt: m.createdAt,
        user: { id: m.userId, email: m.user?.email ?? '', name: m.user?.name ?? '' },
      }));
  }

  async invitations(ctx: RequestContext): Promise<InvitationModel[]> {
    assertCan(defineAbilitiesFor(ctx.actor), 'read', 'Invitation');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(InvitationEntity, 'i')
      .leftJoinAndMapOne('i.invitedBy', UserEntity, 'u', 'u.id = i.invitedByUserId')
      .where(...tenantScope.sql(ctx, 'i'))
      .orderBy('i.createdAt', 'DESC')
      .getMany();
    const now = new Date();
    return (rows as (InvitationEntity & { invitedBy?: UserEntity })[]).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      status: invitationStatus(i, now),
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      invitedByName: i.invitedBy?.name ?? null,
    }));
  }

  async invite(ctx: RequestContext, email: string, role: string): Promise<InvitationModel> {
    const chosenRole = requireRole(role);
    this.assertMayInvite(ctx, chosenRole, false);
    const invitation = await this.createInvitation(ctx, requireEmail(email), chosenRole, null);
    return (await this.invitations(ctx)).find((i) => i.id === invitation.id)!;
  }

  /**
   * Invites a parent for a family staff entered (a phone intake): the same invitation and mail
   * as any other, and accepting it links the parent to the family. The caller has already
   * checked that the actor may update the family.
   */
  async inviteToFamily(
    ctx: RequestContext,
    family: { organizationId: string; id: string },
    email: string,
  ): Promise<InvitationModel> {
    this.assertMayInvite(ctx, 'PARENT', true);
    const invitation = await this.createInvitation(ctx, requireEmail(email), 'PARENT', family.id);
    const manager = await this.unitOfWork.manager(ctx);
    const inviter = await manager.findOneBy(UserEntity, { id: ctx.actor!.userId });
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitationStatus(invitation, new Date()),
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      invitedByName: inviter?.name ?? null,
    };
  }

  private assertMayInvite(ctx: RequestContext, role: Role, forFamily: boolean): void {
    assertCan(
      defineAbilitiesFor(ctx.actor),
      'create',
      subject('Invitation', { organizationId: ctx.organizationId ?? '', role, forFamily }),
    );
  }

  private async createInvitation(
    ctx: RequestContext,
    address: string,
    role: Role,
    familyId: string | null,
  ): Promise<InvitationEntity> {
    const manager = await this.unitOfWork.manager(ctx);
    const organizationId = ctx.organizationId!;

    const member = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.userId')
      .where(...tenantScope.sql(ctx, 'm'))
      .andWhere('lower(u.email) = lower(:email)', { email: address })
      .getOne();
    if (member) throw MembersErrors.alreadyMember();

    // A new invitation to the same address replaces the open one.
    await manager.update(
      InvitationEntity,
      {
        ...tenantScope.where(ctx),
        email: Raw((column) => `lower(${column}) = lower(:email)`, { email: address }),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
      { revokedAt: new Date() },
    );

    const invitation: InvitationEntity = {
      organizationId,
      id: randomUUID(),
      email: address,
      role,
      familyId,
      invitedByUserId: ctx.actor!.userId,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      acceptedAt: null,
      acceptedByUserId: null,
      revokedAt: null,
    };
    await manager.insert(InvitationEntity, invitation);
    await this.sendInvitation(ctx, invitation);
    await this.audit.record(
      ctx,
      'member.invite',
      { type: 'Invitation', id: invitation.id },
      familyId ? { role, familyId } : { role },
    );
    return invitation;
  }

  async resend(ctx: RequestContext, invitationId: string): Promise<InvitationModel> {
    assertCan(defineAbilitiesFor(ctx.actor), 'update', 'Invitation');
    const invitation = await this.openInvitation(ctx, invitationId);
    const manager = await this.unitOfWork.manager(ctx);
    invitation.expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await manager.update(
      InvitationEntity,
      { organizationId: invitation.organizationId, id: invitation.id },
      { expiresAt: invitation.expiresAt },
    );
    // Earlier links stop working: only the newest mail's link is live.
    await manager.delete(InvitationTokenEntity, {
      organizationId: invitation.organizationId,
      invitationId: invitation.id,
    });
    await this.sendInvitation(ctx, invitation);
    await this.audit.record(ctx, 'member.invite_resend', { type: 'Invitation', id: invitation.id });
    return (await this.invitations(ctx)).find((i) => i.id === invitation.id)!;
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<InvitationModel> {
    assertCan(defineAbilitiesFor(ctx.actor), 'update', 'Invitation');
    const invitation = await this.openInvitation(ctx, invitationId);
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      InvitationEntity,
      { organizationId: invitation.organizationId, id: invitation.id },
      { revokedAt: new Date() },
    );
    await this.audit.record(ctx, 'member.invite_revoke', { type: 'Invitation', id: invitation.id });
    return (await this.invitations(ctx)).find((i) => i.id === invitation.id)!;
  }

  /** What a link offers, for the accept page; the token is the only credential. */
  async preview(ctx: RequestContext, token: string): Promise<InvitationPreviewModel> {
    const { invitation, organization } = await this.byToken(ctx, token);
    const manager = await this.unitOfWork.manager(ctx);
    const account = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email: invitation.email })
      .getOne();
    return {
      organizationName: organization.name,
      email: invitation.email,
      role: invitation.role,
      status: invitationStatus(invitation, new Date()),
      accountExists: Boolean(account),
    };
  }

  /**
   * Accepts an invitation: with a new account (name and password), or by proving the existing
   * account's password. Either way the person lands signed in, in the inviting organization.
   */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<IssuedSession> {
    const { invitation } = await this.byToken(ctx, input.token);
    const status = invitationStatus(invitation, new Date());
    if (status === 'ACCEPTED') throw MembersErrors.invitationUsed();
    if (status === 'REVOKED') throw MembersErrors.invitationRevoked();
    if (status === 'EXPIRED') throw MembersErrors.invitationExpired();
    if (!input.password) throw IdentityErrors.passwordRequired();

    const manager = await this.unitOfWork.manager(ctx);
    let user = await manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: invitation.email })
      .getOne();
    if (user) {
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        throw new DomainError(
          'INVALID_CREDENTIALS',
          'INVITATION_PASSWORD_MISMATCH',
          'That is not the password of the account for this address.',
          'password',
        );
      }
    } else {
      const name = input.name?.trim();
      if (!name) throw MembersErrors.nameRequired();
      if (name.length > 200)
        throw CommonErrors.invalidInput(
          'name',
          'TEXT_TOO_LONG',
          'Enter a name of at most 200 characters.',
          { max: 200 },
        );
      assertAcceptablePassword(input.password, invitation.email);
      user = manager.create(UserEntity, {
        id: randomUUID(),
        email: invitation.email,
        name,
        passwordHash: await hashPassword(input.password),
      });
      await manager.insert(UserEntity, user);
    }

    const existing = await manager.findOneBy(MembershipEntity, {
      organizationId: invitation.organizationId,
      userId: user.id,
    });
    if (!existing) {
      await manager.insert(MembershipEntity, {
        organizationId: invitation.organizationId,
        id: randomUUID(),
        userId: user.id,
        role: invitation.role,
      });
    }
    if (invitation.familyId) {
      // Invited for a family (a phone intake): they see its intakes and cases from now on.
      await manager
        .createQueryBuilder()
        .insert()
        .into(FamilyParentEntity)
        .values({
          organizationId: invitation.organizationId,
          familyId: invitation.familyId,
          userId: user.id,
        })
        .orIgnore()
        .execute();
    }
    await manager.update(
      InvitationEntity,
      { organizationId: invitation.organizationId, id: invitation.id },
      { acceptedAt: new Date(), acceptedByUserId: user.id },
    );
    const session = await this.identity.startSession(ctx, user.id, invitation.organizationId);
    await this.audit.record(
      ctx,
      'member.invite_accept',
      { type: 'Invitation', id: invitation.id },
      { role: invitation.role },
    );
    return session;
  }

  async updateRole(ctx: RequestContext, membershipId: string, role: string): Promise<MemberModel> {
    const membership = await this.membership(ctx, membershipId);
    assertCan(
      defineAbilitiesFor(ctx.actor),
      'update',
      subject('Membership', {
        organizationId: membership.organizationId,
        userId: membership.userId,
      }),
    );
    const chosenRole = requireRole(role);
    if (membership.role === 'ORG_ADMIN' && chosenRole !== 'ORG_ADMIN')
      await this.assertNotLastAdmin(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      MembershipEntity,
      { organizationId: membership.organizationId, id: membership.id },
      { role: chosenRole },
    );
    await this.audit.record(
      ctx,
      'member.role_change',
      { type: 'Membership', id: membership.id },
      { from: membership.role, to: chosenRole },
    );
    return (await this.members(ctx)).find((m) => m.id === membership.id)!;
  }

  async remove(ctx: RequestContext, membershipId: string): Promise<boolean> {
    const membership = await this.membership(ctx, membershipId);
    assertCan(
      defineAbilitiesFor(ctx.actor),
      'delete',
      subject('Membership', {
        organizationId: membership.organizationId,
        userId: membership.userId,
      }),
    );
    if (membership.role === 'ORG_ADMIN') await this.assertNotLastAdmin(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(MembershipEntity, {
      organizationId: membership.organizationId,
      id: membership.id,
    });
    // Their sessions in this organization lose it at once, not at their next sign-in.
    await manager.update(
      SessionEntity,
      {
        userId: membership.userId,
        activeOrganizationId: membership.organizationId,
        revokedAt: IsNull(),
      },
      { activeOrganizationId: null },
    );
    await this.audit.record(
      ctx,
      'member.remove',
      { type: 'Membership', id: membership.id },
      { userId: membership.userId, role: membership.role },
    );
    return true;
  }

  /**
   * What the log transport wrote, for the signed-in admin: their own mail and the invitations
   * they sent, never a mail (a reset link) addressed to somebody else.
   */
  async developmentMailbox(ctx: RequestContext): Promise<MailMessageModel[]> {
    assertCan(defineAbilitiesFor(ctx.actor), 'read', 'Invitation');
    if (this.config.production || this.mail.delivering === 'smtp') {
      throw new DomainError(
        'FORBIDDEN',
        'MAILBOX_UNAVAILABLE',
        'The development mailbox is only available when no SMTP server is configured.',
      );
    }
    const manager = await this.unitOfWork.manager(ctx);
    const viewer = await manager.findOneByOrFail(UserEntity, { id: ctx.actor!.userId });
    return (await this.mail.mailboxOf(ctx, viewer.email, ['invitation'])).map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      text: m.textBody,
      template: m.template,
      createdAt: m.createdAt,
      sentAt: m.sentAt,
    }));
  }

  private async sendInvitation(ctx: RequestContext, invitation: InvitationEntity): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    const token = randomBytes(32).toString('base64url');
    await manager.insert(InvitationTokenEntity, {
      tokenHash: hashToken(token),
      organizationId: invitation.organizationId,
      invitationId: invitation.id,
    });
    const organization = await manager.findOneByOrFail(OrganizationEntity, {
      id: invitation.organizationId,
    });
    const inviter = await manager.findOneBy(UserEntity, { id: ctx.actor!.userId });
    await this.mail.enqueue(ctx, {
      to: invitation.email,
      template: 'invitation',
      priority: 'account',
      organizationId: invitation.organizationId,
      ...invitationMail(
        organization.name,
        inviter?.name ?? null,
        `${this.config.portalUrl}/invitations/accept?token=${token}`,
        INVITATION_DAYS,
      ),
    });
  }

  private async openInvitation(
    ctx: RequestContext,
    invitationId: string,
  ): Promise<InvitationEntity> {
    const id = requireUuid(invitationId, 'invitationId');
    const manager = await this.unitOfWork.manager(ctx);
    const invitation = await manager.findOneBy(InvitationEntity, {
      ...tenantScope.where(ctx),
      id,
    });
    if (!invitation) throw CommonErrors.notFound('invitation');
    // An expired invitation may still be resent or revoked; an accepted or revoked one is done.
    if (invitation.acceptedAt || invitation.revokedAt) throw MembersErrors.invitationNotPending();
    return invitation;
  }

  private async membership(ctx: RequestContext, membershipId: string): Promise<MembershipEntity> {
    const id = requireUuid(membershipId, 'membershipId');
    const manager = await this.unitOfWork.manager(ctx);
    const membership = await manager.findOneBy(MembershipEntity, {
      ...tenantScope.where(ctx),
      id,
    });
    if (
      !membership ||
      defineAbilitiesFor(ctx.actor).cannot(
        'read',
        subject('Membership', {
          organizationId: membership.organizationId,
          userId: membership.userId,
        }),
      )
    ) {
      throw CommonErrors.notFound('member');
    }
    return membership;
  }

  private async assertNotLastAdmin(ctx: RequestContext): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    // Lock the organization's admins so two concurrent demotions cannot both pass the check.
    const admins = await manager.find(MembershipEntity, {
      where: { ...tenantScope.where(ctx), role: 'ORG_ADMIN' },
      lock: { mode: 'pessimistic_write' },
    });
    if (admins.length <= 1) throw MembersErrors.lastAdmin();
  }

  private async byToken(ctx: RequestContext, token: string) {
    if (!token) throw MembersErrors.invitationNotFound();
    const manager = await this.unitOfWork.manager(ctx);
    const entry = await manager.findOneBy(InvitationTokenEntity, { tokenHash: hashToken(token) });
    if (!entry) throw MembersErrors.invitationNotFound();
    // The token names the organization: act inside it for this request (row-level security).
    const actor = ctx.actor ?? { userId: '', sessionId: null, organizationId: null, role: null };
    await this.unitOfWork.setActor(ctx, {
      ...actor,
      organizationId: entry.organizationId,
      role: null,
    });
    const invitation = await manager.findOneBy(InvitationEntity, {
      organizationId: entry.organizationId,
      id: entry.invitationId,
    });
    const organization = await manager.findOneBy(OrganizationEntity, { id: entry.organizationId });
    if (!invitation || !organization) throw MembersErrors.invitationNotFound();
    return { invitation, organization };
  }
}
