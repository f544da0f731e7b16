import { randomUUID } from 'node:crypto';
import type { SchoolCalendar } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { toCsv, type CsvCell } from '../../platform/http/csv';
import { downloadFileName } from '../../platform/http/download-file-name';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CalendarsService } from '../calendars/calendars.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseTimeline } from '../cases/case-timeline';
import type { CaseWithPeople } from '../cases/cases.service';
import { StudentEntity } from '../families/family.entity';
import { CaseLogAccess } from './case-log-access';
import {
  SERVICE_FREQUENCIES,
  SESSION_STATUSES,
  ServiceRequirementEntity,
  ServiceSessionEntity,
} from './case-logs.entities';
import { CaseLogsErrors } from './case-logs.errors';
import {
  requireDate,
  requireMinutes,
  requireOneOf,
  requireText,
} from '../../platform/errors/validate';
import type {
  AddServiceRequirementInput,
  LogServiceSessionInput,
  ServiceLogModel,
  ServiceRequirementModel,
  UpdateServiceRequirementInput,
  UpdateServiceSessionInput,
} from './case-logs.model';
import { serviceLedger } from './service-delivery';

export const SERVICE_CSV_COLUMNS = [
  'row_type',
  'service',
  'provider',
  'frequency',
  'minutes_per_period',
  'period_start',
  'period_end',
  'required_minutes',
  'delivered_minutes',
  'missed_minutes',
  'shortfall_minutes',
  'owed_minutes',
  'period_elapsed',
  'period_status',
  'period_weekdays',
  'school_days',
  'counted_on',
  'owed_missed_minutes',
  'owed_not_logged_minutes',
  'session_date',
  'session_minutes',
  'session_status',
  'session_reason',
] as const;

function toModel(
  r: ServiceRequirementEntity,
  sessions: ServiceSessionEntity[],
  asOf: string,
  calendars: readonly SchoolCalendar[],
): ServiceRequirementModel {
  const ledger = serviceLedger(
    {
      minutes: r.minutes,
      frequency: r.frequency,
      startDate: r.startDate,
      endDate: r.endDate,
      extendedSchoolYear: r.extendedSchoolYear,
    },
    sessions.map((s) => ({ date: s.sessionDate, minutes: s.minutes, status: s.status })),
    asOf,
    calendars,
  );
  return {
    id: r.id,
    caseId: r.caseId,
    service: r.service,
    minutes: r.minutes,
    frequency: r.frequency,
    provider: r.provider,
    startDate: r.startDate,
    endDate: r.endDate,
    extendedSchoolYear: r.extendedSchoolYear,
    sessions: sessions.map((s) => ({
      id: s.id,
      requirementId: s.requirementId,
      date: s.sessionDate,
      minutes: s.minutes,
      status: s.status,
      reason: s.reason,
      createdAt: s.createdAt,
    })),
    ...ledger,
  };
}

/**
 * The service-delivery log: the services the IEP requires and the sessions delivered or
 * missed, with required against delivered minutes per period and the compensatory time
 * owed (service-delivery.ts), as GraphQL or as CSV. Minutes accrue on the school days of the
 * calendars the organization saved for the student's district (weekdays without one).
 */
