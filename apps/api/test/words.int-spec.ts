import { randomUUID } from 'node:crypto';
import { renderRulesMessage, type RulesMessage } from '@continuum/rules';
import { backfillTimelineDetails } from '../src/migrations/1764420000000-words';
import { ERROR_KEYS } from '../src/platform/errors/error-keys';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

const OPEN = `mutation ($input: OpenProceedingInput!) { openProceeding(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordProceedingEventInput!) { recordProceedingEvent(input: $input) { id } }`;
const CORRECT = `mutation ($input: CorrectProceedingEventInput!) { correctProceedingEvent(input: $input) { id } }`;
const WORDS = `query ($id: ID!, $lang: Language!) { case(caseId: $id) {
  proceedings {
    eventTypes { type label(lang: $lang) }
    events { id type label(lang: $lang) }
    deadlines { ruleId title(lang: $lang) note(lang: $lang) { text lang } }
  }
  timeline { kind params(lang: $lang) { name value label } }
} }`;

interface Words {
  case: {
    proceedings: {
      eventTypes: { type: string; label: string }[];
      events: { id: string; type: string; label: string }[];
      deadlines: { ruleId: string; title: string; note: { text: string; lang: string } }[];
    }[];
    timeline: { kind: string; params: { name: string; value: string; label: string | null }[] }[];
  };
}

const CODE = /\b[a-z]+_[a-z_]+\b/;

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

