import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { OrganizationEntity } from '../src/modules/identity/organization.entity';
import { TestTime } from './support/clock';
import { Factories } from './support/factories';
import { pdfText } from './support/read-exports';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

/**
 * The annual report against a program year counted by hand (issue 15, Done when 1). Program
 * year 2026 is October 1, 2025 to September 30, 2026 in Los Angeles. Every record below is
 * written out, and every expected number says which records make it.
 */
const REPORT = `query ($year: Int!, $live: Boolean) { annualReport(year: $year, live: $live) {
  organizationName programYear start end timeZone
  lines { code section confidence value }
  demographics { list rows { code value } }
  outreach { code value }
  submitted { at byName }
} }`;
const ROWS = `query ($year: Int!, $line: String!) { annualReportRows(year: $year, line: $line, first: 100) {
  total nodes { source sourceId date weight personId familyId caseId trainingId name trainingTitle }
} }`;

interface Report {
  organizationName: string;
  programYear: number;
  start: string;
  end: string;
  timeZone: string;
  lines: { code: string; section: string; confidence: string; value: number }[];
  demographics: { list: string; rows: { code: string; value: number }[] }[];
  outreach: { code: string; value: number }[];
  submitted: { at: string; byName: string | null } | null;
}

function csvRows(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true });
  return rows;
}

/** Instant of a Los Angeles wall-clock time (PDT/PST by date, as the fixture's dates need). */
function la(local: string): Date {
  const month = Number(local.slice(5, 7));
  const day = Number(local.slice(8, 10));
  // Daylight time from the second Sunday of March to the first Sunday of November (2025-26).
  const daylight =
    (month > 3 && month < 11) || (month === 3 && day >= 8) || (month === 11 && day < 2);
  return new Date(`${local}${daylight ? '-07:00' : '-08:00'}`);
}