@Injectable()
export class ServiceLogService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseLogAccess,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly calendars: CalendarsService,
  ) {}

  async serviceLog(
    ctx: RequestContext,
    caseId: string,
    asOf?: string | null,
  ): Promise<ServiceLogModel> {
    const caseFile = await this.access.caseFile(ctx, caseId);
    const today = await this.clock.today(ctx);
    const on = asOf ? requireDate(asOf, 'asOf', today) : today;
    const calendars = await this.calendarsOf(ctx, caseFile.studentId);
    const services = await this.ledgers(ctx, caseFile, on, calendars);
    await this.audit.record(
      ctx,
      'service.list',
      { type: 'Case', id: caseFile.id },
      { count: services.length },
    );
    const sum = (key: 'compensatoryMinutesOwed' | 'owedMissedMinutes' | 'owedNotLoggedMinutes') =>
      services.reduce((total, s) => total + s[key], 0);
    return {
      caseId: caseFile.id,
      asOf: on,
      services,
      compensatoryMinutesOwed: sum('compensatoryMinutesOwed'),
      owedMissedMinutes: sum('owedMissedMinutes'),
      owedNotLoggedMinutes: sum('owedNotLoggedMinutes'),
      districtCalendars: calendars.length,
    };
  }

  /**
   * The log as CSV (platform/http/csv.ts): per service, a `period` row for each week or month
   * of the ledger, then a `session` row for each session; with the download's file name,
   * after the student and the day it was taken ("services-Sofía González-2026-12-04.csv").
   */
  async csv(ctx: RequestContext, caseId: string): Promise<{ fileName: string; text: string }> {
    const caseFile = await this.access.caseFile(ctx, caseId);
    const student = await this.studentOf(ctx, caseFile.studentId);
    const calendars = await this.calendars.allForDistrict(ctx, student.state, student.district);
    const today = await this.clock.today(ctx);
    const services = await this.ledgers(ctx, caseFile, today, calendars);
    const rows: CsvCell[][] = [];
    for (const s of services) {
      const base = [s.service, s.provider, s.frequency, s.minutes];
      for (const p of s.periods)
        rows.push([
          'period',
          ...base,
          p.start,
          p.end,
          p.requiredMinutes,
          p.deliveredMinutes,
          p.missedMinutes,
          p.shortfallMinutes,
          p.owedMinutes,
          p.elapsed ? 'yes' : 'no',
          p.status,
          p.weekdays,
          p.schoolDays,
          p.countedOn,
          p.owedMissedMinutes,
          p.owedNotLoggedMinutes,
          '',
          '',
          '',
          '',
        ]);
      for (const session of s.sessions)
        rows.push([
          'session',
          ...base,
          ...Array<string>(14).fill(''), // the period's columns
          session.date,
          session.minutes,
          session.status,
          session.reason,
        ]);
    }
    await this.audit.record(
      ctx,
      'service.export',
      { type: 'Case', id: caseFile.id },
      { count: services.length },
    );
    return {
      fileName: downloadFileName(`services-${student.name}-${today}`, '.csv', {
        fallback: 'services',
      }),
      text: toCsv(SERVICE_CSV_COLUMNS, rows),
    };
  }

  async addRequirement(
    ctx: RequestContext,
    input: AddServiceRequirementInput,
  ): Promise<ServiceRequirementModel> {
    const caseFile = await this.access.caseFile(ctx, input.caseId);
    await this.access.assertCreate(ctx, 'ServiceRequirement', caseFile);
    const startDate = requireDate(input.startDate, 'startDate');
    const endDate = input.endDate ? requireDate(input.endDate, 'endDate') : null;
    if (endDate && endDate < startDate) throw CaseLogsErrors.endBeforeStart();
    const row: Omit<ServiceRequirementEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: caseFile.organizationId,
      id: randomUUID(),
      caseId: caseFile.id,
      service: requireText(input.service, 'service', 200, 1),
      minutes: requireMinutes(input.minutes, 'minutes', 1, 10_000),
      frequency: requireOneOf(input.frequency, SERVICE_FREQUENCIES, 'frequency'),
      provider: requireText(input.provider, 'provider', 200),
      startDate,
      endDate,
      extendedSchoolYear: input.extendedSchoolYear ?? false,
      createdByUserId: ctx.actor!.userId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(ServiceRequirementEntity, row);
    await this.timeline.add(
      ctx,
      caseFile.id,
      'service_added',
      `Required service added: ${row.service}, ${row.minutes} minutes ${row.frequency === 'WEEKLY' ? 'a week' : 'a month'}.`,
      {
        requirementId: row.id,
        service: row.service,
        minutes: row.minutes,
        frequency: row.frequency,
      },
    );
    await this.audit.record(ctx, 'service.create', { type: 'ServiceRequirement', id: row.id });
    return this.requirement(ctx, row.id);
  }

  async updateRequirement(
    ctx: RequestContext,
    input: UpdateServiceRequirementInput,
  ): Promise<ServiceRequirementModel> {
    const row = await this.findRequirement(ctx, input.requirementId, 'update');
    const changes: Partial<ServiceRequirementEntity> = {};
    if (input.service != null) changes.service = requireText(input.service, 'service', 200, 1);
    if (input.minutes != null)
      changes.minutes = requireMinutes(input.minutes, 'minutes', 1, 10_000);
    if (input.frequency != null)
      changes.frequency = requireOneOf(input.frequency, SERVICE_FREQUENCIES, 'frequency');
    if (input.provider != null) changes.provider = requireText(input.provider, 'provider', 200);
    if (input.startDate != null) changes.startDate = requireDate(input.startDate, 'startDate');
    if (input.endDate !== undefined)
      changes.endDate = input.endDate ? requireDate(input.endDate, 'endDate') : null;
    if (input.extendedSchoolYear != null) changes.extendedSchoolYear = input.extendedSchoolYear;
    const start = changes.startDate ?? row.startDate;
    const end = changes.endDate !== undefined ? changes.endDate : row.endDate;
    if (end && end < start) throw CaseLogsErrors.endBeforeStart();
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(
        ServiceRequirementEntity,
        { organizationId: row.organizationId, id: row.id },
        changes,
      );
    await this.audit.record(ctx, 'service.update', { type: 'ServiceRequirement', id: row.id });
    return this.requirement(ctx, row.id);
  }

  async removeRequirement(ctx: RequestContext, requirementId: string): Promise<boolean> {
    const row = await this.findRequirement(ctx, requirementId, 'delete');
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(ServiceRequirementEntity, {
      organizationId: row.organizationId,
      id: row.id,
    });
    await this.timeline.add(
      ctx,
      row.caseId,
      'service_removed',
      `Required service removed: ${row.service}.`,
      { requirementId: row.id, service: row.service },
    );
    await this.audit.record(
      ctx,
      'service.delete',
      { type: 'ServiceRequirement', id: row.id },
      { caseId: row.caseId },
    );
    return true;
  }

  async logSession(
    ctx: RequestContext,
    input: LogServiceSessionInput,
  ): Promise<ServiceRequirementModel> {
    const requirement = await this.findRequirement(ctx, input.requirementId, 'read');
    const caseFile = await this.access.caseFile(ctx, requirement.caseId);
    await this.access.assertCreate(ctx, 'ServiceSession', caseFile);
    const session = this.checkSession(
      requirement,
      {
        date: input.date,
        minutes: input.minutes,
        status: input.status,
        reason: input.reason ?? '',
      },
      await this.clock.today(ctx),
    );
    const manager = await this.unitOfWork.manager(ctx);
    const id = randomUUID();
    await manager.insert(ServiceSessionEntity, {
      organizationId: requirement.organizationId,
      id,
      requirementId: requirement.id,
      caseId: requirement.caseId,
      sessionDate: session.date,
      minutes: session.minutes,
      status: session.status,
      reason: session.reason,
      createdByUserId: ctx.actor!.userId,
    });
    await this.timeline.add(
      ctx,
      requirement.caseId,
      'service_session_logged',
      `${requirement.service}: ${session.minutes} minutes ${session.status === 'MISSED' ? 'missed' : 'delivered'} on ${session.date}.`,
      {
        requirementId: requirement.id,
        sessionId: id,
        service: requirement.service,
        minutes: session.minutes,
        status: session.status,
        date: session.date,
      },
    );
    await this.audit.record(
      ctx,
      'service_session.create',
      { type: 'ServiceSession', id },
      { status: session.status },
    );
    return this.requirement(ctx, requirement.id);
  }

  /** Corrects a session (its date, minutes, or whether it was delivered or missed). */
  async updateSession(
    ctx: RequestContext,
    input: UpdateServiceSessionInput,
  ): Promise<ServiceRequirementModel> {
    const { session, requirement } = await this.findSession(ctx, input.sessionId, 'update');
    const next = this.checkSession(
      requirement,
      {
        date: input.date ?? session.sessionDate,
        minutes: input.minutes ?? session.minutes,
        status: input.status ?? session.status,
        reason: input.reason ?? session.reason,
      },
      await this.clock.today(ctx),
    );
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      ServiceSessionEntity,
      { organizationId: session.organizationId, id: session.id },
      {
        sessionDate: next.date,
        minutes: next.minutes,
        status: next.status,
        reason: next.reason,
      },
    );
    if (next.status !== session.status)
      await this.timeline.add(
        ctx,
        requirement.caseId,
        'service_session_corrected',
        `${requirement.service}: the session of ${session.sessionDate} is now recorded as ${next.status === 'MISSED' ? 'missed' : 'delivered'}.`,
        {
          requirementId: requirement.id,
          sessionId: session.id,
          service: requirement.service,
          status: next.status,
          date: session.sessionDate,
        },
      );
    await this.audit.record(
      ctx,
      'service_session.update',
      { type: 'ServiceSession', id: session.id },
      { status: next.status },
    );
    return this.requirement(ctx, requirement.id);
  }

  async removeSession(ctx: RequestContext, sessionId: string): Promise<ServiceRequirementModel> {
    const { session, requirement } = await this.findSession(ctx, sessionId, 'delete');
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(ServiceSessionEntity, {
      organizationId: session.organizationId,
      id: session.id,
    });
    await this.audit.record(
      ctx,
      'service_session.delete',
      { type: 'ServiceSession', id: session.id },
      { requirementId: requirement.id },
    );
    return this.requirement(ctx, requirement.id);
  }

  private checkSession(
    requirement: ServiceRequirementEntity,
    input: { date: string; minutes: number; status: string; reason: string },
    today: string,
  ) {
    const date = requireDate(input.date, 'date', today);
    if (date < requirement.startDate || (requirement.endDate && date > requirement.endDate))
      throw CaseLogsErrors.sessionOutsideService();
    const minutes = requireMinutes(input.minutes, 'minutes', 0, 1440);
    const status = requireOneOf(input.status, SESSION_STATUSES, 'status');
    const reason = input.reason.trim();
    if (reason.length > 500 || (status === 'MISSED' && !reason))
      throw CaseLogsErrors.reasonRequired();
    return { date, minutes, status, reason };
  }

  private async requirement(
    ctx: RequestContext,
    requirementId: string,
  ): Promise<ServiceRequirementModel> {
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager.findOneByOrFail(ServiceRequirementEntity, {
      ...tenantScope.where(ctx),
      id: requirementId,
    });
    const sessions = await manager.find(ServiceSessionEntity, {
      where: { ...tenantScope.where(ctx), requirementId },
      order: { sessionDate: 'ASC', createdAt: 'ASC' },
    });
    const caseRow = await manager.findOneByOrFail(CaseEntity, {
      ...tenantScope.where(ctx),
      id: row.caseId,
    });
    return toModel(
      row,
      sessions,
      await this.clock.today(ctx),
      await this.calendarsOf(ctx, caseRow.studentId),
    );
  }

  /** The school years saved for the student's district (none: the ledger counts weekdays). */
  private async calendarsOf(ctx: RequestContext, studentId: string): Promise<SchoolCalendar[]> {
    const student = await this.studentOf(ctx, studentId);
    return this.calendars.allForDistrict(ctx, student.state, student.district);
  }

  private async studentOf(ctx: RequestContext, studentId: string): Promise<StudentEntity> {
    const manager = await this.unitOfWork.manager(ctx);
    return manager.findOneByOrFail(StudentEntity, { ...tenantScope.where(ctx), id: studentId });
  }

  private async ledgers(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
    asOf: string,
    calendars: readonly SchoolCalendar[],
  ): Promise<ServiceRequirementModel[]> {
    const manager = await this.unitOfWork.manager(ctx);
    const requirements = await this.access.readable(
      ctx,
      'ServiceRequirement',
      caseFile,
      await manager.find(ServiceRequirementEntity, {
        where: { ...tenantScope.where(ctx), caseId: caseFile.id },
        order: { startDate: 'ASC', createdAt: 'ASC' },
      }),
    );
    const sessions = requirements.length
      ? await this.access.readable(
          ctx,
          'ServiceSession',
          caseFile,
          await manager.find(ServiceSessionEntity, {
            where: { ...tenantScope.where(ctx), requirementId: In(requirements.map((r) => r.id)) },
            order: { sessionDate: 'ASC', createdAt: 'ASC' },
          }),
        )
      : [];
    return requirements.map((r) =>
      toModel(
        r,
        sessions.filter((s) => s.requirementId === r.id),
        asOf,
        calendars,
      ),
    );
  }

  private async findRequirement(
    ctx: RequestContext,
    requirementId: string,
    action: 'read' | 'update' | 'delete',
  ): Promise<ServiceRequirementEntity> {
    const id = requireUuid(requirementId, 'requirementId');
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager.findOneBy(ServiceRequirementEntity, {
      ...tenantScope.where(ctx),
      id,
    });
    return (await this.access.authorize(ctx, 'ServiceRequirement', row, action, 'service')).row;
  }

  private async findSession(
    ctx: RequestContext,
    sessionId: string,
    action: 'update' | 'delete',
  ): Promise<{ session: ServiceSessionEntity; requirement: ServiceRequirementEntity }> {
    const id = requireUuid(sessionId, 'sessionId');
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager.findOneBy(ServiceSessionEntity, { ...tenantScope.where(ctx), id });
    const { row: session } = await this.access.authorize(
      ctx,
      'ServiceSession',
      row,
      action,
      'session',
    );
    const requirement = await manager.findOneBy(ServiceRequirementEntity, {
      ...tenantScope.where(ctx),
      id: session.requirementId,
    });
    if (!requirement) throw CommonErrors.notFound('session');
    return { session, requirement };
  }
}
