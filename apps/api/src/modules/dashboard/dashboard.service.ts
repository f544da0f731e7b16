import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { In } from 'typeorm';
import {
  addDays,
  addYears,
  daysBetween,
  type ProceedingKind,
  programYear,
  programYearOf,
} from '@continuum/rules';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import { Clock } from '../../platform/clock/clock';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { requireDate } from '../../platform/errors/validate';
import { bindReportSql } from '../annual-report/annual-report.sql';
import { reportSqlParameters } from '../annual-report/annual-report.service';
import { CaseFileAccess } from '../families/case-file-access';
import { MembershipEntity } from '../identity/membership.entity';
import { OrganizationEntity } from '../identity/organization.entity';
import type { DashboardFilterInput, DashboardModel } from './dashboard.model';
import { CONTACTS_BY_MONTH_SQL, PEOPLE_SERVED_SQL } from './dashboard.sql';
import { outcomePairs } from './proceeding-outcomes';

/** A range longer than this is refused: the page draws one bar group per month. */
const MAX_DAYS = 3 * 366;
const MODES: Record<string, string> = { a: 'phone', b: 'letter', c: 'electronic', d: 'meeting' };

/**
 * The organization's dashboard (docs/domain.md "The dashboard"): contacts and people served
 * counted with the annual report's rows, cases, deadlines and each staff member's load, for
 * everyone (org admins) or one staff member (an advocate sees only their own).
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: CaseFileAccess,
    private readonly audit: AuditService,
  ) {}

  async dashboard(ctx: RequestContext, input: DashboardFilterInput): Promise<DashboardModel> {
    const organizationId = ctx.organizationId;
    if (!organizationId || !ctx.actor) throw CommonErrors.forbidden();
    const ability = defineAbilitiesFor(ctx.actor);
    // Everyone's work when the rules allow it; otherwise the reader's own.
    const everyone = ability.can(
      'read',
      subject('Dashboard', { organizationId, staffUserId: null }),
    );
    const staffUserId = input.staffUserId
      ? requireUuid(input.staffUserId, 'staffUserId')
      : everyone
        ? null
        : ctx.actor.userId;
    assertCan(ability, 'read', subject('Dashboard', { organizationId, staffUserId }));
    const manager = await this.unitOfWork.manager(ctx);
    // A staff member named is one of this organization's, checked before anything else: an id
    // from elsewhere answers "not found", like every id.
    if (
      input.staffUserId &&
      !(await manager.existsBy(MembershipEntity, {
        ...tenantScope.where(ctx),
        userId: staffUserId!,
        role: In(['ORG_ADMIN', 'ADVOCATE']),
      }))
    )
      throw CommonErrors.notFound('member');
    const from = requireDate(input.from, 'from');
    const to = requireDate(input.to, 'to');
    if (to < from || daysBetween(from, to) > MAX_DAYS)
      throw CommonErrors.invalidInput(
        'to',
        'DASHBOARD_RANGE_INVALID',
        'Choose a last day on or after the first day, at most three years later.',
        { maxYears: 3 },
      );

    const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
    if (!organization) throw CommonErrors.notFound('organization');
    const today = await this.clock.today(ctx);
    const report = async <T>(sql: string, start: string, end: string): Promise<T[]> => {
      const { text, parameters } = bindReportSql(sql, {
        ...reportSqlParameters(ctx, organization, start, end),
        staff: staffUserId,
      });
      return manager.query<T[]>(text, parameters);
    };

    const year = programYearOf(today);
    const yearStart = programYear(year).start;
    const [months, servedNow, servedBefore] = [
      await report<{ month: string; letter: string; count: number }>(
        CONTACTS_BY_MONTH_SQL,
        from,
        to,
      ),
      await report<{ count: number }>(PEOPLE_SERVED_SQL, yearStart, today),
      await report<{ count: number }>(
        PEOPLE_SERVED_SQL,
        programYear(year - 1).start,
        addYears(today, -1),
      ),
    ];

    const [visible, visibleParameters] = await this.access.visibleCasesSql(ctx, 'c');
    const cases = manager
      .createQueryBuilder()
      .from('cases', 'c')
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere(visible, visibleParameters);
    if (staffUserId)
      cases.andWhere(
        `EXISTS (SELECT 1 FROM case_advocates sa WHERE sa.organization_id = c.organization_id
           AND sa.case_id = c.id AND sa.user_id = :staffUserId)`,
        { staffUserId },
      );
    const open = `c.status IN ('OPEN', 'ACTIVE')`;
    const byStage = await cases
      .clone()
      .select('c.stage', 'code')
      .addSelect('count(*)::int', 'count')
      .andWhere(open)
      .groupBy('c.stage')
      .orderBy('c.stage')
      .getRawMany<{ code: string; count: number }>();
    const byPathway = await cases
      .clone()
      .innerJoin('proceedings', 'p', 'p.organization_id = c.organization_id AND p.case_id = c.id')
      .select('p.kind', 'code')
      .addSelect('count(*)::int', 'count')
      .andWhere(open)
      .groupBy('p.kind')
      .orderBy('p.kind')
      .getRawMany<{ code: string; count: number }>();
    // How proceedings ended: those whose last event (in the range) left them in an outcome
    // state of their kind, on the cases this reader may see.
    const outcomes = await cases
      .clone()
      .innerJoin('proceedings', 'p', 'p.organization_id = c.organization_id AND p.case_id = c.id')
      .select('p.kind', 'kind')
      .addSelect('p.state', 'state')
      .addSelect('count(*)::int', 'count')
      .andWhere(
        `EXISTS (SELECT 1 FROM jsonb_to_recordset(CAST(:outcomes AS jsonb)) AS o(kind text, state text)
           WHERE o.kind = p.kind AND o.state = p.state)`,
      )
      .andWhere(
        `(SELECT max(e.date) FROM proceeding_events e
           WHERE e.organization_id = p.organization_id AND e.proceeding_id = p.id
             AND e.superseded_at IS NULL) BETWEEN CAST(:from AS date) AND CAST(:to AS date)`,
        { from, to, outcomes: JSON.stringify(outcomePairs()) },
      )
      .groupBy('p.kind')
      .addGroupBy('p.state')
      .orderBy('p.kind')
      .addOrderBy('p.state')
      .getRawMany<{ kind: ProceedingKind; state: string; count: number }>();
    const deadlines = await cases
      .clone()
      .innerJoin('deadlines', 'd', 'd.organization_id = c.organization_id AND d.case_id = c.id')
      .select(`count(*) FILTER (WHERE d.due < CAST(:today AS date))::int`, 'overdue')
      .addSelect(
        `count(*) FILTER (WHERE d.due BETWEEN CAST(:today AS date) AND CAST(:weekEnd AS date))::int`,
        'week',
      )
      .andWhere(open)
      .andWhere(`d.status = 'computed'`)
      .setParameters({ today, weekEnd: addDays(today, 6) })
      .getRawOne<{ overdue: number; week: number }>();

    // Each staff member's open cases (those they may be shown) and the minutes of their
    // contacts in the range, in the organization's zone.
    const staff = await manager.query<
      { user_id: string; name: string; open_cases: number; minutes: number }[]
    >(
      `SELECT m.user_id, u.name,
              (SELECT count(*)::int FROM case_advocates ca
                 JOIN cases c ON c.organization_id = ca.organization_id AND c.id = ca.case_id
                WHERE ca.organization_id = m.organization_id AND ca.user_id = m.user_id
                  AND c.status IN ('OPEN', 'ACTIVE')) AS open_cases,
              (SELECT coalesce(sum(k.minutes), 0)::int FROM contacts k
                WHERE k.organization_id = m.organization_id AND k.staff_user_id = m.user_id
                  AND k.occurred_at >= (CAST($2 AS date)::timestamp AT TIME ZONE $4)
                  AND k.occurred_at < ((CAST($3 AS date) + 1)::timestamp AT TIME ZONE $4)) AS minutes
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE ($1::uuid IS NULL OR m.organization_id = $1) AND m.role IN ('ORG_ADMIN', 'ADVOCATE')
          AND ($5::uuid IS NULL OR m.user_id = $5)
        ORDER BY u.name, m.user_id`,
      [tenantScope.where(ctx).organizationId ?? null, from, to, organization.timeZone, staffUserId],
    );
    await this.audit.record(ctx, 'dashboard.read', undefined, {
      from,
      to,
      staffUserId: staffUserId ?? 'all',
    });
    return {
      from,
      to,
      staffUserId,
      contactsByMonth: months.map((r) => ({
        month: r.month,
        mode: MODES[r.letter] ?? 'meeting',
        count: r.count,
      })),
      peopleServed: {
        programYear: year,
        through: today,
        thisYear: servedNow[0]?.count ?? 0,
        lastYear: servedBefore[0]?.count ?? 0,
      },
      casesByStage: byStage,
      casesByPathway: byPathway,
      outcomesByPathway: outcomes,
      deadlinesThisWeek: deadlines?.week ?? 0,
      deadlinesOverdue: deadlines?.overdue ?? 0,
      staff: staff.map((s) => ({
        userId: s.user_id,
        name: s.name,
        openCases: s.open_cases,
        minutes: s.minutes,
      })),
    };
  }
}