describe('the annual report of a hand-counted program year', () => {
  let api: TestApi;
  let factories: Factories;
  const time = new TestTime();
  let org: OrganizationEntity;
  let other: OrganizationEntity;
  let adminCookie: string;
  let advocateCookie: string;
  let parentCookie: string;
  let otherAdminCookie: string;
  const ids: Record<string, string> = {};

  async function as<T>(organization: OrganizationEntity, work: (q: Query) => Promise<T>) {
    return api.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: organization.id, role: null },
      (manager) =>
        work(async (table, row) => {
          const columns = Object.keys(row);
          await manager.query(
            `INSERT INTO ${table} (organization_id, ${columns.join(', ')}) VALUES ($1, ${columns
              .map((_, i) => `$${i + 2}`)
              .join(', ')})`,
            [organization.id, ...columns.map((c) => row[c])],
          );
        }),
    );
  }
  type Query = (table: string, row: Record<string, unknown>) => Promise<void>;

  async function graphql<T>(cookie: string, query: string, variables: Record<string, unknown>) {
    return api.graphql<T>(query, variables, { cookie });
  }
  async function report(year = 2026, live = false, cookie = adminCookie): Promise<Report> {
    const result = await graphql<{ annualReport: Report }>(cookie, REPORT, { year, live });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.annualReport;
  }
  const value = (r: Report, code: string) => r.lines.find((l) => l.code === code)!.value;

  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' }, undefined, { time });
    factories = new Factories(api.unitOfWork);
    await resetDatabase();
    org = await factories.organization({
      name: 'Valley Parent Center',
      timeZone: 'America/Los_Angeles',
    });
    other = await factories.organization({ name: 'Other Parent Center' });
    const admin = await factories.member(org, 'ORG_ADMIN', { name: 'Ada Admin' });
    const advocate = await factories.member(org, 'ADVOCATE', { name: 'Avi Advocate' });
    const parent = await factories.member(org, 'PARENT', { name: 'Pia Parent' });
    const otherAdmin = await factories.member(other, 'ORG_ADMIN', { name: 'Olga Other' });
    adminCookie = await signIn(api, admin.email, admin.password);
    advocateCookie = await signIn(api, advocate.email, advocate.password);
    parentCookie = await signIn(api, parent.email, parent.password);
    otherAdminCookie = await signIn(api, otherAdmin.email, otherAdmin.password);

    // Three families. Lopez has two parents on record; Smith has none (the family counts as
    // one parent); Nguyen has one.
    const lopez = await factories.newFamily(org, {
      name: 'Lopez',
      primaryLanguage: 'es',
      student: {
        name: 'Ana Lopez',
        dateOfBirth: '2016-05-01', // 10 on September 30, 2026
        disabilityCategories: ['autism', 'speech_language_impairment'],
        raceCategories: ['hispanic_latino'],
      },
    });
    const smith = await factories.newFamily(org, {
      name: 'Smith',
      primaryLanguage: 'en',
      student: {
        name: 'Ben Smith',
        dateOfBirth: '2021-01-10', // 5
        disabilityCategories: ['declined'],
        raceCategories: ['white', 'asian'],
      },
    });
    const nguyen = await factories.newFamily(org, {
      name: 'Nguyen',
      student: {
        name: 'Cam Nguyen',
        dateOfBirth: null,
        disabilityCategories: [],
        raceCategories: null,
      },
    });
    const caseLopez = await factories.newCase(org, {
      studentId: lopez.student.id,
      status: 'ACTIVE',
    });
    const caseSmith = await factories.newCase(org, {
      studentId: smith.student.id,
      status: 'RESOLVED',
    });
    const caseNguyen = await factories.newCase(org, {
      studentId: nguyen.student.id,
      status: 'ACTIVE',
    });
    // Another organization's activity in the same year, which must never be counted.
    const otherFamily = await factories.newFamily(other, { name: 'Elsewhere' });

    await as(org, async (insert) => {
      const person = async (
        key: string,
        name: string,
        role: string,
        extra: Record<string, unknown> = {},
      ) => {
        ids[key] = randomUUID();
        await insert('people', { id: ids[key], name, role, ...extra });
      };
      await person('maria', 'Maria Lopez', 'parent', {
        family_id: lopez.family.id,
        primary_language: 'es',
        phone: '555-0101',
      });
      await person('jose', 'Jose Lopez', 'parent', {
        family_id: lopez.family.id,
        primary_language: 'declined',
      });
      await person('linh', 'Linh Nguyen', 'parent', {
        family_id: nguyen.family.id,
        primary_language: 'en',
        email: 'linh@example.org',
      });
      await person('pat', 'Pat Teacher', 'professional');
      await person('sam', 'Sam Student', 'student');
      await person('quinn', 'Quinn Caller', 'parent', { phone: '555-0199' });
      await person('ray', 'Ray Remote', 'parent', { primary_language: 'es' });

      const contact = async (
        key: string,
        who: string,
        role: string,
        mode: string,
        at: Date,
        delivery: string | null = null,
      ) => {
        ids[key] = randomUUID();
        await insert('contacts', {
          id: ids[key],
          person_id: ids[who],
          role,
          mode,
          delivery,
          occurred_at: at,
          staff_user_id: advocate.user.id,
        });
      };
      await contact('c1', 'maria', 'parent', 'phone', la('2025-10-15T10:00:00')); // I.B1a
      await contact('c2', 'maria', 'parent', 'electronic', la('2026-01-10T09:00:00')); // I.B1c
      await contact('c3', 'pat', 'professional', 'phone', la('2026-02-01T11:00:00')); // I.B2a
      await contact('c4', 'pat', 'professional', 'letter', la('2026-02-02T11:00:00')); // I.B2b
      await contact('c5', 'sam', 'student', 'meeting', la('2026-03-03T15:00:00'), 'virtual'); // I.B3d
      await contact('c6', 'quinn', 'parent', 'letter', la('2026-09-30T23:00:00')); // I.B1b: the year's last hour
      await contact('c7', 'quinn', 'parent', 'phone', la('2026-10-01T00:30:00')); // next year
      await contact('c8', 'linh', 'parent', 'phone', la('2025-09-30T23:30:00')); // last year
      await contact('c9', 'linh', 'professional', 'electronic', la('2026-04-04T10:00:00')); // I.B2c: a parent acting as a professional

      const communication = async (
        key: string,
        caseId: string,
        mode: string,
        on: string,
        personId: string | null = null,
      ) => {
        ids[key] = randomUUID();
        await insert('case_communications', {
          id: ids[key],
          case_id: caseId,
          occurred_on: on,
          mode,
          summary: 'Call',
          person_id: personId,
          created_by_user_id: advocate.user.id,
        });
      };
      await communication('cc1', caseSmith.id, 'phone', '2026-05-05'); // I.B1a, serves the Smith family
      await communication('cc2', caseLopez.id, 'email_or_text', '2026-06-06'); // I.B1c once, serves Maria and Jose
      await communication('cc3', caseLopez.id, 'in_person_meeting', '2026-06-07', ids.maria); // I.B1d, Maria
      await communication('cc4', caseNguyen.id, 'letter', '2025-09-20'); // last year

      const meeting = async (
        key: string,
        caseId: string,
        kind: string,
        on: string,
        staff: string[],
      ) => {
        ids[key] = randomUUID();
        await insert('case_meetings', {
          id: ids[key],
          case_id: caseId,
          held_on: on,
          kind,
          staff_user_ids: staff,
        });
      };
      await meeting('m1', caseLopez.id, 'iep', '2026-04-10', [advocate.user.id]); // IV.A1; I.B1d ×2
      await meeting('m2', caseNguyen.id, 'facilitation', '2026-05-15', [admin.user.id]); // IV.A2; I.B1d ×1
      await meeting('m3', caseSmith.id, 'hearing', '2026-07-01', [advocate.user.id]); // IV.A3; I.B1d ×1 (family)
      await meeting('m4', caseLopez.id, 'mediation', '2026-08-01', []); // no staff: not counted
      await meeting('m5', caseLopez.id, 'other', '2026-08-02', [admin.user.id]); // 'other': not counted
      await meeting('m6', caseNguyen.id, 'resolution', '2026-03-20', [advocate.user.id]); // IV.A5; I.B1d ×1

      const proceeding = async (key: string, caseId: string, kind: string) => {
        ids[key] = randomUUID();
        await insert('proceedings', {
          id: ids[key],
          case_id: caseId,
          kind,
          state: 'CA',
          filed_by: 'parent',
        });
      };
      const event = async (
        key: string,
        proceedingKey: string,
        type: string,
        on: string,
        by: string,
        superseded = false,
      ) => {
        ids[key] = randomUUID();
        await insert('proceeding_events', {
          id: ids[key],
          proceeding_id: ids[proceedingKey],
          type,
          date: on,
          recorded_by_user_id: by,
          superseded_at: superseded ? new Date() : null,
        });
      };
      await proceeding('p1', caseLopez.id, 'mediation');
      await event('e1', 'p1', 'session_held', '2026-08-01', advocate.user.id); // IV.A4 (m4 had no staff); I.B1d ×2
      await event('e2', 'p1', 'agreement_signed', '2026-08-15', advocate.user.id); // ADR: Maria, Jose
      await proceeding('p2', caseSmith.id, 'facilitation');
      await event('e3', 'p2', 'held', '2026-05-20', admin.user.id); // IV.A2; I.B1d ×1; ADR: Smith (case resolved)
      await proceeding('p3', caseNguyen.id, 'due_process');
      await event('e4', 'p3', 'resolution_meeting_held', '2026-03-20', advocate.user.id); // m6 already counts it
      await event('e5', 'p3', 'settlement_signed', '2026-03-25', advocate.user.id, true); // superseded: no ADR
      await event('e6', 'p3', 'session_held', '2026-03-26', parent.user.id); // not a mediation event, and a parent

      const training = async (
        key: string,
        title: string,
        delivery: string,
        funded: boolean,
        sessions: string[],
      ) => {
        ids[key] = randomUUID();
        await insert('trainings', { id: ids[key], title, delivery, funded });
        for (const at of sessions)
          await insert('training_sessions', {
            id: randomUUID(),
            training_id: ids[key],
            starts_at: la(at),
            minutes: 90,
          });
      };
      const attend = async (
        trainingKey: string,
        who: string | null,
        role: string,
        headcount = 1,
      ) => {
        await insert('training_attendance', {
          id: randomUUID(),
          training_id: ids[trainingKey],
          person_id: who ? ids[who] : null,
          role,
          headcount,
          source: who ? 'sign_in_sheet' : 'count',
        });
      };
      await training('t1', 'IEP basics', 'in_person', true, ['2026-01-20T18:00:00']);
      await attend('t1', 'maria', 'parent'); // I.A1
      await attend('t1', 'ray', 'parent'); // I.A1
      await attend('t1', null, 'parent', 10); // I.A1 +10, not in II
      await attend('t1', 'pat', 'professional'); // I.A3
      await training('t2', 'Transition series', 'virtual', true, [
        '2026-02-05T18:00:00',
        '2026-02-12T18:00:00',
        '2026-02-19T18:00:00',
      ]);
      await attend('t2', 'ray', 'parent'); // I.A2, once for three sessions
      await attend('t2', 'sam', 'student'); // I.A6
      await attend('t2', null, 'professional', 4); // I.A4
      await training('t3', 'Unfunded fair', 'in_person', false, ['2026-03-01T10:00:00']);
      await attend('t3', 'quinn', 'parent'); // not funded: not counted
      await training('t4', 'Late series', 'in_person', true, [
        '2025-09-25T18:00:00',
        '2025-10-05T18:00:00',
      ]);
      await attend('t4', 'linh', 'parent'); // first session last year: not counted

      const outreach = async (kind: string, on: string, count: number) =>
        insert('outreach_activities', { id: randomUUID(), kind, occurred_on: on, count });
      await outreach('newsletter', '2026-03-01', 500);
      await outreach('newsletter', '2026-06-01', 250);
      await outreach('website', '2025-11-11', 1200);
      await outreach('exhibit', '2026-10-02', 3); // next year
    });
    await as(other, async (insert) => {
      const id = randomUUID();
      await insert('people', {
        id,
        name: 'Otto Elsewhere',
        role: 'parent',
        family_id: otherFamily.family.id,
      });
      await insert('contacts', {
        id: randomUUID(),
        person_id: id,
        role: 'parent',
        mode: 'phone',
        occurred_at: la('2026-02-01T10:00:00'),
      });
      await insert('outreach_activities', {
        id: randomUUID(),
        kind: 'newsletter',
        occurred_on: '2026-03-01',
        count: 99,
      });
    });
  }, 60_000);
  afterAll(() => api.close());

  it('produces exactly the hand-counted numbers', async () => {
    const r = await report();
    expect(r).toMatchObject({
      organizationName: 'Valley Parent Center',
      programYear: 2026,
      start: '2025-10-01',
      end: '2026-09-30',
      timeZone: 'America/Los_Angeles',
      submitted: null,
    });
    const lines = Object.fromEntries(r.lines.map((l) => [l.code, l.value]));
    expect(lines).toEqual({
      'I.A1': 12, // t1: Maria, Ray, and 10 counted
      'I.A2': 1, // t2: Ray, once for the three sessions
      'I.A3': 1, // t1: Pat
      'I.A4': 4, // t2: 4 counted
      'I.A5': 0,
      'I.A6': 1, // t2: Sam
      'I.B1a': 2, // c1, cc1
      'I.B1b': 1, // c6 (September 30, 23:00)
      'I.B1c': 2, // c2, cc2 (once, though it served two parents)
      'I.B1d': 9, // cc3; m1 ×2 (Maria, Jose); m2 (Linh); m3 (Smith); m6 (Linh); e1 ×2; e3 (Smith)
      'I.B2a': 1, // c3
      'I.B2b': 1, // c4
      'I.B2c': 1, // c9, Linh acting as a professional
      'I.B2d': 0,
      'I.B3a': 0,
      'I.B3b': 0,
      'I.B3c': 0,
      'I.B3d': 1, // c5
      'II.1': 6, // Maria (contact, meeting and training), Jose, the Smith family, Linh, Quinn, Ray
      'IV.A1': 1, // m1
      'IV.A2': 2, // m2, e3
      'IV.A3': 1, // m3
      'IV.A4': 1, // e1
      'IV.A5': 1, // m6 (e4 is the same meeting)
      ADR: 3, // Maria and Jose (e2), the Smith family (e3, case resolved)
    });
    const table = (list: string) =>
      Object.fromEntries(
        r.demographics
          .find((d) => d.list === list)!
          .rows.filter((x) => x.value > 0)
          .map((x) => [x.code, x.value]),
      );
    // The children of the families served: Ana, Ben, Cam.
    expect(table('ageBands')).toEqual({ '10-13': 1, '3-5': 1, unknown: 1 });
    expect(table('disabilityCategories')).toEqual({
      autism: 1,
      speech_language_impairment: 1,
      declined: 1,
      unknown: 1,
    });
    expect(table('raceEthnicity')).toEqual({ hispanic_latino: 1, two_or_more: 1, unknown: 1 });
    // The six parents: Maria es, Jose declined, Smith family en, Linh en, Quinn unknown, Ray es.
    expect(table('languages')).toEqual({ en: 2, es: 2, declined: 1, unknown: 1 });
    expect(
      Object.fromEntries(r.outreach.filter((o) => o.value > 0).map((o) => [o.code, o.value])),
    ).toEqual({
      newsletter: 750,
      website: 1200,
    });
  });

  it('shows the rows behind every number, adding up to it', async () => {
    const r = await report();
    const codes = [
      ...r.lines.map((l) => [l.code, l.value] as const),
      ...r.demographics.flatMap((d) =>
        d.rows.map((x) => [`III.${d.list}.${x.code}`, x.value] as const),
      ),
      ...r.outreach.map((o) => [`V.${o.code}`, o.value] as const),
    ];
    for (const [line, expected] of codes) {
      const result = await graphql<{
        annualReportRows: { total: number; nodes: { weight: number }[] };
      }>(adminCookie, ROWS, { year: 2026, line });
      if (result.errors) throw new Error(`${line}: ${JSON.stringify(result.errors)}`);
      const rows = result.data!.annualReportRows;
      expect([line, rows.nodes.reduce((sum, n) => sum + n.weight, 0)]).toEqual([line, expected]);
      expect(rows.total).toBe(rows.nodes.length);
    }
    const parents = await graphql<{ annualReportRows: { nodes: { name: string }[] } }>(
      adminCookie,
      ROWS,
      {
        year: 2026,
        line: 'II.1',
      },
    );
    expect(parents.data!.annualReportRows.nodes.map((n) => n.name).sort()).toEqual([
      'Jose Lopez',
      'Linh Nguyen',
      'Maria Lopez',
      'Quinn Caller',
      'Ray Remote',
      'Smith',
    ]);
    const unknownLine = await graphql(adminCookie, ROWS, { year: 2026, line: 'I.Z9' });
    expect(unknownLine.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'REPORT_LINE_UNKNOWN',
      field: 'line',
    });
  });

  it('counts once per session when the organization says so', async () => {
    await asSuperuser((c) =>
      c.query(
        `UPDATE organizations SET settings = settings || '{"reportRules":{"multiSessionCountsOnce":false}}' WHERE id = $1`,
        [org.id],
      ),
    );
    try {
      const r = await report();
      expect([value(r, 'I.A2'), value(r, 'I.A4'), value(r, 'I.A6'), value(r, 'I.A1')]).toEqual([
        3, 12, 3, 12,
      ]);
    } finally {
      await asSuperuser((c) =>
        c.query(`UPDATE organizations SET settings = settings - 'reportRules' WHERE id = $1`, [
          org.id,
        ]),
      );
    }
  });

  it('is for org admins of the organization only', async () => {
    for (const cookie of [advocateCookie, parentCookie]) {
      const denied = await graphql(cookie, REPORT, { year: 2026 });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const rows = await graphql(cookie, ROWS, { year: 2026, line: 'II.1' });
      expect(rows.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The other organization's admin sees only its own year: one parent, one call, 99 newsletters.
    const theirs = await report(2026, false, otherAdminCookie);
    expect(value(theirs, 'II.1')).toBe(1);
    expect(value(theirs, 'I.B1a')).toBe(1);
    expect(theirs.outreach.find((o) => o.code === 'newsletter')!.value).toBe(99);
    const rows = await graphql<{ annualReportRows: { nodes: { name: string }[] } }>(
      otherAdminCookie,
      ROWS,
      {
        year: 2026,
        line: 'II.1',
      },
    );
    expect(rows.data!.annualReportRows.nodes.map((n) => n.name)).toEqual(['Otto Elsewhere']);
  });

  async function download(path: string, cookie = adminCookie) {
    return fetch(`${api.baseUrl}/annual-report/${path}`, { headers: { cookie } });
  }

  it('exports a workbook laid out like the form that, read back, holds the numbers of the page', async () => {
    const page = await report();
    const response = await download('2026/xlsx?lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toContain('Annual report 2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Part 1')!;
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows[1]).toEqual(['Organization', 'Valley Parent Center']);
    const cellOf = (code: string): ExcelJS.CellValue => {
      const grid = /^(I\.B\d)([a-d])$/.exec(code);
      if (grid) return rows.find((r) => r[0] === grid[1])![2 + 'abcd'.indexOf(grid[2]!)];
      return rows.find((r) => r[0] === code)![2];
    };
    for (const line of page.lines)
      expect([line.code, cellOf(line.code)]).toEqual([line.code, line.value]);
    // Section III and V by their words, each number a number.
    expect(rows).toContainEqual(['', 'Autism', 1]);
    expect(rows).toContainEqual(['', 'Newsletters and mass emails', 750]);
    expect(rows).toContainEqual(['', 'Website visits', 1200]);
    const notes = workbook.getWorksheet('Notes')!;
    expect(notes.getColumn(1).values).toContain('IV.A4');

    const spanish = await download('2026/xlsx?lang=es');
    const libro = new ExcelJS.Workbook();
    await libro.xlsx.load(await spanish.arrayBuffer());
    expect(libro.getWorksheet('Parte 1')!.getCell('A2').value).toBe('Organización');

    const pdf = await download('2026/pdf?lang=es');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Valley Parent Center');
    expect(text).toContain(
      'II.1 Número no duplicado de padres atendidos por asistencia individual, apoyo en reuniones y capacitaciones: 6',
    );

    const csv = csvRows(await (await download('2026/csv')).text());
    expect(csv[0]).toEqual(['Section', 'Form line', 'What it counts', 'Number', 'Confirmed?']);
    expect(csv.find((r) => r[1] === 'II.1')?.[3]).toBe('6');
  });

  it('lists for the family survey only parents served April 1 to September 30 with a phone or email', async () => {
    const response = await download('2026/survey');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = csvRows(await response.text());
    expect(rows).toEqual([
      [
        'First name',
        'Last name',
        'Phone',
        'Email',
        'Primary language',
        'Services received',
        'Date of last service',
      ],
      // Linh: the facilitated meeting of May 15 (her March meeting is outside the window).
      ['Linh', 'Nguyen', '', 'linh@example.org', 'English', 'Support at a meeting', '2026-05-15'],
      // Maria: case communications in June, the mediation session of August 1.
      [
        'Maria',
        'Lopez',
        '555-0101',
        '',
        'Spanish',
        'Individual assistance; Support at a meeting',
        '2026-08-01',
      ],
      // Quinn: the letter of September 30 at 23:00 in Los Angeles.
      ['Quinn', 'Caller', '555-0199', '', '', 'Individual assistance', '2026-09-30'],
    ]);
    // Jose and the Smith family have no phone or email; Ray trained in the winter.
    const spanish = csvRows(await (await download('2026/survey?lang=es')).text());
    expect(spanish[0]![0]).toBe('Nombre');
    for (const cookie of [advocateCookie, parentCookie])
      expect((await download('2026/survey', cookie)).status).toBe(403);
    expect((await download('2026/survey', '')).status).toBe(401);
    const theirs = csvRows(await (await download('2026/survey', otherAdminCookie)).text());
    expect(theirs).toHaveLength(1);
  });

  it('freezes a submitted year: a later edit changes the live numbers, never the submitted ones', async () => {
    time.pin('2026-09-30T12:00:00-07:00');
    const early = await graphql(
      adminCookie,
      'mutation { submitAnnualReport(year: 2026) { programYear } }',
      {},
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      key: 'REPORT_YEAR_NOT_ENDED',
      field: 'year',
    });

    time.pin('2026-10-05T12:00:00-07:00');
    const submitted = await graphql<{ submitAnnualReport: Report }>(
      adminCookie,
      `
        mutation {
          submitAnnualReport(year: 2026) {
            lines {
              code
              value
            }
            submitted {
              at
              byName
            }
          }
        }
      `,
      {},
    );
    if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
    expect(submitted.data!.submitAnnualReport.submitted).toMatchObject({ byName: 'Ada Admin' });
    const again = await graphql(
      adminCookie,
      'mutation { submitAnnualReport(year: 2026) { programYear } }',
      {},
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ key: 'REPORT_ALREADY_SUBMITTED' });

    // Maria's first call is corrected to a letter, as staff do: through the API, audited.
    const edit = await graphql<{ updateContact: { mode: string } }>(
      adminCookie,
      'mutation ($id: ID!) { updateContact(input: { id: $id, mode: letter }) { mode } }',
      { id: ids.c1 },
    );
    expect(edit.data?.updateContact.mode).toBe('letter');
    const edited = await asSuperuser((c) =>
      c.query<{ details: Record<string, unknown> }>(
        `SELECT details FROM audit_events WHERE action = 'contact.update' AND subject_id = $1`,
        [ids.c1],
      ),
    );
    expect(edited.rows.map((r) => [r.details['mode.from'], r.details['mode.to']])).toEqual([
      ['phone', 'letter'],
    ]);
    const frozen = await report();
    const live = await report(2026, true);
    expect([value(frozen, 'I.B1a'), value(frozen, 'I.B1b')]).toEqual([2, 1]);
    expect([value(live, 'I.B1a'), value(live, 'I.B1b')]).toEqual([1, 2]);
    expect(frozen.submitted?.byName).toBe('Ada Admin');

    // The application cannot rewrite or remove a submitted report, whatever a bug might try.
    for (const statement of [
      `UPDATE annual_reports SET snapshot = '{}'`,
      `DELETE FROM annual_reports`,
    ]) {
      await expect(
        api.unitOfWork.run(
          { userId: '', sessionId: null, organizationId: org.id, role: null },
          (manager) => manager.query(statement),
        ),
      ).rejects.toThrow(/permission denied/);
    }
    const audit = await asSuperuser((c) =>
      c.query<{ action: string; details: { year: number; parents: number } }>(
        `SELECT action, details FROM audit_events WHERE organization_id = $1 AND action = 'annual_report.submitted'`,
        [org.id],
      ),
    );
    expect(audit.rows.map(({ details: { year, parents } }) => ({ year, parents }))).toEqual([
      { year: 2026, parents: 6 },
    ]);
    time.release();
  });
});
