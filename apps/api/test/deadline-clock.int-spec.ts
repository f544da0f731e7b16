import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { TestTime } from './support/clock';
import { Factories } from './support/factories';

interface DeadlineRow {
  ruleId: string;
  due: string | null;
  overdue: boolean;
}

/**
 * The organization's clock: "today" is the date in the organization's time zone, so a
 * deadline due today stays due (not overdue) until midnight where the organization is.
 */
describe("the organization's clock", () => {
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

  /**
   * A due process complaint received 2026-01-05 in California: the district's response is
   * due in 10 days, 2026-01-15 (34 CFR 300.508(e)(1)); the resolution meeting in 15 days,
   * 2026-01-20 (34 CFR 300.510(a)(1)).
   */
  async function caseWithDueProcess(timeZone: string) {
    const organization = await factories.organization({ timeZone });
    const advocate = await factories.member(organization, 'ADVOCATE');
    const { student } = await factories.newFamily(organization);
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const cookie = await signIn(api, advocate.email, advocate.password);
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
      { id: caseRow.id },
      { cookie },
    );
    const proceedingId = opened.data!.openProceeding.id;
    const recorded = await api.graphql(
      'mutation ($id: ID!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: "2026-01-05" }) { id } }',
      { id: proceedingId },
      { cookie },
    );
    expect(recorded.errors).toBeUndefined();
    return { organization, caseRow, proceedingId, cookie };
  }

  async function deadlines(cookie: string, proceedingId: string) {
    const result = await api.graphql<{
      deadlines: DeadlineRow[];
      proceeding: { deadlines: DeadlineRow[] };
    }>(
      'query ($id: ID!) { deadlines(withinDays: 0) { ruleId due overdue } proceeding(proceedingId: $id) { deadlines { ruleId due overdue } } }',
      { id: proceedingId },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    const pick = (rows: DeadlineRow[], ruleId: string) => rows.find((d) => d.ruleId === ruleId);
    return {
      list: (ruleId: string) => pick(result.data!.deadlines, ruleId),
      proceeding: (ruleId: string) => pick(result.data!.proceeding.deadlines, ruleId),
    };
  }

  it('34 CFR 300.510(a)(1): a resolution meeting due January 20 is not yet overdue at 23:30 that day in Los Angeles (07:30 UTC on the 21st), and is at 00:30', async () => {
    time.pin('2026-01-12T18:00:00Z');
    const la = await caseWithDueProcess('America/Los_Angeles');
    const ny = await caseWithDueProcess('America/New_York');

    // 23:30 PST on January 20 is 07:30 UTC on January 21 (UTC-8 in winter).
    time.pin('2026-01-21T07:30:00Z');
    let seen = await deadlines(la.cookie, la.proceedingId);
    expect(seen.proceeding('resolution_meeting')).toEqual({
      ruleId: 'resolution_meeting',
      due: '2026-01-20',
      overdue: false,
    });
    // The deadlines list (due today or earlier: withinDays 0) counts the same day.
    expect(seen.list('resolution_meeting')).toEqual({
      ruleId: 'resolution_meeting',
      due: '2026-01-20',
      overdue: false,
    });
    expect(seen.proceeding('lea_response')?.overdue).toBe(true);
    // The same instant is 02:30 on January 21 in New York: overdue there.
    expect(
      (await deadlines(ny.cookie, ny.proceedingId)).proceeding('resolution_meeting')?.overdue,
    ).toBe(true);
    // "Not after today" is Los Angeles' today too: January 21 has not begun there.
    const early = await api.graphql(
      'mutation ($id: ID!) { recordProceedingEvent(input: { proceedingId: $id, type: "resolution_meeting_held", date: "2026-01-21" }) { id } }',
      { id: la.proceedingId },
      { cookie: la.cookie },
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'date' });

    // 00:30 PST on January 21.
    time.pin('2026-01-21T08:30:00Z');
    seen = await deadlines(la.cookie, la.proceedingId);
    expect(seen.proceeding('resolution_meeting')?.overdue).toBe(true);
    expect(seen.list('resolution_meeting')?.overdue).toBe(true);
  });

  it("the service ledger's as-of day and a letter's default date are the organization's today", async () => {
    time.pin('2026-01-12T18:00:00Z');
    const la = await caseWithDueProcess('America/Los_Angeles');
    time.pin('2026-01-21T07:30:00Z');
    const result = await api.graphql<{
      serviceLog: { asOf: string };
      letterFactsForCase: { facts: { date: string } };
    }>(
      'query ($id: ID!) { serviceLog(caseId: $id) { asOf } letterFactsForCase(caseId: $id, template: records_request, lang: EN) { facts } }',
      { id: la.caseRow.id },
      { cookie: la.cookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.serviceLog.asOf).toBe('2026-01-20');
    expect(result.data?.letterFactsForCase.facts.date).toBe('2026-01-20');
    const future = await api.graphql(
      'query ($id: ID!) { serviceLog(caseId: $id, asOf: "2026-01-21") { asOf } }',
      { id: la.caseRow.id },
      { cookie: la.cookie },
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'DATE_IN_FUTURE',
      field: 'asOf',
    });
  });

  describe("the organization's time zone setting", () => {
    const SET =
      'mutation ($tz: String!) { setOrganizationTimeZone(input: { timeZone: $tz }) { id timeZone } }';

    it('an org admin sets it by its IANA name; a bad name is refused naming the field; the zone shows on me', async () => {
      const organization = await factories.organization();
      const admin = await factories.member(organization, 'ORG_ADMIN');
      const cookie = await signIn(api, admin.email, admin.password);

      const bad = await api.graphql(SET, { tz: 'Pacific Standard Time' }, { cookie });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_TIME_ZONE',
        field: 'timeZone',
      });
      const offset = await api.graphql(SET, { tz: '+05:00' }, { cookie });
      expect(offset.errors?.[0]?.extensions).toMatchObject({ field: 'timeZone' });

      const set = await api.graphql<{ setOrganizationTimeZone: { timeZone: string } }>(
        SET,
        { tz: 'america/los_angeles' },
        { cookie },
      );
      expect(set.errors).toBeUndefined();
      expect(set.data?.setOrganizationTimeZone).toEqual({
        id: organization.id,
        timeZone: 'America/Los_Angeles',
      });
      const me = await api.graphql<{
        me: {
          activeOrganization: { timeZone: string };
          memberships: { organization: { timeZone: string } }[];
        };
      }>(
        '{ me { activeOrganization { timeZone } memberships { organization { timeZone } } } }',
        {},
        { cookie },
      );
      expect(me.data?.me.activeOrganization.timeZone).toBe('America/Los_Angeles');
      expect(me.data?.me.memberships[0]?.organization.timeZone).toBe('America/Los_Angeles');
      const audit = await asSuperuser((c) =>
        c.query<{ details: object }>(
          `SELECT details FROM audit_events WHERE action = 'organization.time_zone_set'`,
        ),
      );
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0]!.details).toMatchObject({ from: 'UTC', to: 'America/Los_Angeles' });
    });

    it('only an org admin may change it, and only for the organization they act in', async () => {
      const a = await factories.organization({ timeZone: 'America/New_York' });
      const b = await factories.organization({ timeZone: 'America/Chicago' });
      const advocate = await factories.member(a, 'ADVOCATE');
      const parent = await factories.member(a, 'PARENT');
      // An admin of B who is a parent in A, acting in A.
      const adminOfB = await factories.member(b, 'ORG_ADMIN');
      await factories.member(a, 'PARENT', { email: adminOfB.email });
      const zones = async () =>
        (
          await asSuperuser((c) =>
            c.query<{ id: string; time_zone: string }>(
              'SELECT id, time_zone FROM organizations ORDER BY name',
            ),
          )
        ).rows;
      const before = await zones();

      for (const member of [advocate, parent]) {
        const cookie = await signIn(api, member.email, member.password);
        const denied = await api.graphql(SET, { tz: 'America/Denver' }, { cookie });
        expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const cookie = await signIn(api, adminOfB.email, adminOfB.password);
      const me = await api.graphql<{ switchOrganization: { activeOrganization: { id: string } } }>(
        'mutation ($id: ID!) { switchOrganization(organizationId: $id) { activeOrganization { id } } }',
        { id: a.id },
        { cookie },
      );
      expect(me.data?.switchOrganization.activeOrganization.id).toBe(a.id);
      const denied = await api.graphql(SET, { tz: 'America/Denver' }, { cookie });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await zones()).toEqual(before);

      // Back in B, where they are the admin: B changes, A does not.
      await api.graphql(
        'mutation ($id: ID!) { switchOrganization(organizationId: $id) { role } }',
        { id: b.id },
        { cookie },
      );
      const allowed = await api.graphql(SET, { tz: 'America/Denver' }, { cookie });
      expect(allowed.errors).toBeUndefined();
      expect(await zones()).toEqual(
        before.map((o) => (o.id === b.id ? { ...o, time_zone: 'America/Denver' } : o)),
      );
    });
  });
});
