import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type Bilingual,
  programYear,
  REPORT_LINES,
  type ReportListName,
  surveyWindow,
} from '@continuum/rules';
import { subject } from '@casl/ability';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import { CommonErrors } from '../../platform/errors/domain-error';
import { OrganizationFactsReader } from '../../platform/tenancy/organization-facts';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../identity/organization.entity';
import {
  isReportListName,
  parseReportList,
  reportSettingsOf,
} from '../organizations/report-settings';
import type { SetReportListInput } from './annual-report.model';
import { AnnualReportEntity } from '../parent-center/parent-center.entities';
import { downloadFileName } from '../../platform/http/download-file-name';
import {
  annualReportCsv,
  annualReportPdf,
  annualReportWorkbook,
  type ExportLanguage,
  type SurveyPerson,
  surveyCsv,
} from './annual-report-exports';
import {
  bindReportSql,
  ROWS_SQL,
  SURVEY_SQL,
  TOTALS_SQL,
  type ReportSqlParameters,
} from './annual-report.sql';
import type { AnnualReportData, AnnualReportRow, AnnualReportTable } from './annual-report.types';

const DEMOGRAPHIC_LISTS = [
  'ageBands',
  'disabilityCategories',
  'raceEthnicity',
  'languages',
] as const;
const DECLINED_LABEL = { en: 'Prefer not to say', es: 'Prefiere no decir' };
const UNKNOWN_LABEL = { en: 'Unknown or not asked', es: 'Desconocido o no preguntado' };

/** One list as the organization uses it, with whether it saved its own version. */
export interface ReportListView {
  name: ReportListName;
  confidence: string;
  note: Bilingual;
  items: { code: string; label: Bilingual }[];
  customized: boolean;
}

function listViews(organization: Pick<OrganizationEntity, 'settings'>): ReportListView[] {
  const { lists } = reportSettingsOf(organization.settings);
  return (Object.keys(lists) as ReportListName[]).map((name) => ({
    name,
    ...lists[name],
    customized: organization.settings?.reportLists?.[name] !== undefined,
  }));
}

function requireListName(name: string): ReportListName {
  if (!isReportListName(name))
    throw CommonErrors.invalidInput(
      'name',
      'REPORT_LIST_UNKNOWN',
      'Choose one of the report lists.',
    );
  return name;
}

/** One row behind a number of the report. */
export interface AnnualReportSourceRow {
  source: 'contact' | 'communication' | 'meeting' | 'event' | 'attendance' | 'student' | 'outreach';
  sourceId: string;
  date: string | null;
  weight: number;
  personId: string | null;
  familyId: string | null;
  caseId: string | null;
  trainingId: string | null;
  name: string | null;
  trainingTitle: string | null;
}

interface Year {
  organization: OrganizationEntity;
  parameters: ReportSqlParameters;
  start: string;
  end: string;
}

