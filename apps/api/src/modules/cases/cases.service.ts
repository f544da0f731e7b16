import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import { assertCan, type AppAbility } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import {
  CaseFileAccess,
  type CaseFilePeople,
  type CasePeopleColumns,
  casePeopleOf,
  withCasePeople,
} from '../families/case-file-access';
import { FamiliesService, requireStateCode } from '../families/families.service';
import { StudentEntity } from '../families/family.entity';
import { MembershipEntity } from '../identity/membership.entity';
import { IntakeEntity } from '../intakes/intake.entity';
import { IntakesService } from '../intakes/intakes.service';
import { CaseAdvocateEntity, CaseEntity, CASE_STATUSES, type CaseStatus } from './case.entity';
import { stateQuestion } from './case-state';
import { CASE_STAGES, ISSUE_CATEGORIES } from './case-stages';
import { CaseLoaders } from './case-loaders';
import { CaseTimeline } from './case-timeline';
import { CasesErrors } from './cases.errors';
import type {
  AssignCaseAdvocatesInput,
  CaseloadFilterInput,
  CaseloadPageModel,
  CaseloadSort,
  CaseModel,
  CreateCaseFromIntakeInput,
  UpdateCaseInput,
} from './cases.model';

export const CASELOAD_PAGE_MAX = 100;

const SORTS: Record<CaseloadSort, { expr: string; cast: string; dir: 'ASC' | 'DESC' }> = {
  UPDATED_AT_DESC: { expr: 'c.updated_at', cast: 'timestamptz', dir: 'DESC' },
  CREATED_AT_DESC: { expr: 'c.created_at', cast: 'timestamptz', dir: 'DESC' },
  // The stored next_due is exact while it is today or later (migration 1764900000000); only a
  // case whose stored date has passed reads its deadlines again.
  NEXT_DUE_ASC: {
    expr: `CASE WHEN c.next_due IS NULL THEN DATE '9999-12-31'
      WHEN c.next_due >= current_date THEN c.next_due
      ELSE coalesce((SELECT min(d.due) FROM deadlines d WHERE d.organization_id = c.organization_id
        AND d.case_id = c.id AND d.due >= current_date), DATE '9999-12-31') END`,
    cast: 'date',
    dir: 'ASC',
  },
  STUDENT_NAME_ASC: { expr: 'lower(s.name)', cast: 'text', dir: 'ASC' },
};

export type CaseWithPeople = CaseEntity & { people: CaseFilePeople };

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    )
      return [value[0], requireUuid(value[1], 'after')];
  } catch {
    // fall through
  }
  throw CasesErrors.invalidCursor();
}

function requireIssues(values: string[]): string[] {
  if (values.some((v) => !ISSUE_CATEGORIES.includes(v)))
    throw CasesErrors.invalidIssue(ISSUE_CATEGORIES);
  return [...new Set(values)];
}

