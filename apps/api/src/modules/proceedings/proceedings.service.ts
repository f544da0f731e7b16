import { randomUUID } from 'node:crypto';
import {
  computeDeadlines,
  type Deadline,
  type FiledBy,
  parseKind,
  proceedingDefinition,
  type ProceedingKind,
  RULES_DATA_VERSION,
} from '@continuum/rules';
import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertCan } from '../../platform/auth/abilities';
import { Clock } from '../../platform/clock/clock';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import {
  CommonErrors,
  type NotFoundSubject,
  requireUuid,
} from '../../platform/errors/domain-error';
import { MailService } from '../../platform/mail/mail.service';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CalendarsService } from '../calendars/calendars.service';
import { CaseEntity } from '../cases/case.entity';
import { furtherStage } from '../cases/case-stages';
import { CaseStateCheck, heldForState } from '../cases/case-state';
import { CaseTimeline } from '../cases/case-timeline';
import { CasesService, type CaseWithPeople } from '../cases/cases.service';
import {
  CaseFileAccess,
  type CasePeopleColumns,
  casePeopleOf,
  withCasePeople,
} from '../families/case-file-access';
import { withRulesInput } from '../families/families.errors';
import { StudentEntity } from '../families/family.entity';
import { UserEntity } from '../identity/user.entity';
import { CaseAdvocateEntity } from '../cases/case.entity';
import { deadlineMovedEarlierMail } from './deadline-mails';
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

/**
 * Why deadlines are computed again. After an event, the event itself is the case's news;
 * after a district calendar changed or under a new rules-data version, nothing else tells
 * the people of the case, so each changed date goes to the timeline (and, when it moved
 * earlier, to the assigned advocates by mail).
 */
export type RecomputeReason = 'event' | 'calendar' | 'rules_data';

/** A deadline whose date or status differs from what was stored before. */
export interface DeadlineChange {
  ruleId: string;
  oldDue: string | null;
  newDue: string | null;
  oldStatus: string | null;
  newStatus: string | null;
}

/** What a recompute stores for a deadline, apart from its id and the time it was computed. */
export type DeadlineFields = Omit<DeadlineEntity, 'id' | 'computedAt'>;

/**
 * A computed deadline as its row, stamped with the rules-data version and the district
 * calendar it was computed with: the one mapping, for requests, jobs and the demo seed.
 */
export function deadlineFields(
  d: Deadline,
  where: { organizationId: string; proceedingId: string; caseId: string },
  rulesVersion: string,
  calendarId: string | null,
): DeadlineFields {
  return {
    ...where,
    ruleId: d.id,
    due: d.due,
    status: d.status,
    unit: d.unit,
    basis: d.basis,
    confidence: d.confidence,
    note: d.note,
    message: deadlineMessage(d),
    fallsOnNonBusinessDay: d.fallsOnNonBusinessDay,
    rulesVersion,
    calendarId,
  };
}

/** Columns stamped on an unchanged deadline rather than replacing it. */
const STAMPS = new Set<string>(['rulesVersion', 'calendarId']);