/**
 * The Parent Center annual report (docs/domain.md "The annual report"): computed from the records
 * in two statements of annual-report.sql.ts, or read as frozen when the year was submitted.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organizationFacts: OrganizationFactsReader,
  ) {}

  /** The organization's lists, for any member's forms (they hold no one's data). */
  async lists(ctx: RequestContext): Promise<ReportListView[]> {
    const organization = await this.organization(ctx, 'read');
    return listViews(organization);
  }

  /**
   * Saves an org admin's version of one list, replacing its default. Records keep the codes they
   * hold: an item taken off the list leaves its records counted as "unknown or not asked".
   */
  async setList(ctx: RequestContext, input: SetReportListInput): Promise<ReportListView> {
    const organization = await this.organization(ctx, 'update');
    const name = requireListName(input.name);
    const items = parseReportList(name, input.items);
    const settings = {
      ...organization.settings,
      reportLists: { ...organization.settings?.reportLists, [name]: items },
    };
    return this.saveList(ctx, organization, settings, name, { items: items.length, reset: false });
  }

  /** Takes an organization's version of a list away: the default applies again. */
  async resetList(ctx: RequestContext, listName: string): Promise<ReportListView> {
    const organization = await this.organization(ctx, 'update');
    const name = requireListName(listName);
    const reportLists = { ...organization.settings?.reportLists };
    delete reportLists[name];
    const settings = { ...organization.settings, reportLists };
    return this.saveList(ctx, organization, settings, name, { reset: true });
  }

  private async saveList(
    ctx: RequestContext,
    organization: OrganizationEntity,
    settings: OrganizationEntity['settings'],
    name: ReportListName,
    details: Record<string, string | number | boolean>,
  ): Promise<ReportListView> {
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(OrganizationEntity, { id: organization.id }, { settings });
    this.organizationFacts.forget(ctx);
    await this.audit.record(
      ctx,
      'organization.report_list_set',
      { type: 'Organization', id: organization.id },
      { list: name, ...details },
    );
    return listViews({ ...organization, settings }).find((list) => list.name === name)!;
  }

  private async organization(
    ctx: RequestContext,
    action: 'read' | 'update',
  ): Promise<OrganizationEntity> {
    if (!ctx.organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject('Organization', { id: ctx.organizationId }),
    );
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: ctx.organizationId });
    if (!organization) throw CommonErrors.notFound('organization');
    return organization;
  }

  /** The year as submitted, or else as the records say today. */
  async report(ctx: RequestContext, year: number): Promise<AnnualReportData> {
    this.assertAllowed(ctx, 'read');
    return (await this.submitted(ctx, year)) ?? this.compute(ctx, year);
  }

  /** The year as the records say today, even after it was submitted. */
  async compute(ctx: RequestContext, year: number): Promise<AnnualReportData> {
    this.assertAllowed(ctx, 'read');
    const { organization, parameters, start, end } = await this.year(ctx, year);
    const manager = await this.unitOfWork.manager(ctx);
    const { text, parameters: values } = bindReportSql(TOTALS_SQL, parameters);
    const totals = new Map(
      (await manager.query<{ line: string; value: string }[]>(text, values)).map((r) => [
        r.line,
        Number(r.value),
      ]),
    );
    const { lists } = reportSettingsOf(organization.settings);
    const rowsOf = (prefix: string, items: { code: string; label: AnnualReportRow['label'] }[]) =>
      items.map((item) => ({ ...item, value: totals.get(`${prefix}${item.code}`) ?? 0 }));
    const demographics: AnnualReportTable[] = DEMOGRAPHIC_LISTS.map((list) => ({
      list,
      confidence: lists[list].confidence,
      rows: rowsOf(`III.${list}.`, [
        ...lists[list].items,
        { code: 'declined', label: DECLINED_LABEL },
        { code: 'unknown', label: UNKNOWN_LABEL },
      ]),
    }));
    return {
      organizationName: organization.name,
      programYear: year,
      start,
      end,
      timeZone: organization.timeZone,
      lines: REPORT_LINES.map((line) => ({ ...line, value: totals.get(line.code) ?? 0 })),
      demographics,
      outreach: rowsOf('V.', lists.outreachKinds.items),
      submitted: null,
    };
  }

  /** The rows behind one number of the live report: a line code, or `III.<list>.<code>` / `V.<kind>`. */
  async rows(
    ctx: RequestContext,
    year: number,
    line: string,
    first: number,
    offset: number,
  ): Promise<{
    total: number;
    rows: AnnualReportSourceRow[];
    formCode: string | null;
    label: Bilingual;
  }> {
    this.assertAllowed(ctx, 'read');
    const { organization, parameters } = await this.year(ctx, year);
    const words = lineWords(line, reportSettingsOf(organization.settings).lists);
    if (!words)
      throw CommonErrors.invalidInput(
        'line',
        'REPORT_LINE_UNKNOWN',
        `There is no line ${line.slice(0, 40)} in the report.`,
      );
    const manager = await this.unitOfWork.manager(ctx);
    const { text, parameters: values } = bindReportSql(ROWS_SQL, {
      ...parameters,
      line,
      limit: Math.min(Math.max(first, 1), 200),
      offset: Math.max(offset, 0),
    });
    const found = await manager.query<
      {
        source: AnnualReportSourceRow['source'];
        source_id: string;
        day: string | null;
        weight: number;
        person_id: string | null;
        family_id: string | null;
        case_id: string | null;
        training_id: string | null;
        name: string | null;
        training_title: string | null;
        total: string;
      }[]
    >(text, values);
    await this.audit.record(
      ctx,
      'annual_report.rows',
      { type: 'Organization', id: organization.id },
      { year, line, count: found.length },
    );
    return {
      ...words,
      total: found.length === 0 ? 0 : Number(found[0]!.total),
      rows: found.map((r) => ({
        source: r.source,
        sourceId: r.source_id,
        date: r.day,
        weight: Number(r.weight),
        personId: r.person_id,
        familyId: r.family_id,
        caseId: r.case_id,
        trainingId: r.training_id,
        name: r.name,
        trainingTitle: r.training_title,
      })),
    };
  }

  /** Freezes the year as it stands: later edits to its records do not reach the snapshot. */
  async submit(ctx: RequestContext, year: number): Promise<AnnualReportData> {
    this.assertAllowed(ctx, 'create');
    const { end } = await this.year(ctx, year);
    if ((await this.clock.today(ctx)) <= end)
      throw CommonErrors.invalidInput(
        'year',
        'REPORT_YEAR_NOT_ENDED',
        `The program year ${year} ends on ${end}; it can be submitted after that.`,
        { end },
      );
    const manager = await this.unitOfWork.manager(ctx);
    // One submission per year, even for two admins clicking at once.
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('annual_report:' || $1 || ':' || $2))`,
      [ctx.organizationId, year],
    );
    if (await this.submitted(ctx, year))
      throw CommonErrors.invalidInput(
        'year',
        'REPORT_ALREADY_SUBMITTED',
        `The report for ${year} was already submitted.`,
      );
    const snapshot = await this.compute(ctx, year);
    const row = {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      programYear: year,
      snapshot,
      submittedByUserId: ctx.actor!.userId,
    };
    await manager.insert(AnnualReportEntity, row);
    await this.audit.record(
      ctx,
      'annual_report.submitted',
      { type: 'Organization', id: ctx.organizationId! },
      { year, parents: snapshot.lines.find((l) => l.code === 'II.1')?.value ?? 0 },
    );
    return (await this.submitted(ctx, year))!;
  }

  /**
   * Part 2's list: parents served from April 1 to September 30 of the year who have a phone
   * number or an email, for the family survey.
   */
  async surveyList(ctx: RequestContext, year: number): Promise<SurveyPerson[]> {
    this.assertAllowed(ctx, 'read');
    const { organization, parameters } = await this.year(ctx, year);
    const window = surveyWindow(year);
    const manager = await this.unitOfWork.manager(ctx);
    const { text, parameters: values } = bindReportSql(SURVEY_SQL, {
      ...parameters,
      d0: window.start,
      d1: window.end,
    });
    const languages = reportSettingsOf(organization.settings).lists.languages.items;
    const rows = await manager.query<
      {
        name: string;
        phone: string | null;
        email: string | null;
        language: string | null;
        services: SurveyPerson['services'];
        last_served: string;
      }[]
    >(text, values);
    return rows.map((r) => ({
      name: r.name,
      phone: r.phone,
      email: r.email,
      language:
        r.language === 'declined'
          ? DECLINED_LABEL
          : (languages.find((l) => l.code === r.language)?.label ?? null),
      services: [...r.services].sort(),
      lastServed: r.last_served,
    }));
  }

  /** A download of the year: the report (CSV, Excel) or the survey list (CSV); audited. */
  async download(
    ctx: RequestContext,
    year: number,
    format: 'csv' | 'xlsx' | 'pdf' | 'survey',
    lang: ExportLanguage,
  ): Promise<{ fileName: string; contentType: string; bytes: Buffer | string }> {
    const stem = lang === 'es' ? `Informe anual ${year}` : `Annual report ${year}`;
    let file: { fileName: string; contentType: string; bytes: Buffer | string };
    if (format === 'survey') {
      const people = await this.surveyList(ctx, year);
      file = {
        fileName: downloadFileName(
          lang === 'es' ? `Lista para la encuesta ${year}` : `Survey list ${year}`,
          '.csv',
          {
            fallback: 'survey',
          },
        ),
        contentType: 'text/csv',
        bytes: surveyCsv(people, lang),
      };
    } else {
      const data = await this.report(ctx, year);
      file =
        format === 'csv'
          ? {
              fileName: downloadFileName(stem, '.csv', { fallback: 'annual-report' }),
              contentType: 'text/csv',
              bytes: annualReportCsv(data, lang),
            }
          : format === 'pdf'
            ? {
                fileName: downloadFileName(stem, '.pdf', { fallback: 'annual-report' }),
                contentType: 'application/pdf',
                bytes: await annualReportPdf(data, lang),
              }
            : {
                fileName: downloadFileName(stem, '.xlsx', { fallback: 'annual-report' }),
                contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                bytes: await annualReportWorkbook(data, lang),
              };
    }
    await this.audit.record(
      ctx,
      'annual_report.downloaded',
      { type: 'Organization', id: ctx.organizationId! },
      { year, format },
    );
    return file;
  }

  private async submitted(ctx: RequestContext, year: number): Promise<AnnualReportData | null> {
    const manager = await this.unitOfWork.manager(ctx);
    const found = await manager
      .createQueryBuilder(AnnualReportEntity, 'r')
      .leftJoin('users', 'u', 'u.id = r.submitted_by_user_id')
      .select(['r.snapshot AS snapshot', 'r.submitted_at AS at', 'u.name AS by_name'])
      .where(...tenantScope.sql(ctx, 'r'))
      .andWhere('r.programYear = :year', { year })
      .getRawOne<{ snapshot: AnnualReportData; at: Date; by_name: string | null }>();
    if (!found) return null;
    return { ...found.snapshot, submitted: { at: found.at.toISOString(), byName: found.by_name } };
  }

  private assertAllowed(ctx: RequestContext, action: 'read' | 'create'): void {
    if (!ctx.organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject('AnnualReport', { organizationId: ctx.organizationId }),
    );
  }

  private async year(ctx: RequestContext, year: number): Promise<Year> {
    if (!Number.isInteger(year) || year < 2000 || year > 2200)
      throw CommonErrors.invalidInput(
        'year',
        'REPORT_YEAR_INVALID',
        'Choose a program year between 2000 and 2200.',
      );
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: ctx.organizationId! });
    if (!organization) throw CommonErrors.notFound('organization');
    const { start, end } = programYear(year);
    return {
      organization,
      start,
      end,
      parameters: reportSqlParameters(ctx, organization, start, end),
    };
  }
}

/**
 * The report statement's parameters for any span of days (a program year, or a dashboard's
 * range): the organization's zone, counting rules and lists.
 */
export function reportSqlParameters(
  ctx: RequestContext,
  organization: OrganizationEntity,
  start: string,
  end: string,
): ReportSqlParameters {
  const { lists, rules } = reportSettingsOf(organization.settings);
  const codes = (name: ReportListName) => lists[name].items.map((i) => i.code);
  return {
    org: tenantScope.where(ctx).organizationId ?? null,
    d0: start,
    d1: end,
    tz: organization.timeZone,
    meetingsCountAsContacts: rules.meetingsCountAsContacts,
    multiSessionCountsOnce: rules.multiSessionCountsOnce,
    includeStudents: rules.unduplicatedIncludesStudents,
    ageBands: lists.ageBands.items.flatMap((i) => {
      const match = /^(\d+)-(\d+)$/.exec(i.code);
      return match ? [{ code: i.code, lo: Number(match[1]), hi: Number(match[2]) }] : [];
    }),
    disability: codes('disabilityCategories'),
    race: codes('raceEthnicity'),
    languages: codes('languages'),
  };
}

/**
 * A line's words, and its form code when it is a line of the form (Section III and V rows are
 * categories of the organization's lists); null for a line the report does not have.
 */
function lineWords(
  line: string,
  lists: ReturnType<typeof reportSettingsOf>['lists'],
): { formCode: string | null; label: Bilingual } | null {
  const fixed = REPORT_LINES.find((l) => l.code === line);
  if (fixed) return { formCode: fixed.code, label: fixed.label };
  const [section, list, code, ...rest] = line.split('.');
  if (section === 'V' && code === undefined) {
    const kind = lists.outreachKinds.items.find((i) => i.code === list);
    return kind ? { formCode: null, label: kind.label } : null;
  }
  if (
    section !== 'III' ||
    rest.length > 0 ||
    !(DEMOGRAPHIC_LISTS as readonly string[]).includes(list ?? '')
  )
    return null;
  if (code === 'declined') return { formCode: null, label: DECLINED_LABEL };
  if (code === 'unknown') return { formCode: null, label: UNKNOWN_LABEL };
  const item = lists[list as (typeof DEMOGRAPHIC_LISTS)[number]].items.find((i) => i.code === code);
  return item ? { formCode: null, label: item.label } : null;
}