describe('words a person can read (issue #12)', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function dueProcessCase() {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, {
      parents: [parent.user],
      primaryLanguage: 'es',
    });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const cookies = {
      advocate: await signIn(api, advocate.email, advocate.password),
      parent: await signIn(api, parent.email, parent.password),
    };
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      OPEN,
      { input: { caseId: caseRow.id, kind: 'due_process' } },
      { cookie: cookies.advocate },
    );
    const proceedingId = opened.data!.openProceeding.id;
    return { organization, caseRow, cookies, proceedingId };
  }

  async function words(caseId: string, lang: 'EN' | 'ES', cookie: string) {
    const result = await api.graphql<Words>(WORDS, { id: caseId, lang }, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.case;
  }

  it('deadlines, events and event choices come in the reader’s language, and each deadline keeps its message', async () => {
    const { organization, caseRow, cookies, proceedingId } = await dueProcessCase();
    const recorded = await api.graphql(
      RECORD,
      { input: { proceedingId, type: 'complaint_received', date: daysAgo(3) } },
      { cookie: cookies.advocate },
    );
    expect(recorded.errors).toBeUndefined();

    const es = (await words(caseRow.id, 'ES', cookies.parent)).proceedings[0]!;
    const en = (await words(caseRow.id, 'EN', cookies.parent)).proceedings[0]!;
    expect(es.events.map((e) => e.label)).toEqual(['Queja recibida']);
    expect(en.events.map((e) => e.label)).toEqual(['Complaint received']);
    expect(es.eventTypes.find((t) => t.type === 'resolution_waived')?.label).toBe(
      'Se renunció por escrito a la reunión de resolución',
    );
    expect(es.deadlines.find((d) => d.ruleId === 'resolution_period_end')?.title).toBe(
      'Fin del período de resolución',
    );
    expect(en.deadlines.find((d) => d.ruleId === 'lea_response')?.title).toBe(
      'District’s response to the complaint',
    );
    // No label, title or note is ever an internal code.
    for (const text of [
      ...es.events.map((e) => e.label),
      ...es.eventTypes.map((t) => t.label),
      ...es.deadlines.flatMap((d) => [d.title, d.note.text]),
      ...en.deadlines.flatMap((d) => [d.title, d.note.text]),
    ])
      expect(text).not.toMatch(CODE);
    // An English note is said to be English; a Spanish one, Spanish.
    for (const d of en.deadlines) expect(d.note.lang).toBe('EN');
    for (const d of es.deadlines) {
      const english = en.deadlines.find((e) => e.ruleId === d.ruleId)!.note.text;
      expect(d.note.lang === 'EN' ? d.note.text : english).toBe(english);
    }

    // The stored message is the note: the catalog writes it in English exactly as the note.
    const stored = await asSuperuser((c) =>
      c.query<{ note: string; message: RulesMessage }>(
        `SELECT note, message FROM deadlines WHERE organization_id = $1`,
        [organization.id],
      ),
    );
    expect(stored.rows.length).toBe(es.deadlines.length);
    for (const row of stored.rows) expect(renderRulesMessage(row.message, 'en')).toBe(row.note);
  });

  it('a deadline stored before messages existed shows its English note, marked English, with no event id in it', async () => {
    const { organization, caseRow, cookies, proceedingId } = await dueProcessCase();
    await api.graphql(
      RECORD,
      { input: { proceedingId, type: 'complaint_received', date: daysAgo(3) } },
      { cookie: cookies.advocate },
    );
    // As a deadline of an older release: no message, a note naming an event by its id.
    await asSuperuser((c) =>
      c.query(
        `UPDATE deadlines SET message = NULL,
           note = 'counted here from the day it was sent (record complaint_received when known)'
         WHERE organization_id = $1 AND rule_id = 'resolution_meeting'`,
        [organization.id],
      ),
    );
    for (const lang of ['EN', 'ES'] as const) {
      const deadline = (
        await words(caseRow.id, lang, cookies.parent)
      ).proceedings[0]!.deadlines.find((d) => d.ruleId === 'resolution_meeting')!;
      expect(deadline.note).toEqual({
        text: 'counted here from the day it was sent (record “Complaint received” when known)',
        lang: 'EN',
      });
    }
  });

  it('timeline entries carry their values, with words for the rules’ ids in the reader’s language', async () => {
    const { caseRow, cookies, proceedingId } = await dueProcessCase();
    const date = daysAgo(3);
    await api.graphql(
      RECORD,
      { input: { proceedingId, type: 'complaint_filed', date } },
      { cookie: cookies.advocate },
    );
    const view = await words(caseRow.id, 'ES', cookies.advocate);
    const wrong = view.proceedings[0]!.events[0]!;
    const corrected = await api.graphql(
      CORRECT,
      {
        input: {
          eventId: wrong.id,
          type: 'complaint_received',
          date,
          reason: 'Fue la fecha de recibo',
        },
      },
      { cookie: cookies.advocate },
    );
    expect(corrected.errors).toBeUndefined();

    const timeline = (await words(caseRow.id, 'ES', cookies.parent)).timeline;
    const params = (kind: string) =>
      Object.fromEntries(
        timeline.find((t) => t.kind === kind)!.params.map((p) => [p.name, p.label ?? p.value]),
      );
    expect(params('proceeding_opened')).toMatchObject({ kind: 'Queja de debido proceso' });
    expect(params('event_recorded')).toMatchObject({
      kind: 'Queja de debido proceso',
      type: 'Se presentó la queja',
      date,
    });
    expect(params('event_corrected')).toMatchObject({
      fromType: 'Se presentó la queja',
      fromDate: date,
      type: 'Queja recibida',
      date,
      reason: 'Fue la fecha de recibo',
    });
  });

  it('the migration fills in the values of timeline entries written before they were stored', async () => {
    const { organization, caseRow, cookies } = await dueProcessCase();
    const legacy: [string, string, boolean][] = [
      ['event_recorded', 'due_process: complaint_received on 2026-03-02.', false],
      [
        'event_corrected',
        'due_process: complaint_filed on 2026-03-01 corrected to complaint_received on 2026-03-02 (wrong day).',
        false,
      ],
      ['service_added', 'Required service added: Speech, group, 60 minutes a week.', false],
      ['service_session_logged', 'Speech: 30 minutes missed on 2026-03-04.', false],
      ['meeting_deleted', 'The iep meeting of 2026-02-20 was removed from the log.', false],
      ['document_version_added', 'Version 2 of “IEP 2026” was uploaded.', false],
      ['note_added', 'A note was shared with the family.', false],
      ['task_added', 'Task added: Call the school.', true],
      ['letter_finalized', 'The letter "Request for records" was marked final.', false],
    ];
    await asSuperuser(async (c) => {
      for (const [kind, summary, internal] of legacy)
        await c.query(
          `INSERT INTO case_timeline_entries (organization_id, id, case_id, kind, summary, internal, details)
           VALUES ($1, $2, $3, $4, $5, $6, '{}')`,
          [organization.id, randomUUID(), caseRow.id, kind, summary, internal],
        );
      await backfillTimelineDetails((sql, params) => c.query(sql, params));
    });

    const details = await asSuperuser((c) =>
      c.query<{ kind: string; details: Record<string, unknown> }>(
        `SELECT kind, details FROM case_timeline_entries WHERE case_id = $1`,
        [caseRow.id],
      ),
    );
    const of = (kind: string) => details.rows.find((r) => r.kind === kind)!.details;
    expect(of('event_recorded')).toEqual({
      kind: 'due_process',
      type: 'complaint_received',
      date: '2026-03-02',
    });
    expect(of('event_corrected')).toEqual({
      kind: 'due_process',
      fromType: 'complaint_filed',
      fromDate: '2026-03-01',
      type: 'complaint_received',
      date: '2026-03-02',
      reason: 'wrong day',
    });
    expect(of('service_added')).toEqual({
      service: 'Speech, group',
      minutes: 60,
      frequency: 'WEEKLY',
    });
    expect(of('service_session_logged')).toEqual({
      service: 'Speech',
      minutes: 30,
      status: 'MISSED',
      date: '2026-03-04',
    });
    expect(of('meeting_deleted')).toEqual({ kind: 'iep', heldOn: '2026-02-20' });
    expect(of('document_version_added')).toEqual({ version: 2, title: 'IEP 2026' });
    expect(of('note_added')).toEqual({ visibility: 'SHARED' });
    expect(of('task_added')).toEqual({ title: 'Call the school' });
    // A summary that does not match its writer's pattern is left as it was.
    expect(of('letter_finalized')).toEqual({});
    // Values an entry already stored win over what its summary says.
    const opened = of('proceeding_opened');
    expect(opened).toMatchObject({ kind: 'due_process' });

    const timeline = (await words(caseRow.id, 'ES', cookies.parent)).timeline;
    const recorded = timeline.find((t) => t.kind === 'event_recorded')!;
    expect(recorded.params.find((p) => p.name === 'type')?.label).toBe('Queja recibida');
  });

  it('errors carry a stable key, parameters and the field, and the schema lists every key', async () => {
    const { cookies, proceedingId } = await dueProcessCase();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const future = await api.graphql(
      RECORD,
      { input: { proceedingId, type: 'complaint_filed', date: tomorrow } },
      { cookie: cookies.advocate },
    );
    expect(future.errors?.[0]?.extensions).toEqual({
      code: 'DATE_IN_FUTURE',
      key: 'EVENT_DATE_IN_FUTURE',
      params: {},
      field: 'date',
    });
    expect(future.errors?.[0]?.message).toMatch(/future date/);

    const days = await api.graphql(
      `mutation ($input: RecordProceedingEventInput!) { recordProceedingEvent(input: $input) { id } }`,
      { input: { proceedingId, type: 'complaint_filed', date: daysAgo(1), schoolDays: 900 } },
      { cookie: cookies.advocate },
    );
    expect(days.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'SCHOOL_DAYS_INVALID',
      params: { min: 1, max: 365 },
      field: 'schoolDays',
    });

    // Input the rules package refuses gets a key for the reason, on the field it names.
    const year = new Date().getUTCFullYear();
    const calendar = await api.graphql(
      `mutation ($input: SaveDistrictCalendarInput!) { saveDistrictCalendar(input: $input) { id } }`,
      {
        input: {
          state: 'CA',
          district: 'Oakland Unified',
          firstDay: `${year}-08-20`,
          // Not ISO-shaped: an impossible ISO date is refused before the rules see it.
          lastDay: `${year}-2-28`,
          nonSchoolDays: [],
        },
      },
      { cookie: cookies.advocate },
    );
    expect(calendar.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'RULES_DATE_INVALID',
      field: 'lastDay',
    });

    const schema = await api.graphql<{ __type: { enumValues: { name: string }[] } }>(
      '{ __type(name: "ErrorKey") { enumValues { name } } }',
    );
    expect(schema.data!.__type.enumValues.map((v) => v.name).sort()).toEqual(
      [...ERROR_KEYS].sort(),
    );
  });
});