/** JSON with object keys sorted: jsonb gives a stored message's keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function sameDeadlines(stored: DeadlineEntity[], computed: DeadlineFields[]): boolean {
  if (stored.length !== computed.length) return false;
  const order = (a: { ruleId: string; due: string | null }, b: typeof a) =>
    a.ruleId.localeCompare(b.ruleId) || (a.due ?? '').localeCompare(b.due ?? '');
  const before = [...stored].sort(order);
  const after = [...computed].sort(order);
  return after.every((row, i) =>
    Object.entries(row).every(
      ([key, value]) =>
        STAMPS.has(key) || canonical(before[i]![key as keyof DeadlineEntity]) === canonical(value),
    ),
  );
}

/** Per rule id, what moved: a date, or a status (a needs_calendar deadline that became a date). */
function deadlineChanges(stored: DeadlineEntity[], computed: DeadlineFields[]): DeadlineChange[] {
  const ruleIds = [...new Set([...stored, ...computed].map((d) => d.ruleId))].sort();
  const changes: DeadlineChange[] = [];
  for (const ruleId of ruleIds) {
    const before = stored.find((d) => d.ruleId === ruleId);
    const after = computed.find((d) => d.ruleId === ruleId);
    if (before?.due === after?.due && before?.status === after?.status) continue;
    changes.push({
      ruleId,
      oldDue: before?.due ?? null,
      newDue: after?.due ?? null,
      oldStatus: before?.status ?? null,
      newStatus: after?.status ?? null,
    });
  }
  return changes;
}

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
    private readonly caseState: CaseStateCheck,
    private readonly clock: Clock,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const event = checkNewEvent(
      proceeding.kind,
      proceeding.state,
      input,
      await this.clock.today(ctx),
    );
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
    const event = checkNewEvent(
      proceeding.kind,
      proceeding.state,
      input,
      await this.clock.today(ctx),
    );
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
    const on = await this.clock.today(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    // Of the proceeding and the student only the two values the list shows: a long list
    // hydrated whole cost more in parsing and garbage than its query (issue 16).
    const query = manager
      .createQueryBuilder(DeadlineEntity, 'd')
      .innerJoin(CaseEntity, 'c', 'c.organization_id = d.organization_id AND c.id = d.case_id')
      .innerJoin(
        ProceedingEntity,
        'p',
        'p.organization_id = d.organization_id AND p.id = d.proceeding_id',
      )
      .innerJoin(
        StudentEntity,
        's',
        's.organization_id = c.organization_id AND s.id = c.student_id',
      )
      .addSelect('p.kind', 'proceeding_kind')
      .addSelect('s.name', 'student_name')
      .where(...tenantScope.sql(ctx, 'd'))
      .andWhere(...(await this.access.visibleCasesSql(ctx, 'c')))
      .andWhere(`c.status IN ('OPEN', 'ACTIVE') AND d.status = 'computed'`)
      .andWhere(`d.due <= CAST(:on AS date) + CAST(:within AS int)`, { on, within: withinDays })
      .orderBy('d.due', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(500);
    // Each deadline's case people come with it (one statement), for CASL's check of the case.
    const { entities, raw } = await withCasePeople(query, 'c').getRawAndEntities<
      CasePeopleColumns & { proceeding_kind: ProceedingKind; student_name: string }
    >();
    const visible = entities.flatMap((d, i) => {
      const row = raw[i]!;
      const subject = this.access.subject('Case', d.organizationId, casePeopleOf(row));
      return ability.can('read', subject) ? [{ d, row }] : [];
    });
    await this.audit.record(ctx, 'deadline.list', undefined, { count: visible.length });
    return visible.map(({ d, row }) =>
      toDeadlineModel(d, row.proceeding_kind, row.student_name, on),
    );
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
    const on = await this.clock.today(ctx);
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

  /**
   * Recomputes every proceeding of a case, after something all its deadlines depend on changed
   * (the student's state confirmed). The caller has checked `update` on the case.
   */
  async recomputeCase(ctx: RequestContext, caseFile: CaseWithPeople): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    const proceedings = await manager.find(ProceedingEntity, {
      where: { ...tenantScope.where(ctx), caseId: caseFile.id },
      order: { createdAt: 'ASC' },
    });
    for (const proceeding of proceedings)
      await this.recompute(ctx, Object.assign(proceeding, { caseFile }));
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
    if (ability.cannot('read', subject)) throw CommonErrors.hidden(what, proceeding.id);
    if (action !== 'read') assertCan(ability, action, subject);
    return Object.assign(proceeding, { caseFile });
  }

  /**
   * Computes a proceeding's deadlines again outside any event of its own: its district's
   * calendar changed, or the rules data has a new version (`rulesVersion`, injectable so a
   * test can stand for the next release). Acts for the system in ctx's organization: the
   * caller decides what is recomputed. Returns what changed.
   */
  async recomputeProceeding(
    ctx: RequestContext,
    proceedingId: string,
    reason: Exclude<RecomputeReason, 'event'>,
    rulesVersion: string = RULES_DATA_VERSION,
  ): Promise<DeadlineChange[]> {
    const manager = await this.unitOfWork.manager(ctx);
    const proceeding = await manager.findOneBy(ProceedingEntity, {
      ...tenantScope.where(ctx),
      id: proceedingId,
    });
    if (!proceeding) return [];
    const caseFile = await manager.findOneByOrFail(CaseEntity, {
      ...tenantScope.where(ctx),
      id: proceeding.caseId,
    });
    return this.recompute(ctx, Object.assign(proceeding, { caseFile }), reason, rulesVersion);
  }

  /**
   * Recomputes the proceedings of the organization's open cases whose student attends a
   * district (state and name as the calendar names it), in ctx's transaction: a saved
   * calendar changes their school-day deadlines. Returns the number of changed deadlines.
   */
  async recomputeDistrict(ctx: RequestContext, state: string, district: string): Promise<number> {
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(ProceedingEntity, 'p')
      .select('p.id', 'id')
      .innerJoin(CaseEntity, 'c', 'c.organization_id = p.organization_id AND c.id = p.case_id')
      .innerJoin(
        StudentEntity,
        's',
        's.organization_id = c.organization_id AND s.id = c.student_id',
      )
      .where(...tenantScope.sql(ctx, 'p'))
      .andWhere(`c.status IN ('OPEN', 'ACTIVE')`)
      .andWhere('s.state = :state AND lower(s.district) = lower(:district)', { state, district })
      .orderBy('p.id')
      .getRawMany<{ id: string }>();
    let changed = 0;
    for (const { id } of rows)
      changed += (await this.recomputeProceeding(ctx, id, 'calendar')).length;
    if (changed)
      await this.reminders.sweepSoon(manager, ctx.organizationId!, await this.clock.today(ctx));
    return changed;
  }

  /**
   * Replays the proceeding's current events through its state machine and stores its state
   * and every deadline again, with the student's state procedures and district calendar, and
   * the rules-data version and calendar they were computed with. Deadlines that come out the
   * same are kept (only those two stamps are brought up to date), so a recompute that
   * changes nothing writes nothing else. The one place deadlines are computed.
   */
  private async recompute(
    ctx: RequestContext,
    proceeding: ProceedingEntity & {
      caseFile: Pick<CaseEntity, 'studentId' | 'intakeId' | 'confirmedState'>;
    },
    reason: RecomputeReason = 'event',
    rulesVersion: string = RULES_DATA_VERSION,
  ): Promise<DeadlineChange[]> {
    const manager = await this.unitOfWork.manager(ctx);
    const key = { organizationId: proceeding.organizationId, id: proceeding.id };
    // One recompute of a proceeding at a time (an event, a calendar save, the rules-data job):
    // the second reads what the first stored, so nothing is written or reported twice.
    await manager.query(
      'SELECT 1 FROM proceedings WHERE organization_id = $1 AND id = $2 FOR UPDATE',
      [key.organizationId, key.id],
    );
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
    const today = await this.clock.today(ctx);
    const latest = current.reduce((max, e) => (e.date > max ? e.date : max), today);
    const found = await this.calendars.calendarFor(ctx, student.state, student.district, latest);
    const computed: Deadline[] = withRulesInput(
      () =>
        computeDeadlines({
          state: student.state,
          kind,
          filedBy: proceeding.filedBy,
          events: snapshot.events,
          ...(found ? { calendar: found.calendar } : {}),
        }),
      () => 'date',
    );
    // The intake and the student's record name different states: no date until staff confirm.
    const question = await this.caseState.question(ctx, proceeding.caseFile, student);
    const held = question ? heldForState(computed, question) : computed;
    const where = {
      organizationId: proceeding.organizationId,
      proceedingId: proceeding.id,
      caseId: proceeding.caseId,
    };
    const rows = held.map((d) => deadlineFields(d, where, rulesVersion, found?.id ?? null));
    const stored = await manager.find(DeadlineEntity, {
      where: { ...tenantScope.where(ctx), proceedingId: proceeding.id },
    });
    const changes = deadlineChanges(stored, rows);
    if (sameDeadlines(stored, rows)) {
      if (
        stored.some((d) => d.rulesVersion !== rulesVersion || d.calendarId !== (found?.id ?? null))
      )
        await manager.update(
          DeadlineEntity,
          { organizationId: proceeding.organizationId, proceedingId: proceeding.id },
          { rulesVersion, calendarId: found?.id ?? null },
        );
    } else {
      await manager.delete(DeadlineEntity, {
        organizationId: proceeding.organizationId,
        proceedingId: proceeding.id,
      });
      if (rows.length)
        await manager.insert(
          DeadlineEntity,
          rows.map((row) => ({ ...row, id: randomUUID(), computedAt: new Date() })),
        );
    }
    if (reason === 'event') {
      // New deadlines may fall inside the reminder window today, after today's sweep ran.
      await this.reminders.sweepSoon(manager, proceeding.organizationId, today);
    } else if (changes.length) {
      await this.reportChanges(
        ctx,
        proceeding,
        student,
        changes,
        reason,
        rulesVersion,
        found?.id ?? null,
      );
    }
    if (proceeding.state !== snapshot.state || reason === 'event') {
      await manager.update(ProceedingEntity, key, { state: snapshot.state });
      proceeding.state = snapshot.state;
    }
    if (reason === 'event' || changes.length)
      await manager.update(
        CaseEntity,
        { organizationId: proceeding.organizationId, id: proceeding.caseId },
        { updatedAt: new Date() },
      );
    return changes;
  }

  /**
   * Each changed date on the case's timeline (the words are rendered from `kind` and the
   * details), and a mail to the case's advocates for each date that moved earlier: a date
   * computed later than the law allows costs a family a right, so they must hear of it.
   */
  private async reportChanges(
    ctx: RequestContext,
    proceeding: ProceedingEntity,
    student: StudentEntity,
    changes: DeadlineChange[],
    reason: Exclude<RecomputeReason, 'event'>,
    rulesVersion: string,
    calendarId: string | null,
  ): Promise<void> {
    for (const change of changes)
      await this.timeline.add(
        ctx,
        proceeding.caseId,
        'deadline_changed',
        `A deadline changed: ${change.oldDue ?? 'no date'} to ${change.newDue ?? 'no date'}.`,
        {
          proceedingId: proceeding.id,
          kind: proceeding.kind,
          ruleId: change.ruleId,
          oldDue: change.oldDue,
          newDue: change.newDue,
          oldStatus: change.oldStatus,
          newStatus: change.newStatus,
          reason,
          rulesVersion,
          calendarId,
        },
      );
    const earlier = changes.filter((c) => c.oldDue && c.newDue && c.newDue < c.oldDue);
    if (!earlier.length) return;
    const manager = await this.unitOfWork.manager(ctx);
    const advocates = await manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(CaseAdvocateEntity, 'ca', 'ca.user_id = u.id')
      .where(...tenantScope.sql(ctx, 'ca'))
      .andWhere('ca.case_id = :caseId', { caseId: proceeding.caseId })
      .orderBy('u.email')
      .getMany();
    await this.mail.enqueueAll(
      ctx,
      advocates.map((advocate) => ({
        to: advocate.email,
        template: 'deadline_moved_earlier',
        organizationId: proceeding.organizationId,
        ...deadlineMovedEarlierMail({
          studentName: student.name,
          proceedingKind: proceeding.kind,
          moves: earlier.map((c) => ({ ruleId: c.ruleId, from: c.oldDue!, to: c.newDue! })),
          link: `${this.config.portalUrl}/cases/${proceeding.caseId}`,
        }),
      })),
    );
  }
}
