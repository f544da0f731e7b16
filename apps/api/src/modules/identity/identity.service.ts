import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import pLimit from 'p-limit';
import { type EntityManager, IsNull } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '../../platform/clock/time-zone';
import { defineAbilitiesFor } from '../../platform/auth/abilities';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { Actor, RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { IdentityErrors } from './identity.errors';
import type { MeModel } from './identity.model';
import { MembershipEntity, type Role } from './membership.entity';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { passwordResetMail } from './identity.mails';
import { MailService } from '../../platform/mail/mail.service';
import { SessionEntity } from './session.entity';
import { SignInThrottle } from './sign-in-throttle';
import { UserEntity } from './user.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;
const RESET_LINK_MINUTES = 60;
/**
 * Sign-ins and reset requests are anonymous, and each costs a password hash or a mail. A
 * crowd of them runs this many at a time while the rest wait here holding nothing: no pooled
 * connection, no CPU. Signed-in work, and /health, keep their share of the pool, the event
 * loop and PostgreSQL (issue 13: 60 concurrent sign-ins must not slow them past a second).
 */
const ANONYMOUS_AT_ONCE = 4;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

@Injectable()
export class IdentityService {
  private readonly anonymous = pLimit(ANONYMOUS_AT_ONCE);
  /** Sessions whose last_seen_at is being moved right now (see `touch`). */
  private readonly touching = new Set<string>();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {}

  /** Resolves the request's session cookie to an actor, once per request. */
  authenticate(ctx: RequestContext): Promise<Actor | null> {
    ctx.authentication ??= this.resolveSession(ctx);
    return ctx.authentication;
  }

  /**
   * Runs anonymous account work a few at a time. A request that already holds its transaction
   * (another field of the operation opened it) does not queue: waiting while holding a pooled
   * connection is what starves the pool.
   */
  private fewAtATime<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    return ctx.transaction ? work() : this.anonymous(work);
  }

  signIn(ctx: RequestContext, email: string, password: string): Promise<IssuedSession> {
    return this.fewAtATime(ctx, () => this.attemptSignIn(ctx, email, password));
  }

  private async attemptSignIn(
    ctx: RequestContext,
    email: string,
    password: string,
  ): Promise<IssuedSession> {
    const trimmed = email.trim();
    if (!trimmed) throw IdentityErrors.emailRequired();
    if (!EMAIL.test(trimmed) || trimmed.length > 320) throw IdentityErrors.emailInvalid();
    if (!password) throw IdentityErrors.passwordRequired();
    // The throttle and the account are read in a short transaction of their own, so no
    // connection is held while the password is hashed (tens of milliseconds of CPU each: sixty
    // at once would otherwise hold the whole pool, and /health would wait behind them).
    const user = await this.apart(ctx, null, false, async (manager) => {
      await this.throttle.assertAllowed(manager, trimmed, ctx.ipAddress);
      return manager
        .createQueryBuilder(UserEntity, 'u')
        .addSelect('u.passwordHash')
        .where('lower(u.email) = lower(:email)', { email: trimmed })
        .getOne();
    });
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      const actor = user
        ? { userId: user.id, sessionId: null, organizationId: null, role: null }
        : null;
      await this.apart(ctx, actor, true, async (manager, workCtx) => {
        await this.throttle.recordFailure(manager, trimmed, ctx.ipAddress);
        // An unknown email belongs to no organization: it is counted and logged, not audited.
        if (!actor) return;
        for (const organizationId of await this.organizationIdsOf(manager, actor.userId)) {
          await this.unitOfWork.setActor(workCtx, { ...actor, organizationId });
          await this.audit.recordWith(
            manager,
            ctx,
            organizationId,
            'auth.sign_in_failed',
            actor.userId,
            {
              reason: 'wrong_password',
            },
          );
        }
      });
      throw IdentityErrors.invalidCredentials();
    }
    await this.throttle.recordSuccess(await this.unitOfWork.manager(ctx), trimmed);

    return this.startSession(ctx, user.id, null);
  }

  /**
   * Starts a session for the user, in the given organization or else their first one: a new
   * session id every time, and the one the browser carried, if any, ends here.
   */
  async startSession(
    ctx: RequestContext,
    userId: string,
    organizationId: string | null,
  ): Promise<IssuedSession> {
    const manager = await this.unitOfWork.manager(ctx);
    if (ctx.sessionToken) {
      await manager.update(
        SessionEntity,
        { tokenHash: hashToken(ctx.sessionToken), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    }
    await this.unitOfWork.setActor(ctx, {
      userId,
      sessionId: null,
      organizationId: null,
      role: null,
    });
    const membership = await manager.findOne(MembershipEntity, {
      where: organizationId ? { userId, organizationId } : { userId },
      order: { createdAt: 'ASC' },
    });

    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteHours * 3_600_000);
    const sessionId = randomUUID();
    await manager.insert(SessionEntity, {
      id: sessionId,
      tokenHash: hashToken(token),
      userId,
      activeOrganizationId: membership?.organizationId ?? null,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
      ipAddress: ctx.ipAddress,
      userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    });

    const actor: Actor = {
      userId,
      sessionId,
      organizationId: membership?.organizationId ?? null,
      role: membership?.role ?? null,
    };
    ctx.authentication = Promise.resolve(actor);
    await this.unitOfWork.setActor(ctx, actor);
    await this.audit.record(ctx, 'auth.sign_in', { type: 'User', id: userId });
    return { token, expiresAt };
  }

  /**
   * Mails a single-use reset link when the address has an account. It answers the same either
   * way, so it does not tell who has an account.
   */
  requestPasswordReset(ctx: RequestContext, email: string): Promise<void> {
    return this.fewAtATime(ctx, () => this.mailResetLink(ctx, email));
  }

  private async mailResetLink(ctx: RequestContext, email: string): Promise<void> {
    const trimmed = email.trim();
    if (!trimmed) throw IdentityErrors.emailRequired();
    if (!EMAIL.test(trimmed) || trimmed.length > 320) throw IdentityErrors.emailInvalid();
    const manager = await this.unitOfWork.manager(ctx);
    const user = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email: trimmed })
      .getOne();
    if (!user) return;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + RESET_LINK_MINUTES * 60_000);
    await manager.insert(PasswordResetEntity, {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt,
      usedAt: null,
    });
    // The mail belongs to the person's first organization (its development mailbox shows it
    // to the person alone); this anonymous request acts there from now on (row-level security).
    await this.unitOfWork.setActor(ctx, {
      userId: user.id,
      sessionId: null,
      organizationId: null,
      role: null,
    });
    const organizationIds = await this.organizationIdsOf(manager, user.id);
    await this.unitOfWork.setActor(ctx, {
      userId: '',
      sessionId: null,
      organizationId: organizationIds[0] ?? null,
      role: null,
    });
    const link = `${this.config.portalUrl}/reset-password?token=${token}`;
    await this.mail.enqueue(ctx, {
      to: user.email,
      template: 'password_reset',
      priority: 'account',
      organizationId: organizationIds[0] ?? null,
      ...passwordResetMail(user.name, link, RESET_LINK_MINUTES),
    });
  }

  /** Sets a new password from a reset link, uses the link up and ends every session of the user. */
  async resetPassword(ctx: RequestContext, token: string, password: string): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    const reset = await manager.findOne(PasswordResetEntity, {
      where: { tokenHash: hashToken(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!reset) throw IdentityErrors.resetLinkInvalid();
    if (reset.usedAt) throw IdentityErrors.resetLinkUsed();
    if (reset.expiresAt.getTime() <= Date.now()) throw IdentityErrors.resetLinkExpired();
    const user = await manager.findOneByOrFail(UserEntity, { id: reset.userId });
    assertAcceptablePassword(password, user.email);
    await manager.update(
      UserEntity,
      { id: user.id },
      { passwordHash: await hashPassword(password) },
    );
    await manager.update(
      PasswordResetEntity,
      { tokenHash: reset.tokenHash },
      { usedAt: new Date() },
    );
    await manager.update(
      SessionEntity,
      { userId: user.id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    await this.throttle.recordSuccess(manager, user.email);
  }

  /** Makes another of the user's organizations the active one for this session. */
  async switchOrganization(ctx: RequestContext, organizationId: string): Promise<void> {
    const id = requireUuid(organizationId, 'organizationId');
    const actor = await this.authenticate(ctx);
    if (!actor?.sessionId) throw CommonErrors.unauthenticated();
    const manager = await this.unitOfWork.manager(ctx);
    const membership = await manager.findOneBy(MembershipEntity, {
      organizationId: id,
      userId: actor.userId,
    });
    if (!membership) throw CommonErrors.notFound('organization');
    const from = actor.organizationId;
    await manager.update(SessionEntity, { id: actor.sessionId }, { activeOrganizationId: id });
    const next: Actor = { ...actor, organizationId: id, role: membership.role };
    ctx.authentication = Promise.resolve(next);
    await this.unitOfWork.setActor(ctx, next);
    await this.audit.record(
      ctx,
      'auth.switch_organization',
      { type: 'Organization', id },
      { from },
    );
  }

  /** Revokes the current session; signing out twice is not an error. */
  async signOut(ctx: RequestContext): Promise<void> {
    const actor = await this.authenticate(ctx);
    if (!actor?.sessionId) return;
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(SessionEntity, { id: actor.sessionId }, { revokedAt: new Date() });
    await this.audit.record(ctx, 'auth.sign_out', { type: 'User', id: actor.userId });
    ctx.authentication = Promise.resolve(null);
    await this.unitOfWork.setActor(ctx, null);
  }

  async me(ctx: RequestContext): Promise<MeModel | null> {
    const actor = await this.authenticate(ctx);
    if (!actor) return null;
    const manager = await this.unitOfWork.manager(ctx);
    const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
    const memberships = await manager.find(MembershipEntity, {
      where: { userId: actor.userId },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    const models = memberships.map((m) => ({
      organization: {
        id: m.organizationId,
        name: m.organization?.name ?? '',
        timeZone: m.organization?.timeZone ?? DEFAULT_TIME_ZONE,
      },
      role: m.role,
    }));
    return {
      user: { id: user.id, email: user.email, name: user.name },
      memberships: models,
      activeOrganization:
        models.find((m) => m.organization.id === actor.organizationId)?.organization ?? null,
      role: actor.role,
      abilities: defineAbilitiesFor(actor).rules,
    };
  }

  /** The user's organizations; the transaction must act as that user (row-level security). */
  private async organizationIdsOf(manager: EntityManager, userId: string): Promise<string[]> {
    return (await manager.findBy(MembershipEntity, { userId })).map((m) => m.organizationId);
  }

  /**
   * Runs sign-in work that must not wait for, or be undone with, the request's transaction,
   * without ever holding two pooled connections for one request: twenty sign-ins each holding
   * their transaction while asking the pool for another deadlocked the API (issue 13).
   *
   * Before the request has opened its transaction (the usual sign-in, with no session cookie),
   * the work gets a short transaction of its own, committed before the request goes on; the
   * request holds nothing meanwhile. When the request already holds one (its session cookie
   * was read), the work runs in it, and with `keep` that transaction is committed at once: a
   * failed sign-in answers with an error, and the error must not roll back the failure count
   * and its audit (an attacker would otherwise guess for free). Nothing else of the request
   * follows a failed sign-in, so committing it early commits nothing unintended.
   */
  private async apart<T>(
    ctx: RequestContext,
    actor: Actor | null,
    keep: boolean,
    work: (manager: EntityManager, workCtx: RequestContext) => Promise<T>,
  ): Promise<T> {
    if (!ctx.transaction) return this.unitOfWork.run(actor, work);
    await this.unitOfWork.setActor(ctx, actor);
    const result = await work(await this.unitOfWork.manager(ctx), ctx);
    if (keep) await this.unitOfWork.finish(ctx, 'commit');
    return result;
  }

  private async resolveSession(ctx: RequestContext): Promise<Actor | null> {
    if (!ctx.sessionToken) return null;
    const now = new Date();
    const idleSince = new Date(now.getTime() - this.config.session.idleMinutes * 60_000);
    // The transaction opens with the session, its membership and the organization's settings
    // (one round trip), and acts as the session's organization only while the membership
    // exists: row-level security shows it only under that organization.
    const opened = await this.unitOfWork.openWithSession(
      ctx,
      hashToken(ctx.sessionToken),
      now,
      idleSince,
    );
    if (!opened) return null;
    if (now.getTime() - opened.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      this.touch(opened.sessionId, now);
    }
    // app_open_request has set both settings for this actor already.
    ctx.actor = {
      userId: opened.userId,
      sessionId: opened.sessionId,
      organizationId: opened.organizationId,
      role: opened.role as Role | null,
    };
    ctx.organization = opened.organizationId
      ? {
          id: opened.organizationId,
          timeZone: opened.timeZone ?? DEFAULT_TIME_ZONE,
          settings: opened.settings ?? {},
        }
      : null;
    return ctx.actor;
  }

  /**
   * Moves a session's last_seen_at forward, outside the request's transaction and without
   * waiting on a lock: a request holding the row's lock until its commit made every other
   * request of the same session queue behind it (the portal sends two at once). A session
   * already being touched (in this process, or locked by another) is skipped.
   */
  private touch(sessionId: string, now: Date): void {
    if (this.touching.has(sessionId)) return;
    this.touching.add(sessionId);
    this.unitOfWork
      .aside(
        `UPDATE sessions SET last_seen_at = $2
          WHERE id = (SELECT id FROM sessions WHERE id = $1 AND last_seen_at < $3
                       FOR UPDATE SKIP LOCKED)`,
        [sessionId, now, new Date(now.getTime() - TOUCH_INTERVAL_MS)],
      )
      .catch((error: unknown) => this.logger.warn({ err: error }, 'session last_seen_at not moved'))
      .finally(() => this.touching.delete(sessionId));
  }
}
