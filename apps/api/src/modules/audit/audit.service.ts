import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, type NotFoundSubject } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { UserEntity } from '../identity/user.entity';
import type { AuditAction, AuditSubjectType } from './audit.actions';
import { type AuditDetails, AuditEventEntity } from './audit-event.entity';
import { AUDIT_PAGE_MAX, type AuditEventFilter, type AuditEventPage } from './audit.model';

export interface AuditSubject {
  type: AuditSubjectType;
  id: string;
}

function encodeCursor(event: AuditEventEntity): string {
  return Buffer.from(`${event.occurredAt.toISOString()}|${event.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { occurredAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const occurredAt = new Date(at ?? '');
  if (!id || Number.isNaN(occurredAt.getTime())) {
    throw CommonErrors.invalidInput(
      'after',
      'PAGE_CURSOR_INVALID',
      'That page cursor is not valid; start from the first page.',
    );
  }
  return { occurredAt, id };
}

/** The kind of record a denied attempt was about, by the word its check used. */
const DENIED_SUBJECTS: Record<NotFoundSubject, AuditSubjectType | null> = {
  case: 'Case',
  communication: 'Communication',
  'district calendar': 'DistrictCalendar',
  document: 'Document',
  event: 'Proceeding',
  family: 'Family',
  intake: 'Intake',
  invitation: 'Invitation',
  letter: 'Letter',
  meeting: 'Meeting',
  member: 'Membership',
  note: 'Note',
  organization: 'Organization',
  person: 'Person',
  contact: 'Contact',
  training: 'Training',
  proceeding: 'Proceeding',
  service: 'ServiceRequirement',
  session: 'ServiceSession',
  student: 'Student',
  task: 'Task',
};

@Injectable()
export class AuditService implements OnModuleInit {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Denied attempts stay in the trail even when their request fails and rolls back. */
  onModuleInit(): void {
    this.unitOfWork.registerLastingWrite((manager, ctx) => this.recordDenials(manager, ctx));
  }

  /** One `access.denied` event per record a request was denied, with why. */
  private async recordDenials(manager: EntityManager, ctx: RequestContext): Promise<void> {
    const organizationId = ctx.organizationId;
    const denials = ctx.denials.splice(0);
    if (!organizationId || !denials.length) return;
    const seen = new Set<string>();
    const events = denials.flatMap((denial) => {
      const key = `${denial.what}|${denial.id}|${denial.reason}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const type = denial.what ? DENIED_SUBJECTS[denial.what as NotFoundSubject] : null;
      return [
        this.event(
          ctx,
          organizationId,
          'access.denied',
          ctx.actor?.userId ?? null,
          type && denial.id ? { type, id: denial.id } : undefined,
          { reason: denial.reason, ...(denial.what ? { record: denial.what } : {}) },
        ),
      ];
    });
    await manager.insert(AuditEventEntity, events);
  }

  /** Records an event in the request's transaction, in the actor's active organization. */
  async record(
    ctx: RequestContext,
    action: AuditAction,
    subject?: AuditSubject,
    details: AuditDetails = {},
  ): Promise<void> {
    const organizationId = ctx.organizationId;
    if (!organizationId) return;
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(
      AuditEventEntity,
      this.event(ctx, organizationId, action, ctx.actor?.userId ?? null, subject, details),
    );
  }

  /**
   * Records an event in the given manager's transaction, in an organization the caller has
   * made current (row-level security checks it), with the request's address and agent. For
   * work that must outlive a failed request, such as a failed sign-in (IdentityService.signIn).
   */
  async recordWith(
    manager: EntityManager,
    ctx: RequestContext,
    organizationId: string,
    action: AuditAction,
    actorUserId: string | null,
    details: AuditDetails = {},
  ): Promise<void> {
    await manager.insert(
      AuditEventEntity,
      this.event(ctx, organizationId, action, actorUserId, undefined, details),
    );
  }

  /** The active organization's events, newest first, for org admins. */
  async list(
    ctx: RequestContext,
    filter: AuditEventFilter,
    first: number,
    after?: string | null,
  ): Promise<AuditEventPage> {
    assertCan(defineAbilitiesFor(ctx.actor), 'read', 'AuditEvent');
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX) {
      throw CommonErrors.invalidInput(
        'first',
        'PAGE_SIZE_INVALID',
        `Ask for 1 to ${AUDIT_PAGE_MAX} events at a time.`,
        { max: AUDIT_PAGE_MAX },
      );
    }
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .leftJoinAndMapOne('e.actor', UserEntity, 'u', 'u.id = e.actorUserId')
      .where(...tenantScope.sql(ctx, 'e'))
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(first + 1);
    if (filter.actions?.length)
      query.andWhere('e.action IN (:...actions)', { actions: filter.actions });
    if (filter.actorUserId) query.andWhere('e.actorUserId = :actor', { actor: filter.actorUserId });
    if (filter.subjectType)
      query.andWhere('e.subjectType = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId)
      query.andWhere('e.subjectId = :subjectId', { subjectId: filter.subjectId });
    if (filter.from) query.andWhere('e.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurredAt < :to', { to: filter.to });
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(e.occurredAt, e.id) < (:at, :id)', { at: cursor.occurredAt, id: cursor.id });
    }
    const rows = (await query.getMany()) as (AuditEventEntity & { actor?: UserEntity })[];
    const page = rows.slice(0, first);
    return {
      nodes: page.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt,
        actorUserId: e.actorUserId,
        actorName: e.actor?.name ?? null,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        ipAddress: e.ipAddress,
        userAgent: e.userAgent,
        details: e.details,
      })),
      nextCursor: rows.length > first ? encodeCursor(page[page.length - 1]!) : null,
    };
  }

  private event(
    ctx: RequestContext,
    organizationId: string,
    action: AuditAction,
    actorUserId: string | null,
    subject: AuditSubject | undefined,
    details: AuditDetails,
  ): AuditEventEntity {
    return {
      organizationId,
      id: randomUUID(),
      occurredAt: new Date(),
      actorUserId: actorUserId || null,
      action,
      subjectType: subject?.type ?? null,
      subjectId: subject?.id ?? null,
      ipAddress: ctx.ipAddress,
      userAgent: ctx.userAgent?.slice(0, 500) ?? null,
      details: { requestId: ctx.requestId, ...details },
    };
  }
}