@Injectable()
export class CasesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly families: FamiliesService,
    private readonly intakes: IntakesService,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    private readonly loaders: CaseLoaders,
  ) {}

  toModel(ability: AppAbility, c: CaseWithPeople): CaseModel {
    const subject = this.subject(c);
    return {
      id: c.id,
      studentId: c.studentId,
      intakeId: c.intakeId,
      issueCategories: c.issueCategories,
      status: c.status,
      outcome: c.outcome,
      stage: c.stage,
      internalNotes: ability.can('read', subject, 'internalNotes') ? c.internalNotes : null,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }

  subject(c: CaseWithPeople) {
    return this.access.subject('Case', c.organizationId, c.people, c.status);
  }

  async case(ctx: RequestContext, caseId: string): Promise<CaseModel> {
    const { found, student, advocates } = await this.readCase(ctx, caseId, 'read');
    // Only a read primes the loaders: a change later in the request would leave them stale.
    this.loaders.prime(ctx, found.id, student, advocates);
    await this.audit.record(ctx, 'case.read', { type: 'Case', id: found.id });
    return this.toModel(await this.access.abilities(ctx), found);
  }

  /** A case the actor may act on; missing and forbidden both answer "not found". */
  async findCase(
    ctx: RequestContext,
    caseId: string,
    action: 'read' | 'update',
  ): Promise<CaseWithPeople> {
    return (await this.readCase(ctx, caseId, action)).found;
  }

  /** `findCase`, with the student and the advocates it read on the way (one statement). */
  private async readCase(
    ctx: RequestContext,
    caseId: string,
    action: 'read' | 'update',
  ): Promise<{
    found: CaseWithPeople;
    student: StudentEntity | undefined;
    advocates: CasePeopleColumns['people_advocates'];
  }> {
    const id = requireUuid(caseId, 'caseId');
    const manager = await this.unitOfWork.manager(ctx);
    // The case, its student and its people in one statement.
    const query = manager
      .createQueryBuilder(CaseEntity, 'c')
      .innerJoinAndMapOne(
        'c.student',
        StudentEntity,
        's',
        's.organization_id = c.organization_id AND s.id = c.student_id',
      )
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere('c.id = :id', { id });
    const { entities, raw } = await withCasePeople(
      query,
      'c',
    ).getRawAndEntities<CasePeopleColumns>();
    const found: (CaseEntity & { student?: StudentEntity }) | undefined = entities[0];
    if (!found) throw CommonErrors.notFound('case');
    const student = found.student;
    delete found.student;
    const withPeople = Object.assign(found, { people: casePeopleOf(raw[0]!) });
    const ability = await this.access.abilities(ctx);
    if (ability.cannot('read', this.subject(withPeople)))
      throw CommonErrors.hidden('case', found.id);
    if (action !== 'read') assertCan(ability, action, this.subject(withPeople));
    return { found: withPeople, student, advocates: raw[0]!.people_advocates };
  }

  async createFromIntake(
    ctx: RequestContext,
    input: CreateCaseFromIntakeInput,
  ): Promise<CaseModel> {
    const intake = await this.intakes.findIntake(ctx, input.intakeId, 'read');
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'update', this.intakes.subject(intake));
    assertCan(ability, 'create', 'Case');
    if (intake.status !== 'SUBMITTED') throw CasesErrors.intakeNotSubmitted();
    const manager = await this.unitOfWork.manager(ctx);
    let student: StudentEntity | undefined;
    if (input.studentId) {
      student = await this.families.findStudent(ctx, input.studentId, 'read');
      if (student.familyId !== intake.familyId) throw CasesErrors.studentRequired();
    } else {
      const students = await manager.find(StudentEntity, {
        where: { ...tenantScope.where(ctx), familyId: intake.familyId },
      });
      student = intake.studentId
        ? students.find((s) => s.id === intake.studentId)
        : students.length === 1
          ? students[0]
          : undefined;
    }
    if (!student) throw CasesErrors.studentRequired();
    // Answered at triage: the student's record takes the confirmed state. Checked now, while the
    // intake still awaits triage and the advocate may still change the family's records.
    const confirmedState =
      input.confirmedState != null
        ? requireStateCode(input.confirmedState, 'confirmedState')
        : null;
    if (confirmedState) await this.families.findStudent(ctx, student.id, 'update');
    const advocateIds =
      input.advocateUserIds ?? (ctx.actor?.role === 'ADVOCATE' ? [ctx.actor.userId] : []);
    const advocates = await this.requireAdvocates(ctx, advocateIds);
    const answers = intake.answers as { issues?: string[] };
    const row: Omit<CaseEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: intake.organizationId,
      id: randomUUID(),
      studentId: student.id,
      intakeId: intake.id,
      issueCategories: requireIssues(input.issueCategories ?? answers.issues ?? []),
      status: 'OPEN',
      outcome: null,
      stage: 'intake',
      internalNotes: '',
      createdByUserId: ctx.actor!.userId,
      confirmedState,
      stateConfirmedAt: confirmedState ? new Date() : null,
      stateConfirmedByUserId: confirmedState ? ctx.actor!.userId : null,
    };
    await manager.insert(CaseEntity, row);
    if (advocates.length)
      await manager.insert(
        CaseAdvocateEntity,
        advocates.map((userId) => ({
          organizationId: row.organizationId,
          caseId: row.id,
          userId,
          assignedAt: new Date(),
        })),
      );
    await manager.update(
      IntakeEntity,
      { organizationId: intake.organizationId, id: intake.id },
      { status: 'TRIAGED' },
    );
    await this.timeline.add(
      ctx,
      row.id,
      'case_opened',
      'The case was opened from the family’s intake.',
      {
        intakeId: intake.id,
      },
    );
    await this.audit.record(
      ctx,
      'case.create',
      { type: 'Case', id: row.id },
      { intakeId: intake.id },
    );
    if (confirmedState) await this.recordStateConfirmed(ctx, row, student, confirmedState);
    else {
      const question = stateQuestion(intake.answers, student, null);
      if (question)
        await this.timeline.add(
          ctx,
          row.id,
          'state_to_confirm',
          `The intake says ${question.intakeState} and the student’s record says ${question.studentState}: no deadline is computed until a staff member confirms the state.`,
          { intakeState: question.intakeState, studentState: question.studentState },
        );
    }
    return this.toModel(await this.access.abilities(ctx), await this.findCase(ctx, row.id, 'read'));
  }

  /**
   * A staff member says which state is the student's: the student's record takes it and the
   * case keeps the answer, so its deadlines may be computed. The caller recomputes them
   * (modules/case-origin, which may reach the proceedings).
   */
  async confirmState(ctx: RequestContext, caseId: string, value: string): Promise<CaseWithPeople> {
    const found = await this.findCase(ctx, caseId, 'update');
    const state = requireStateCode(value, 'state');
    const student = await this.families.findStudent(ctx, found.studentId, 'update');
    const confirmation = {
      confirmedState: state,
      stateConfirmedAt: new Date(),
      stateConfirmedByUserId: ctx.actor!.userId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      CaseEntity,
      { organizationId: found.organizationId, id: found.id },
      confirmation,
    );
    await this.recordStateConfirmed(ctx, found, student, state);
    return this.findCase(ctx, found.id, 'read');
  }

  /** The student's record takes the confirmed state; the timeline and the audit trail say so. */
  private async recordStateConfirmed(
    ctx: RequestContext,
    caseFile: Pick<CaseEntity, 'organizationId' | 'id' | 'intakeId'>,
    student: StudentEntity,
    state: string,
  ): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    const previous = student.state;
    if (previous !== state) {
      await manager.update(
        StudentEntity,
        { organizationId: student.organizationId, id: student.id },
        { state },
      );
      await this.audit.record(
        ctx,
        'student.update',
        { type: 'Student', id: student.id },
        { field: 'state', from: previous, to: state, caseId: caseFile.id },
      );
    }
    await this.timeline.add(
      ctx,
      caseFile.id,
      'state_confirmed',
      previous === state
        ? `The student’s state was confirmed as ${state}.`
        : `The student’s state was confirmed as ${state} (the record said ${previous}).`,
      { state, previousState: previous },
    );
    await this.audit.record(
      ctx,
      'case.confirm_state',
      { type: 'Case', id: caseFile.id },
      { state, previousState: previous, studentId: student.id },
    );
  }

  async update(ctx: RequestContext, input: UpdateCaseInput): Promise<CaseModel> {
    const found = await this.findCase(ctx, input.caseId, 'update');
    const changes: Partial<CaseEntity> = {};
    if (input.status != null) {
      if (!(CASE_STATUSES as readonly string[]).includes(input.status))
        throw CommonErrors.invalidInput(
          'status',
          'CASE_STATUS_INVALID',
          `Choose one of ${CASE_STATUSES.join(', ')}.`,
        );
      changes.status = input.status;
    }
    if (input.outcome !== undefined) {
      const outcome = input.outcome?.trim() ?? '';
      if (outcome.length > 2000)
        throw CommonErrors.invalidInput(
          'outcome',
          'CASE_OUTCOME_TOO_LONG',
          'Describe the outcome in at most 2000 characters.',
          { max: 2000 },
        );
      changes.outcome = outcome || null;
    }
    const status: CaseStatus = changes.status ?? found.status;
    const outcome = changes.outcome !== undefined ? changes.outcome : found.outcome;
    if ((status === 'RESOLVED' || status === 'CLOSED') && !outcome)
      throw CasesErrors.outcomeRequired();
    if (input.stage != null) {
      if (!CASE_STAGES.includes(input.stage)) throw CasesErrors.invalidStage(CASE_STAGES);
      changes.stage = input.stage;
    }
    if (input.issueCategories != null)
      changes.issueCategories = requireIssues(input.issueCategories);
    if (input.internalNotes != null) {
      if (input.internalNotes.length > 20000)
        throw CommonErrors.invalidInput(
          'internalNotes',
          'CASE_NOTES_TOO_LONG',
          'Keep notes under 20,000 characters.',
          { max: 20000 },
        );
      changes.internalNotes = input.internalNotes;
    }
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length) {
      await manager.update(
        CaseEntity,
        { organizationId: found.organizationId, id: found.id },
        changes,
      );
      if (changes.status && changes.status !== found.status)
        await this.timeline.add(
          ctx,
          found.id,
          'status_changed',
          `Status changed from ${found.status} to ${changes.status}.`,
          {
            from: found.status,
            to: changes.status,
          },
        );
      if (changes.stage && changes.stage !== found.stage)
        await this.timeline.add(ctx, found.id, 'stage_changed', `Stage set to ${changes.stage}.`, {
          stage: changes.stage,
        });
      if (changes.internalNotes !== undefined)
        await this.timeline.add(ctx, found.id, 'notes_updated', 'Working notes updated.', {}, true);
    }
    await this.audit.record(ctx, 'case.update', { type: 'Case', id: found.id });
    return this.toModel(
      await this.access.abilities(ctx),
      await this.findCase(ctx, found.id, 'read'),
    );
  }

  async assignAdvocates(ctx: RequestContext, input: AssignCaseAdvocatesInput): Promise<CaseModel> {
    const found = await this.findCase(ctx, input.caseId, 'update');
    const advocates = await this.requireAdvocates(ctx, input.advocateUserIds);
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(CaseAdvocateEntity, {
      organizationId: found.organizationId,
      caseId: found.id,
    });
    if (advocates.length)
      await manager.insert(
        CaseAdvocateEntity,
        advocates.map((userId) => ({
          organizationId: found.organizationId,
          caseId: found.id,
          userId,
          assignedAt: new Date(),
        })),
      );
    await manager.update(
      CaseEntity,
      { organizationId: found.organizationId, id: found.id },
      { updatedAt: new Date() },
    );
    await this.timeline.add(
      ctx,
      found.id,
      'advocates_assigned',
      `${advocates.length} advocate(s) assigned.`,
      {
        count: advocates.length,
      },
    );
    await this.audit.record(
      ctx,
      'case.assign',
      { type: 'Case', id: found.id },
      { count: advocates.length },
    );
    // Reassigning oneself away may end one's access: answer with what the actor may still see.
    const people = (await this.access.casePeople(ctx, [found.id])).get(found.id)!;
    return this.toModel(await this.access.abilities(ctx), Object.assign(found, { people }));
  }

  /**
   * The caseload: cases the actor may see, filtered, sorted, a page at a time, with counts per
   * stage. A fixed number of statements whatever the page size (fields use DataLoaders).
   */
  async caseload(
    ctx: RequestContext,
    filter: CaseloadFilterInput,
    sort: CaseloadSort,
    first: number,
    after?: string | null,
  ): Promise<CaseloadPageModel> {
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'read', 'Case');
    if (!Number.isInteger(first) || first < 1 || first > CASELOAD_PAGE_MAX)
      throw CasesErrors.invalidPageSize(CASELOAD_PAGE_MAX);
    const order = SORTS[sort] ?? SORTS.UPDATED_AT_DESC;
    const cursor = after ? decodeCursor(after) : null;
    const manager = await this.unitOfWork.manager(ctx);
    const base = async (withStage: boolean) => {
      const query = manager.createQueryBuilder(CaseEntity, 'c');
      // The counts need the student only to filter by state; the page always does (its sort
      // by name, its fields).
      if (withStage)
        query.innerJoinAndMapOne(
          'c.student',
          StudentEntity,
          's',
          's.organization_id = c.organization_id AND s.id = c.student_id',
        );
      else if (filter.state)
        query.innerJoin(
          StudentEntity,
          's',
          's.organization_id = c.organization_id AND s.id = c.student_id',
        );
      query
        .where(...tenantScope.sql(ctx, 'c'))
        .andWhere(...(await this.access.visibleCasesSql(ctx, 'c')));
      this.applyFilter(query, filter, withStage);
      return query;
    };
    const pageQuery = withCasePeople(await base(true), 'c')
      .addSelect(`(${order.expr})::text`, 'sort_key')
      .orderBy(order.expr, order.dir)
      .addOrderBy('c.id', order.dir)
      .limit(first + 1);
    if (cursor)
      pageQuery.andWhere(
        `(${order.expr}, c.id) ${order.dir === 'ASC' ? '>' : '<'} (CAST(:cursorKey AS ${order.cast}), CAST(:cursorId AS uuid))`,
        { cursorKey: cursor[0], cursorId: cursor[1] },
      );
    const { entities, raw } = await pageQuery.getRawAndEntities<
      { sort_key: string } & CasePeopleColumns
    >();
    const counts = await this.stageCounts(ctx, filter, base);
    const rows = entities.map((entity, i) => {
      const c = entity as CaseEntity & { student?: StudentEntity };
      this.loaders.prime(ctx, c.id, c.student, raw[i]!.people_advocates);
      delete c.student;
      return { c: Object.assign(c, { people: casePeopleOf(raw[i]!) }), key: raw[i]!.sort_key };
    });
    const page = rows
      .slice(0, first)
      .filter(({ c }) => c.people && ability.can('read', this.subject(c)));
    const last = rows.slice(0, first).at(-1);
    const stageCounts = CASE_STAGES.map((stage) => ({
      stage,
      count: counts.find((r) => r.stage === stage)?.count ?? 0,
    })).filter((s) => s.count > 0);
    if (page.length) await this.audit.record(ctx, 'case.list', undefined, { count: page.length });
    return {
      nodes: page.map(({ c }) => this.toModel(ability, c)),
      nextCursor: rows.length > first && last ? encodeCursor(last.key, last.c.id) : null,
      totalCount: stageCounts
        .filter((s) => !filter.stage || s.stage === filter.stage)
        .reduce((sum, s) => sum + s.count, 0),
      stageCounts,
    };
  }

  /**
   * The caseload's counts per stage. Someone who sees every case, filtering by status at most,
   * reads them from `case_counts` (kept by a trigger; migration 1764920000000), a few rows
   * whatever the organization's size; any other view counts the cases it matches.
   */
  private async stageCounts(
    ctx: RequestContext,
    filter: CaseloadFilterInput,
    base: (withStage: boolean) => Promise<SelectQueryBuilder<CaseEntity>>,
  ): Promise<{ stage: string; count: number }[]> {
    const [visible] = await this.access.visibleCasesSql(ctx, 'c');
    const byStatusOnly =
      !filter.advocateUserId && !filter.issue && !filter.state && !filter.dueBefore;
    if (visible === 'TRUE' && byStatusOnly) {
      const manager = await this.unitOfWork.manager(ctx);
      return manager.query<{ stage: string; count: number }[]>(
        `SELECT stage, sum(count)::int AS count FROM case_counts
          WHERE ($1::uuid IS NULL OR organization_id = $1)
            AND ($2::text[] IS NULL OR status = ANY($2))
          GROUP BY stage`,
        [
          tenantScope.where(ctx).organizationId ?? null,
          filter.statuses?.length ? filter.statuses : null,
        ],
      );
    }
    return (await base(false))
      .select('c.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .groupBy('c.stage')
      .getRawMany<{ stage: string; count: number }>();
  }

  private applyFilter(
    query: SelectQueryBuilder<CaseEntity>,
    filter: CaseloadFilterInput,
    withStage: boolean,
  ): void {
    if (filter.statuses?.length)
      query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.advocateUserId) {
      const advocate = requireUuid(filter.advocateUserId, 'advocateUserId');
      query.andWhere(
        `EXISTS (SELECT 1 FROM case_advocates fa WHERE fa.organization_id = c.organization_id
           AND fa.case_id = c.id AND fa.user_id = :filterAdvocate)`,
        { filterAdvocate: advocate },
      );
    }
    if (filter.issue) {
      if (!ISSUE_CATEGORIES.includes(filter.issue))
        throw CasesErrors.invalidIssue(ISSUE_CATEGORIES);
      query.andWhere('c.issue_categories ? :filterIssue', { filterIssue: filter.issue });
    }
    if (withStage && filter.stage) {
      if (!CASE_STAGES.includes(filter.stage)) throw CasesErrors.invalidStage(CASE_STAGES);
      query.andWhere('c.stage = :filterStage', { filterStage: filter.stage });
    }
    if (filter.state)
      query.andWhere('s.state = :filterState', { filterState: requireStateCode(filter.state) });
    if (filter.dueBefore) {
      const before = filter.dueBefore;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(before) || Number.isNaN(Date.parse(before)))
        throw CommonErrors.invalidInput('dueBefore', 'DATE_INVALID', 'Enter a date as YYYY-MM-DD.');
      query.andWhere(
        `EXISTS (SELECT 1 FROM deadlines fd WHERE fd.organization_id = c.organization_id
           AND fd.case_id = c.id AND fd.status = 'computed' AND fd.due <= CAST(:filterDue AS date))`,
        { filterDue: before },
      );
    }
  }

  private async requireAdvocates(ctx: RequestContext, userIds: string[]): Promise<string[]> {
    const ids = [...new Set(userIds.map((id) => requireUuid(id, 'advocateUserIds')))];
    if (!ids.length) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const members = await manager.find(MembershipEntity, {
      where: { ...tenantScope.where(ctx), userId: In(ids), role: In(['ADVOCATE', 'ORG_ADMIN']) },
    });
    if (members.length !== ids.length) throw CasesErrors.notAnAdvocate();
    return ids;
  }
}
