import { RULES_DATA_VERSION } from '@continuum/rules';
import { DeadlineRecomputeService } from '../src/modules/proceedings/deadline-recompute.service';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { TestTime } from './support/clock';
import { Factories } from './support/factories';

interface StoredDeadline {
  rule_id: string;
  due: string | null;
  status: string;
  rules_version: string | null;
  calendar_id: string | null;
}

const storedDeadlines = (proceedingId: string) =>
  asSuperuser(async (c) => {
    const { rows } = await c.query<StoredDeadline>(
      `SELECT rule_id, to_char(due, 'YYYY-MM-DD') AS due, status, rules_version, calendar_id::text
       FROM deadlines WHERE proceeding_id = $1 ORDER BY rule_id`,
      [proceedingId],
    );
    return rows;
  });

const timeline = (caseId: string) =>
  asSuperuser(async (c) => {
    const { rows } = await c.query<{ kind: string; details: Record<string, unknown> }>(
      `SELECT kind, details FROM case_timeline_entries WHERE case_id = $1 AND kind = 'deadline_changed'
       ORDER BY details->>'ruleId'`,
      [caseId],
    );
    return rows;
  });

const mails = () =>
  asSuperuser(async (c) => {
    const { rows } = await c.query<{ to_address: string; subject: string; text_body: string }>(
      `SELECT to_address, subject, text_body FROM mail_outbox WHERE template = 'deadline_moved_earlier'
       ORDER BY to_address`,
    );
    return rows;
  });

