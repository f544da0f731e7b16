import { randomUUID } from 'node:crypto';
import {
  computeDeadlines,
  type Deadline,
  type FiledBy,
  parseKind,
  proceedingDefinition,
  type ProceedingKind,
} from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertCan } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import {
  CommonErrors,
  type NotFoundSubject,
  requireUuid,
} from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CalendarsService } from '../calendars/calendars.service';
import { CaseEntity } from '../cases/case.entity';
import { furtherStage } from '../cases/case-stages';
import { CaseTimeline } from '../cases/case-timeline';
import { CasesService, type CaseWithPeople } from '../cases/cases.service';
import { CaseFileAccess } from '../families/case-file-access';
import { withRulesInput } from '../families/families.errors';
import { today } from '../families/families.service';
import { StudentEntity } from '../families/family.entity';
import { checkNewEvent, replay } from './proceeding-lifecycle';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { deadlineMessage } from './proceeding-words';
import { DeadlineEntity, ProceedingEntity, ProceedingEventEntity } from './proceeding.entity';
import { ProceedingsErrors } from './proceedings.errors';
import type {
  CorrectProceedingEventInput,
  DeadlineModel,
  OpenProceedingInput,
  ProceedingModel,
  RecordProceedingEventInput,
} from './proceedings.model';

export const DEADLINE_WINDOW_MAX = 366;

export function toDeadlineModel(
  d: DeadlineEntity,
  kind: ProceedingKind,
  studentName: string | null,
  on: string,
): DeadlineModel {
  return {
    id: d.id,
    proceedingId: d.proceedingId,
    caseId: d.caseId,
    ruleId: d.ruleId,
    proceedingKind: kind,
    due: d.due,
    status: d.status,
    unit: d.unit,
    basis: d.basis,
    confidence: d.confidence,
    storedNote: d.note,
    message: d.message,
    fallsOnNonBusinessDay: d.fallsOnNonBusinessDay,
    overdue: d.status === 'computed' && d.due !== null && d.due < on,
    studentName,
  };
}

type ProceedingWithCase = ProceedingEntity & { caseFile: CaseWithPeople };