describe('deadlines never go stale', () => {
  const time = new TestTime();
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' }, undefined, { time });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    time.release();
    await resetDatabase();
  });

  async function openCase(
    kind: string,
    event: { type: string; date: string },
    student: { state: string; district: string } = { state: 'CA', district: 'Oakland Unified' },
  ) {
    const organization = await factories.organization({ timeZone: 'America/Los_Angeles' });
    const advocate = await factories.member(organization, 'ADVOCATE', {
      email: `advocate-${organization.id.slice(0, 8)}@example.org`,
    });
    const parent = await factories.member(organization, 'PARENT');
    const { student: row } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { name: 'Ana Ruiz', ...student },
    });
    const caseRow = await factories.newCase(organization, {
      studentId: row.id,
      advocates: [advocate.user],
    });
    const cookie = await signIn(api, advocate.email, advocate.password);
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      `mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: ${kind} }) { id } }`,
      { id: caseRow.id },
      { cookie },
    );
    const proceedingId = opened.data!.openProceeding.id;
    const recorded = await api.graphql(
      'mutation ($id: ID!, $t: String!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: $t, date: $d }) { id } }',
      { id: proceedingId, t: event.type, d: event.date },
      { cookie },
    );
    expect(recorded.errors).toBeUndefined();
    return { organization, advocate, parent, caseRow, proceedingId, cookie };
  }

  describe('a saved district calendar', () => {
    const SAVE =
      'mutation ($input: SaveDistrictCalendarInput!) { saveDistrictCalendar(input: $input) { id } }';
    /**
     * Oakland Unified's 2026-27 year: school from August 17 to June 10, closed on Veterans Day
     * (November 11) and the week of Thanksgiving (November 23-27).
     */
    const CALENDAR = {
      state: 'CA',
      district: 'Oakland Unified',
      firstDay: '2026-08-17',
      lastDay: '2027-06-10',
      nonSchoolDays: [
        '2026-11-11',
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
        '2026-11-27',
      ],
    };

    it('34 CFR 300.532(c)(2): an expedited hearing waiting for the calendar (20 school days from filing) becomes a date when the district calendar is saved, with no other event recorded', async () => {
      time.pin('2026-11-03T18:00:00Z');
      const { proceedingId, caseRow, cookie } = await openCase('expedited_due_process', {
        type: 'complaint_filed',
        date: '2026-11-02',
      });
      expect(await storedDeadlines(proceedingId)).toEqual([
        {
          rule_id: 'expedited_hearing',
          due: null,
          status: 'needs_calendar',
          rules_version: RULES_DATA_VERSION,
          calendar_id: null,
        },
      ]);

      // Filed Monday November 2. School days after it: November 3-6 (4), 9-10 (6), Veterans
      // Day closed, 12-13 (8), 16-20 (13), Thanksgiving week closed, November 30-December 4
      // (18), December 7 (19), December 8 (20).
      const saved = await api.graphql<{ saveDistrictCalendar: { id: string } }>(
        SAVE,
        { input: CALENDAR },
        { cookie },
      );
      expect(saved.errors).toBeUndefined();
      const calendarId = saved.data!.saveDistrictCalendar.id;
      expect(await storedDeadlines(proceedingId)).toEqual([
        {
          rule_id: 'expedited_hearing',
          due: '2026-12-08',
          status: 'computed',
          rules_version: RULES_DATA_VERSION,
          calendar_id: calendarId,
        },
      ]);
      const events = await asSuperuser((c) =>
        c.query('SELECT 1 FROM proceeding_events WHERE proceeding_id = $1', [proceedingId]),
      );
      expect(events.rowCount).toBe(1);
      expect(await timeline(caseRow.id)).toEqual([
        {
          kind: 'deadline_changed',
          details: {
            proceedingId,
            kind: 'expedited_due_process',
            ruleId: 'expedited_hearing',
            oldDue: null,
            newDue: '2026-12-08',
            oldStatus: 'needs_calendar',
            newStatus: 'computed',
            reason: 'calendar',
            rulesVersion: RULES_DATA_VERSION,
            calendarId,
          },
        },
      ]);
      // A date that was unknown did not move earlier: no mail.
      expect(await mails()).toEqual([]);

      // Changing the calendar (one more day closed, December 1) moves the hearing a school
      // day later, to December 9.
      const changed = await api.graphql(
        SAVE,
        {
          input: {
            ...CALENDAR,
            calendarId,
            nonSchoolDays: [...CALENDAR.nonSchoolDays, '2026-12-01'],
          },
        },
        { cookie },
      );
      expect(changed.errors).toBeUndefined();
      expect((await storedDeadlines(proceedingId))[0]?.due).toBe('2026-12-09');
      expect((await timeline(caseRow.id)).map((e) => [e.details.oldDue, e.details.newDue])).toEqual(
        expect.arrayContaining([
          [null, '2026-12-08'],
          ['2026-12-08', '2026-12-09'],
        ]),
      );
    });

    it("leaves other districts' and other organizations' deadlines alone", async () => {
      time.pin('2026-11-03T18:00:00Z');
      const here = await openCase(
        'expedited_due_process',
        { type: 'complaint_filed', date: '2026-11-02' },
        { state: 'CA', district: 'Berkeley Unified' },
      );
      const elsewhere = await openCase('expedited_due_process', {
        type: 'complaint_filed',
        date: '2026-11-02',
      });
      const saved = await api.graphql(
        SAVE,
        { input: { ...CALENDAR, district: 'oakland unified' } },
        { cookie: here.cookie },
      );
      expect(saved.errors).toBeUndefined();
      // Oakland's calendar in the first organization: its Berkeley student is untouched, and
      // so is the Oakland student of the other organization.
      expect((await storedDeadlines(here.proceedingId))[0]?.status).toBe('needs_calendar');
      expect((await storedDeadlines(elsewhere.proceedingId))[0]?.status).toBe('needs_calendar');
    });
  });

  describe('a new rules-data version', () => {
    const NEXT = '2099-01.0';

    /**
     * A due process complaint received 2026-03-05 in California: the district's response is
     * due 2026-03-15 (10 days, 34 CFR 300.508(e)(1)), the resolution meeting 2026-03-20 (15
     * days, 300.510(a)(1)). The stored rows are then made to look computed by older rules:
     * the resolution meeting 5 days later than the law allows, the response 2 days earlier.
     */
    async function staleCase() {
      time.pin('2026-03-10T18:00:00Z');
      const opened = await openCase('due_process', {
        type: 'complaint_received',
        date: '2026-03-05',
      });
      await asSuperuser((c) =>
        c.query(
          `UPDATE deadlines SET rules_version = '2026-11.0',
             due = CASE rule_id WHEN 'resolution_meeting' THEN due + 5 WHEN 'lea_response' THEN due - 2 ELSE due END
           WHERE proceeding_id = $1`,
          [opened.proceedingId],
        ),
      );
      return opened;
    }

    it('recomputes every open proceeding: changed dates go to the timeline, and the advocates are mailed when one moved earlier', async () => {
      const { proceedingId, caseRow, advocate, parent } = await staleCase();
      const recompute = api.app.get(DeadlineRecomputeService);

      const progress = await recompute.run(NEXT);
      expect(progress).toMatchObject({ proceedings: 1, changed: 2 });
      expect(progress.finishedAt).toBeInstanceOf(Date);

      const stored = await storedDeadlines(proceedingId);
      expect(stored.every((d) => d.rules_version === NEXT)).toBe(true);
      expect(stored.find((d) => d.rule_id === 'resolution_meeting')?.due).toBe('2026-03-20');
      expect(stored.find((d) => d.rule_id === 'lea_response')?.due).toBe('2026-03-15');
      const entries = await timeline(caseRow.id);
      expect(entries.map((e) => e.kind)).toEqual(['deadline_changed', 'deadline_changed']);
      expect(entries[0]!.details).toMatchObject({
        proceedingId,
        kind: 'due_process',
        ruleId: 'lea_response',
        oldDue: '2026-03-13',
        newDue: '2026-03-15',
        reason: 'rules_data',
        rulesVersion: NEXT,
      });
      expect(entries[1]!.details).toMatchObject({
        ruleId: 'resolution_meeting',
        oldDue: '2026-03-25',
        newDue: '2026-03-20',
        reason: 'rules_data',
      });
      // Earlier only for the resolution meeting, and only to the case's advocate (the parent
      // sees the timeline entry).
      const sent = await mails();
      expect(sent.map((m) => m.to_address)).toEqual([advocate.email]);
      expect(sent.map((m) => m.to_address)).not.toContain(parent.email);
      expect(sent[0]!.subject).toBe(
        'Deadline moved earlier (Ana Ruiz) / Una fecha límite se adelantó (Ana Ruiz)',
      );
      expect(sent[0]!.text_body).toContain(
        'resolution meeting: was March 25, 2026, now March 20, 2026',
      );
      expect(sent[0]!.text_body).toContain(
        'resolution meeting: antes 25 de marzo de 2026, ahora 20 de marzo de 2026',
      );
      expect(sent[0]!.text_body).not.toContain('lea response');

      // Run again (a second process, a retry): nothing new is written or sent.
      expect(await recompute.run(NEXT)).toMatchObject({ proceedings: 1, changed: 2 });
      await asSuperuser((c) => c.query('DELETE FROM deadline_recomputes'));
      expect(await recompute.run(NEXT)).toMatchObject({ proceedings: 1, changed: 0 });
      expect(await timeline(caseRow.id)).toHaveLength(2);
      expect(await mails()).toHaveLength(1);
    });

    it('resumes after the last proceeding it finished, and skips closed cases', async () => {
      const first = await staleCase();
      const second = await staleCase();
      const closed = await staleCase();
      await asSuperuser((c) =>
        c.query(`UPDATE cases SET status = 'CLOSED', outcome = 'settled' WHERE id = $1`, [
          closed.caseRow.id,
        ]),
      );
      // A run that stopped after whichever of the first two comes first in id order.
      const [done, rest] = [first, second].sort((a, b) =>
        a.organization.id < b.organization.id ? -1 : 1,
      );
      await asSuperuser((c) =>
        c.query(
          `INSERT INTO deadline_recomputes (rules_version, after_organization, after_proceeding, proceedings)
           VALUES ($1, $2, $3, 1)`,
          [NEXT, done!.organization.id, done!.proceedingId],
        ),
      );

      const progress = await api.app.get(DeadlineRecomputeService).run(NEXT);
      expect(progress).toMatchObject({ proceedings: 2, changed: 2 });
      expect((await storedDeadlines(done!.proceedingId)).map((d) => d.rules_version)).not.toContain(
        NEXT,
      );
      expect(
        (await storedDeadlines(rest!.proceedingId)).every((d) => d.rules_version === NEXT),
      ).toBe(true);
      expect(
        (await storedDeadlines(closed.proceedingId)).map((d) => d.rules_version),
      ).not.toContain(NEXT);
    });

    it('is queued at boot while the stored progress has not finished the code’s version', async () => {
      const recompute = api.app.get(DeadlineRecomputeService);
      const queued = async () =>
        (
          await asSuperuser((c) =>
            c.query<{ version: string }>(
              `SELECT data->>'rulesVersion' AS version FROM pgboss.job WHERE name = 'deadlines.recompute' AND state = 'created'`,
            ),
          )
        ).rows;
      expect(await recompute.startIfStale(RULES_DATA_VERSION)).toBe(true);
      // A second start (another process booting) finds it queued.
      expect(await recompute.startIfStale(RULES_DATA_VERSION)).toBe(true);
      expect(await queued()).toEqual([{ version: RULES_DATA_VERSION }]);
      await recompute.run(RULES_DATA_VERSION);
      await asSuperuser((c) => c.query('TRUNCATE pgboss.job'));
      expect(await recompute.startIfStale(RULES_DATA_VERSION)).toBe(false);
      expect(await queued()).toEqual([]);
    });
  });
});