@Injectable()
export class ProceedingsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly cases: CasesService,
    private readonly calendars: CalendarsService,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    private readonly reminders: DeadlineRemindersService,
  ) {}

  async proceeding(ctx: RequestContext, proceedingId: string): Promise<ProceedingModel> {
    const proceeding = await this.findProceeding(ctx, proceedingId, 'read');
    return (await this.models(ctx, [proceeding]))[0]!;
  }

  async open(ctx: RequestContext, input: OpenProceedingInput): Promise<ProceedingModel> {
    const caseFile = await this.cases.findCase(ctx, input.caseId, 'update');
    assertCan(await this.access.abilities(ctx), 'create', 'Proceeding');
    const kind = withRulesInput(
      () => parseKind(input.kind, 'kind'),
      () => 'kind',
    );
    const filedBy = (input.filedBy ?? 'parent') as FiledBy;
    if (filedBy !== 'parent' && filedBy !== 'district') throw ProceedingsErrors.invalidFiledBy();
    const definition = proceedingDefinition(kind);
    const row: Omit<ProceedingEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: caseFile.organizationId,
      id: randomUUID(),
      caseId: caseFile.id,
      kind,
      state: definition.initial,
      filedBy,
      createdByUserId: ctx.actor!.userId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(ProceedingEntity, row);
    const stage = furtherStage(caseFile.stage, kind);
    await manager.update(
      CaseEntity,
      { organizationId: caseFile.organizationId, id: caseFile.id },
      { stage, status: caseFile.status === 'OPEN' ? 'ACTIVE' : caseFile.status },
    );
    await this.recompute(ctx, Object.assign(row as ProceedingEntity, { caseFile }));
    await this.timeline.add(
      ctx,
      caseFile.id,
      'proceeding_opened',
      `A ${kind} proceeding was opened.`,
      {
        proceedingId: row.id,
        kind,
      },
    );
    await this.audit.record(ctx, 'proceeding.open', { type: 'Proceeding', id: row.id }, { kind });
    return this.proceeding(ctx, row.id);
  }

  /**
   * Records an event: the kind's state machine must accept it; the proceeding's state and
   * every deadline are recomputed from all its events and stored with their basis.
   */
  async recordEvent(
    ctx: RequestContext,
    input: RecordProceedingEventInput,
  ): Promise<ProceedingModel> {
    const proceeding = await this.findProceeding(ctx, input.proceedingId, 'update');
    const event = checkNewEvent(proceeding.kind, proceeding.state, input, today());
    const manager = await this.unitOfWork.manager(ctx);
    const id = randomUUID();
    await manager.insert(ProceedingEventEntity, {
      organizationId: proceeding.organizationId,
      id,
      proceedingId: proceeding.id,
      type: event.type,
      date: event.date,
      schoolDays: event.schoolDays ?? null,
      recordedAt: new Date(),
      recordedByUserId: ctx.actor!.userId,
      correctsEventId: null,
      supersededAt: null,
      correctionReason: null,
    });
    await this.recompute(ctx, proceeding);
    await this.timeline.add(
      ctx,
      proceeding.caseId,
      'event_recorded',
      `${proceeding.kind}: ${event.type} on ${event.date}.`,
      {
        proceedingId: proceeding.id,
        eventId: id,
        kind: proceeding.kind,
        type: event.type,
        date: event.date,
      },
    );
    await this.audit.record(
      ctx,
      'proceeding.event_record',
      { type: 'Proceeding', id: proceeding.id },
      {
        eventType: event.type,
      },
    );
    return this.proceeding(ctx, proceeding.id);
  }

  /** Replaces a wrongly recorded event; the wrong one stays in the history, superseded. */
  async correctEvent(
    ctx: RequestContext,
    input: CorrectProceedingEventInput,
  ): Promise<ProceedingModel> {
    const eventId = requireUuid(input.eventId, 'eventId');
    const manager = await this.unitOfWork.manager(ctx);
    const wrong = await manager.findOneBy(ProceedingEventEntity, {
      ...tenantScope.where(ctx),
      id: eventId,
    });
    if (!wrong) throw CommonErrors.notFound('event');
    const proceeding = await this.findProceeding(ctx, wrong.proceedingId, 'update', 'event');
    if (wrong.supersededAt) throw ProceedingsErrors.alreadyCorrected();
    const reason = input.reason?.trim() ?? '';
    if (!reason || reason.length > 500) throw ProceedingsErrors.reasonRequired();
    const event = checkNewEvent(proceeding.kind, proceeding.state, input, today());
    const now = new Date();
    await manager.update(
      ProceedingEventEntity,
      { organizationId: wrong.organizationId, id: wrong.id },
      { supersededAt: now },
    );
    const id = randomUUID();
    await manager.insert(ProceedingEventEntity, {
      organizationId: proceeding.organizationId,
      id,
      proceedingId: proceeding.id,
      type: event.type,
      date: event.date,
      schoolDays: event.schoolDays ?? null,
      recordedAt: now,
      recordedByUserId: ctx.actor!.userId,
      correctsEventId: wrong.id,
      supersededAt: null,
      correctionReason: reason,
    });
    await this.recompute(ctx, proceeding);
    await this.timeline.add(
      ctx,
      proceeding.caseId,
      'event_corrected',
      `${proceeding.kind}: ${wrong.type} on ${wrong.date} corrected to ${event.type} on ${event.date} (${reason}).`,
      {
        proceedingId: proceeding.id,
        eventId: id,
        correctsEventId: wrong.id,
        kind: proceeding.kind,
        fromType: wrong.type,
        fromDate: wrong.date,
        type: event.type,
        date: event.date,
        reason,
      },
    );
    await this.audit.record(
      ctx,
      'proceeding.event_correct',
      { type: 'Proceeding', id: proceeding.id },
      {
        eventId: id,
        correctsEventId: wrong.id,
      },
    );
    return this.proceeding(ctx, proceeding.id);
  }

  /**
   * The signed-in member's deadlines across the cases they may see, still-open cases only:
   * everything overdue, then what falls due in the next `withinDays` days, soonest first.
   */
  async upcoming(ctx: RequestContext, withinDays: number): Promise<DeadlineModel[]> {
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'read', 'Case');
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > DEADLINE_WINDOW_MAX)
      throw CommonErrors.invalidInput(
        'withinDays',
        'DEADLINE_WINDOW_INVALID',
        `Ask for 0 to ${DEADLINE_WINDOW_MAX} days ahead.`,
        { max: DEADLINE_WINDOW_MAX },
      );
    const on = today();
    const manager = await this.unitOfWork.manager(ctx);
    const rows = (await manager
      .createQueryBuilder(DeadlineEntity, 'd')
      .innerJoin(CaseEntity, 'c', 'c.organization_id = d.organization_id AND c.id = d.case_id')
      .innerJoinAndMapOne(
        'd.proceeding',
        ProceedingEntity,
        'p',
        'p.organization_id = d.organization_id AND p.id = d.proceeding_id',
      )
      .innerJoinAndMapOne(
        'd.student',
        StudentEntity,
        's',
        's.organization_id = c.organization_id AND s.id = c.student_id',
      )
      .where(...tenantScope.sql(ctx, 'd'))
      .andWhere(...(await this.access.visibleCasesSql(ctx, 'c')))
      .andWhere(`c.status IN ('OPEN', 'ACTIVE') AND d.status = 'computed'`)
      .andWhere(`d.due <= CAST(:on AS date) + CAST(:within AS int)`, { on, within: withinDays })
      .orderBy('d.due', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(500)
      .getMany()) as (DeadlineEntity & { proceeding: ProceedingEntity; student: StudentEntity })[];
    const people = await this.access.casePeople(
      ctx,
      rows.map((d) => d.caseId),
    );
    const visible = rows.filter((d) => {
      const who = people.get(d.caseId);
      return who && ability.can('read', this.access.subject('Case', d.organizationId, who));
    });
    await this.audit.record(ctx, 'deadline.list', undefined, { count: visible.length });
    return visible.map((d) => toDeadlineModel(d, d.proceeding.kind, d.student.name, on));
  }

  /** Proceedings with their events and deadlines, in three statements whatever their number. */
  async models(ctx: RequestContext, proceedings: ProceedingEntity[]): Promise<ProceedingModel[]> {
    if (!proceedings.length) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const ids = proceedings.map((p) => p.id);
    const events = await manager.find(ProceedingEventEntity, {
      where: { ...tenantScope.where(ctx), proceedingId: In(ids) },
      order: { date: 'ASC', recordedAt: 'ASC' },
    });
    const deadlines = await manager.find(DeadlineEntity, {
      where: { ...tenantScope.where(ctx), proceedingId: In(ids) },
      order: { due: { direction: 'ASC', nulls: 'LAST' }, ruleId: 'ASC' },
    });
    const on = today();
    return proceedings.map((p) => ({
      id: p.id,
      caseId: p.caseId,
      kind: p.kind,
      state: p.state,
      filedBy: p.filedBy,
      createdAt: p.createdAt,
      eventTypes: Object.entries(proceedingDefinition(p.kind).events).map(([type, e]) => ({
        kind: p.kind,
        type,
        to: e.to,
        summary: e.summary,
      })),
      events: events
        .filter((e) => e.proceedingId === p.id)
        .map((e) => ({
          id: e.id,
          kind: p.kind,
          type: e.type,
          date: e.date,
          schoolDays: e.schoolDays,
          recordedAt: e.recordedAt,
          correctsEventId: e.correctsEventId,
          superseded: e.supersededAt !== null,
          correctionReason: e.correctionReason,
        })),
      deadlines: deadlines
        .filter((d) => d.proceedingId === p.id)
        .map((d) => toDeadlineModel(d, p.kind, null, on)),
    }));
  }

  private async findProceeding(
    ctx: RequestContext,
    proceedingId: string,
    action: 'read' | 'update',
    what: NotFoundSubject = 'proceeding',
  ): Promise<ProceedingWithCase> {
    const id = requireUuid(proceedingId, 'proceedingId');
    const manager = await this.unitOfWork.manager(ctx);
    const proceeding = await manager.findOneBy(ProceedingEntity, { ...tenantScope.where(ctx), id });
    if (!proceeding) throw CommonErrors.notFound(what);
    let caseFile: CaseWithPeople;
    try {
      caseFile = await this.cases.findCase(ctx, proceeding.caseId, 'read');
    } catch {
      throw CommonErrors.notFound(what);
    }
    const ability = await this.access.abilities(ctx);
    const subject = this.access.subject('Proceeding', proceeding.organizationId, caseFile.people);
    if (ability.cannot('read', subject)) throw CommonErrors.notFound(what);
    if (action !== 'read') assertCan(ability, action, subject);
    return Object.assign(proceeding, { caseFile });
  }

  /**
   * Replays the proceeding's current events through its state machine and stores its state
   * and every deadline again, with the student's state procedures and district calendar.
   */
  private async recompute(ctx: RequestContext, proceeding: ProceedingWithCase): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    const events = await manager.find(ProceedingEventEntity, {
      where: { ...tenantScope.where(ctx), proceedingId: proceeding.id },
      order: { recordedAt: 'ASC' },
    });
    const current = events
      .filter((e) => !e.supersededAt)
      .map((e, sequence) => ({
        type: e.type,
        date: e.date,
        sequence,
        ...(e.schoolDays ? { schoolDays: e.schoolDays } : {}),
      }));
    const kind: ProceedingKind = proceeding.kind;
    const snapshot = withRulesInput(
      () => replay(kind, current),
      () => 'type',
    );
    const student = await manager.findOneByOrFail(StudentEntity, {
      ...tenantScope.where(ctx),
      id: proceeding.caseFile.studentId,
    });
    const latest = current.reduce((max, e) => (e.date > max ? e.date : max), today());
    const calendar = await this.calendars.forDistrict(ctx, student.state, student.district, latest);
    const computed: Deadline[] = withRulesInput(
      () =>
        computeDeadlines({
          state: student.state,
          kind,
          filedBy: proceeding.filedBy,
          events: snapshot.events,
          ...(calendar ? { calendar } : {}),
        }),
      () => 'date',
    );
    await manager.delete(DeadlineEntity, {
      organizationId: proceeding.organizationId,
      proceedingId: proceeding.id,
    });
    if (computed.length)
      await manager.insert(
        DeadlineEntity,
        computed.map((d) => ({
          organizationId: proceeding.organizationId,
          id: randomUUID(),
          proceedingId: proceeding.id,
          caseId: proceeding.caseId,
          ruleId: d.id,
          due: d.due,
          status: d.status,
          unit: d.unit,
          basis: d.basis,
          confidence: d.confidence,
          note: d.note,
          message: deadlineMessage(d),
          fallsOnNonBusinessDay: d.fallsOnNonBusinessDay,
          computedAt: new Date(),
        })),
      );
    // New deadlines may fall inside the reminder window today: make sure today's sweep runs.
    await this.reminders.schedule(manager, proceeding.organizationId, today());
    await manager.update(
      ProceedingEntity,
      { organizationId: proceeding.organizationId, id: proceeding.id },
      { state: snapshot.state },
    );
    proceeding.state = snapshot.state;
    await manager.update(
      CaseEntity,
      { organizationId: proceeding.organizationId, id: proceeding.caseId },
      { updatedAt: new Date() },
    );
  }
}
