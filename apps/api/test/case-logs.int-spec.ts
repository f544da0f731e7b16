import { parse } from 'csv-parse/sync';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

type Result = {
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
};

function ok<T = Record<string, unknown>>(result: Result): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
function errorOf(result: Result) {
  return result.errors?.[0]?.extensions;
}
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
function daysAgo(n: number): string {
  return isoDay(new Date(Date.now() - n * 86_400_000));
}
/** The Monday `weeks` weeks before this week's Monday (UTC, as the API computes "today"). */
function mondayWeeksAgo(weeks: number): string {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const weekday = (new Date(today).getUTCDay() + 6) % 7;
  return isoDay(new Date(today - (weekday + 7 * weeks) * 86_400_000));
}
function plusDays(date: string, n: number): string {
  return isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));
}

const MEETING_FIELDS =
  'id caseId heldOn kind attendees proposed parentObjections followUps documentIds';
const LOG_MEETING = `mutation ($input: LogMeetingInput!) { logMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE_MEETING = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const MEETINGS = `query ($id: ID!) { meetings(caseId: $id) { ${MEETING_FIELDS} } }`;
const MEETING = `query ($id: ID!) { meeting(meetingId: $id) { ${MEETING_FIELDS} } }`;
const DELETE_MEETING = `mutation ($id: ID!) { deleteMeeting(meetingId: $id) }`;

const COMM_FIELDS = 'id occurredOn mode parties summary documentIds';
const LOG_COMM = `mutation ($input: LogCommunicationInput!) { logCommunication(input: $input) { ${COMM_FIELDS} } }`;
const UPDATE_COMM = `mutation ($input: UpdateCommunicationInput!) { updateCommunication(input: $input) { ${COMM_FIELDS} } }`;
const COMMS = `query ($id: ID!) { communications(caseId: $id) { ${COMM_FIELDS} } }`;
const DELETE_COMM = `mutation ($id: ID!) { deleteCommunication(communicationId: $id) }`;

const SERVICE_FIELDS = `id service minutes frequency provider startDate endDate extendedSchoolYear
  sessions { id date minutes status reason }
  periods { start end weekdays schoolDays countedOn requiredMinutes deliveredMinutes missedMinutes
    shortfallMinutes owedMinutes owedMissedMinutes owedNotLoggedMinutes status elapsed }
  requiredMinutes deliveredMinutes missedMinutes compensatoryMinutesOwed owedMissedMinutes
  owedNotLoggedMinutes notLoggedPeriods`;
const ADD_SERVICE = `mutation ($input: AddServiceRequirementInput!) { addServiceRequirement(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE_SERVICE = `mutation ($input: UpdateServiceRequirementInput!) { updateServiceRequirement(input: $input) { ${SERVICE_FIELDS} } }`;
const DELETE_SERVICE = `mutation ($id: ID!) { deleteServiceRequirement(requirementId: $id) }`;
const LOG_SESSION = `mutation ($input: LogServiceSessionInput!) { logServiceSession(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE_SESSION = `mutation ($input: UpdateServiceSessionInput!) { updateServiceSession(input: $input) { ${SERVICE_FIELDS} } }`;
const DELETE_SESSION = `mutation ($id: ID!) { deleteServiceSession(sessionId: $id) { ${SERVICE_FIELDS} } }`;
const SERVICE_LOG = `query ($id: ID!, $asOf: String) { serviceLog(caseId: $id, asOf: $asOf) { caseId asOf compensatoryMinutesOwed owedMissedMinutes owedNotLoggedMinutes districtCalendars services { ${SERVICE_FIELDS} } } }`;
const SAVE_CALENDAR = `mutation ($input: SaveDistrictCalendarInput!) { saveDistrictCalendar(input: $input) { id } }`;
const SERVICE_CSV = `query ($id: ID!) { serviceLogCsv(caseId: $id) }`;

const NOTE_FIELDS = 'id caseId visibility body authorUserId authorName';
const ADD_NOTE = `mutation ($input: AddNoteInput!) { addNote(input: $input) { ${NOTE_FIELDS} } }`;
const UPDATE_NOTE = `mutation ($input: UpdateNoteInput!) { updateNote(input: $input) { ${NOTE_FIELDS} } }`;
const DELETE_NOTE = `mutation ($id: ID!) { deleteNote(noteId: $id) }`;
const NOTES = `query ($id: ID!) { notes(caseId: $id) { ${NOTE_FIELDS} } }`;
const NOTE = `query ($id: ID!) { note(noteId: $id) { ${NOTE_FIELDS} } }`;
const SEARCH = `query ($id: ID!, $q: String!) { searchCaseNotes(caseId: $id, query: $q) { ${NOTE_FIELDS} } }`;
const CASE_TIMELINE = `query ($id: ID!) { case(caseId: $id) { timeline { kind summary } } }`;

const TASK_FIELDS = 'id caseId title assigneeUserId assigneeName dueOn done doneAt studentName';
const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK_FIELDS} } }`;
const DELETE_TASK = `mutation ($id: ID!) { deleteTask(taskId: $id) }`;
const TASKS = `query ($id: ID!) { tasks(caseId: $id) { ${TASK_FIELDS} } }`;
const MY_TASKS = `{ myTasks { ${TASK_FIELDS} } }`;

type Service = {
  id: string;
  extendedSchoolYear: boolean;
  sessions: { id: string; date: string; minutes: number; status: string }[];
  periods: {
    start: string;
    schoolDays: number;
    countedOn: string;
    requiredMinutes: number;
    deliveredMinutes: number;
    owedMinutes: number;
    owedMissedMinutes: number;
    owedNotLoggedMinutes: number;
    status: string;
    elapsed: boolean;
  }[];
  requiredMinutes: number;
  deliveredMinutes: number;
  missedMinutes: number;
  compensatoryMinutesOwed: number;
  owedMissedMinutes: number;
  owedNotLoggedMinutes: number;
  notLoggedPeriods: number;
};
type ServiceLog = {
  compensatoryMinutesOwed: number;
  owedMissedMinutes: number;
  owedNotLoggedMinutes: number;
  districtCalendars: number;
  services: Service[];
};

describe('case logs: meetings, services, communications, notes and tasks', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function world() {
    const organization = await factories.organization({ name: 'Riverside' });
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: 'Rosa Alvarez' });
    const advocate = await factories.member(organization, 'ADVOCATE', { name: 'Marcus Lee' });
    const otherAdvocate = await factories.member(organization, 'ADVOCATE', { name: 'Priya Shah' });
    const parent = await factories.member(organization, 'PARENT', { name: 'María González' });
    const otherParent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { name: 'Sofía González' },
    });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const elsewhere = await factories.organization({ name: 'Summit' });
    const outsider = await factories.member(elsewhere, 'ORG_ADMIN');
    const cookie = (m: { email: string; password: string }) => signIn(api, m.email, m.password);
    return {
      organization,
      caseId: caseRow.id,
      users: { admin, advocate, otherAdvocate, parent, otherParent },
      cookies: {
        admin: await cookie(admin),
        advocate: await cookie(advocate),
        otherAdvocate: await cookie(otherAdvocate),
        parent: await cookie(parent),
        otherParent: await cookie(otherParent),
        outsider: await cookie(outsider),
      },
    };
  }

  async function auditActions(organizationId: string): Promise<string[]> {
    const rows = await asSuperuser((c) =>
      c.query<{ action: string }>(
        'SELECT action FROM audit_events WHERE organization_id = $1 ORDER BY occurred_at',
        [organizationId],
      ),
    );
    return rows.rows.map((r) => r.action);
  }

  it('logs, lists, reads, corrects and deletes meetings; the family reads them; bad input names its field and saves nothing', async () => {
    const { caseId, cookies, organization } = await world();
    const document = await factories.newDocument(organization, { caseId });
    const logged = ok<{ logMeeting: { id: string; attendees: string[]; documentIds: string[] } }>(
      await api.graphql(
        LOG_MEETING,
        {
          input: {
            caseId,
            heldOn: daysAgo(3),
            kind: 'iep',
            attendees: ['María González', ' Ms. Park (case manager) ', ''],
            proposed: 'Reduce speech therapy to 30 minutes a week.',
            parentObjections: 'Parent objected to the reduction; asked for data.',
            followUps: 'District to send Prior Written Notice.',
            documentIds: [document.id],
          },
        },
        { cookie: cookies.advocate },
      ),
    ).logMeeting;
    expect(logged.attendees).toEqual(['María González', 'Ms. Park (case manager)']);
    expect(logged.documentIds).toEqual([document.id]);

    const future = await api.graphql(
      LOG_MEETING,
      { input: { caseId, heldOn: plusDays(daysAgo(0), 2), kind: 'mediation' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(future)).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'heldOn' });
    const badDocument = await api.graphql(
      LOG_MEETING,
      { input: { caseId, heldOn: daysAgo(1), kind: 'other', documentIds: ['nope'] } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(badDocument)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentIds' });
    const badDate = await api.graphql(
      LOG_MEETING,
      { input: { caseId, heldOn: '2026-02-30', kind: 'other' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(badDate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });

    const asParent = ok<{ meetings: { id: string; parentObjections: string }[] }>(
      await api.graphql(MEETINGS, { id: caseId }, { cookie: cookies.parent }),
    ).meetings;
    expect(asParent.map((m) => m.id)).toEqual([logged.id]);
    expect(
      ok<{ meeting: { proposed: string } }>(
        await api.graphql(MEETING, { id: logged.id }, { cookie: cookies.parent }),
      ).meeting.proposed,
    ).toMatch(/30 minutes/);

    expect(
      errorOf(
        await api.graphql(
          LOG_MEETING,
          { input: { caseId, heldOn: daysAgo(1), kind: 'iep' } },
          { cookie: cookies.parent },
        ),
      )?.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(await api.graphql(MEETINGS, { id: caseId }, { cookie: cookies.otherAdvocate }))?.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await api.graphql(MEETING, { id: logged.id }, { cookie: cookies.otherParent }))?.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await api.graphql(MEETING, { id: logged.id }, { cookie: cookies.outsider }))?.code,
    ).toBe('NOT_FOUND');

    const updated = ok<{ updateMeeting: { kind: string; followUps: string; attendees: string[] } }>(
      await api.graphql(
        UPDATE_MEETING,
        { input: { meetingId: logged.id, kind: 'resolution', followUps: 'PWN received.' } },
        { cookie: cookies.admin },
      ),
    ).updateMeeting;
    expect(updated).toMatchObject({ kind: 'resolution', followUps: 'PWN received.' });
    expect(updated.attendees).toHaveLength(2);
    expect(
      errorOf(
        await api.graphql(
          UPDATE_MEETING,
          { input: { meetingId: logged.id, followUps: 'x' } },
          { cookie: cookies.parent },
        ),
      )?.code,
    ).toBe('FORBIDDEN');

    expect(
      ok(await api.graphql(DELETE_MEETING, { id: logged.id }, { cookie: cookies.advocate })),
    ).toEqual({ deleteMeeting: true });
    const left = await asSuperuser((c) =>
      c.query('SELECT id FROM case_meetings WHERE organization_id = $1', [organization.id]),
    );
    expect(left.rows).toEqual([]); // the deleted one, and none of the refused ones
    expect(await auditActions(organization.id)).toEqual(
      expect.arrayContaining([
        'meeting.create',
        'meeting.list',
        'meeting.read',
        'meeting.update',
        'meeting.delete',
      ]),
    );
  });

  it("records which staff attended a meeting (the annual report's meetings attended), only staff of the organization", async () => {
    const { caseId, cookies, users } = await world();
    const input = { caseId, heldOn: daysAgo(2), kind: 'plan_504' };
    const logged = ok<{ logMeeting: { id: string; kind: string; staffUserIds: string[] } }>(
      await api.graphql(
        'mutation ($input: LogMeetingInput!) { logMeeting(input: $input) { id kind staffUserIds } }',
        {
          input: {
            ...input,
            staffUserIds: [users.advocate.user.id, users.admin.user.id, users.advocate.user.id],
          },
        },
        { cookie: cookies.advocate },
      ),
    ).logMeeting;
    expect(logged.kind).toBe('plan_504');
    expect([...logged.staffUserIds].sort()).toEqual(
      [users.advocate.user.id, users.admin.user.id].sort(),
    );
    for (const notStaff of [users.parent.user.id, '00000000-0000-4000-8000-000000000000'])
      expect(
        errorOf(
          await api.graphql(
            'mutation ($input: LogMeetingInput!) { logMeeting(input: $input) { id } }',
            { input: { ...input, kind: 'hearing', staffUserIds: [notStaff] } },
            { cookie: cookies.advocate },
          ),
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        key: 'MEETING_STAFF_INVALID',
        field: 'staffUserIds',
      });
    const cleared = ok<{ updateMeeting: { staffUserIds: string[] } }>(
      await api.graphql(
        'mutation ($id: ID!) { updateMeeting(input: { meetingId: $id, staffUserIds: [] }) { staffUserIds } }',
        { id: logged.id },
        { cookie: cookies.admin },
      ),
    ).updateMeeting;
    expect(cleared.staffUserIds).toEqual([]);
  });

  it('logs communications coded by mode; the family reads them; a summary is required', async () => {
    const { caseId, cookies, organization } = await world();
    const document = await factories.newDocument(organization, { caseId });
    const logged = ok<{ logCommunication: { id: string; mode: string; parties: string[] } }>(
      await api.graphql(
        LOG_COMM,
        {
          input: {
            caseId,
            occurredOn: daysAgo(2),
            mode: 'email_or_text',
            parties: ['Marcus Lee', 'Principal Ortiz'],
            summary: 'Asked for the speech therapy service logs for September.',
            documentIds: [document.id],
          },
        },
        { cookie: cookies.advocate },
      ),
    ).logCommunication;
    expect(logged.mode).toBe('email_or_text');

    const noSummary = await api.graphql(
      LOG_COMM,
      { input: { caseId, occurredOn: daysAgo(1), mode: 'phone', summary: '   ' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(noSummary)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });

    expect(
      ok<{ communications: { id: string }[] }>(
        await api.graphql(COMMS, { id: caseId }, { cookie: cookies.parent }),
      ).communications.map((c) => c.id),
    ).toEqual([logged.id]);
    expect(
      ok<{ updateCommunication: { mode: string; summary: string } }>(
        await api.graphql(
          UPDATE_COMM,
          { input: { communicationId: logged.id, mode: 'letter' } },
          { cookie: cookies.advocate },
        ),
      ).updateCommunication,
    ).toMatchObject({
      mode: 'letter',
      summary: 'Asked for the speech therapy service logs for September.',
    });
    expect(
      errorOf(await api.graphql(DELETE_COMM, { id: logged.id }, { cookie: cookies.parent }))?.code,
    ).toBe('FORBIDDEN');
    expect(
      ok(await api.graphql(DELETE_COMM, { id: logged.id }, { cookie: cookies.advocate })),
    ).toEqual({ deleteCommunication: true });
    expect(
      ok<{ communications: unknown[] }>(
        await api.graphql(COMMS, { id: caseId }, { cookie: cookies.advocate }),
      ).communications,
    ).toEqual([]);
  });

  it('an advocate logs sessions: delivered minutes lower the compensatory time owed, a missed one is counted, a session corrected to missed raises it', async () => {
    const { caseId, cookies, organization } = await world();
    const start = mondayWeeksAgo(3); // three whole weeks have elapsed, the fourth is running
    const added = ok<{ addServiceRequirement: Service }>(
      await api.graphql(
        ADD_SERVICE,
        {
          input: {
            caseId,
            service: 'Speech-language therapy',
            minutes: 60,
            frequency: 'WEEKLY',
            provider: 'Ms. Park',
            startDate: start,
          },
        },
        { cookie: cookies.advocate },
      ),
    ).addServiceRequirement;
    expect(added.periods).toHaveLength(4);
    expect(added.requiredMinutes).toBe(180);
    expect(added.compensatoryMinutesOwed).toBe(180);

    const log = (input: Record<string, unknown>, cookie = cookies.advocate) =>
      api.graphql<{ logServiceSession: Service }>(
        LOG_SESSION,
        { input: { requirementId: added.id, ...input } },
        { cookie },
      );
    ok(await log({ date: plusDays(start, 1), minutes: 60, status: 'DELIVERED' }));
    const second = ok<{ logServiceSession: Service }>(
      await log({ date: plusDays(start, 8), minutes: 30, status: 'DELIVERED' }),
    ).logServiceSession;
    expect(second.deliveredMinutes).toBe(90);
    expect(second.compensatoryMinutesOwed).toBe(90); // 0 + 30 + 60

    const noReason = await log({ date: plusDays(start, 15), minutes: 60, status: 'MISSED' });
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const missed = ok<{ logServiceSession: Service }>(
      await log({
        date: plusDays(start, 15),
        minutes: 60,
        status: 'MISSED',
        reason: 'Provider absent; no substitute.',
      }),
    ).logServiceSession;
    expect(missed.missedMinutes).toBe(60);
    expect(missed.compensatoryMinutesOwed).toBe(90); // missing was already owed

    const firstSession = missed.sessions.find((s) => s.date === plusDays(start, 1))!;
    const corrected = ok<{ updateServiceSession: Service }>(
      await api.graphql(
        UPDATE_SESSION,
        {
          input: {
            sessionId: firstSession.id,
            status: 'MISSED',
            reason: 'Student pulled for testing.',
          },
        },
        { cookie: cookies.advocate },
      ),
    ).updateServiceSession;
    expect(corrected.deliveredMinutes).toBe(30);
    expect(corrected.missedMinutes).toBe(120);
    expect(corrected.compensatoryMinutesOwed).toBe(150);

    // A session missed this week is owed the day it is logged, not when the week ends.
    const thisWeek = ok<{ logServiceSession: Service }>(
      await log({
        date: plusDays(start, 21),
        minutes: 30,
        status: 'MISSED',
        reason: 'School closed the speech room for testing.',
      }),
    ).logServiceSession;
    expect(thisWeek.missedMinutes).toBe(150);
    expect(thisWeek.compensatoryMinutesOwed).toBe(180);
    expect(thisWeek.periods.at(-1)).toMatchObject({ elapsed: false, owedMinutes: 30 });

    const outside = await log({ date: plusDays(start, -1), minutes: 30, status: 'DELIVERED' });
    expect(errorOf(outside)).toMatchObject({ code: 'SESSION_OUTSIDE_SERVICE', field: 'date' });
    const future = await log({ date: plusDays(daysAgo(0), 1), minutes: 30, status: 'DELIVERED' });
    expect(errorOf(future)).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'date' });
    expect(
      errorOf(await log({ date: start, minutes: 30, status: 'DELIVERED' }, cookies.parent))?.code,
    ).toBe('FORBIDDEN');

    // The family reads the log; as of an earlier day only the weeks elapsed by then count.
    const asParent = ok<{ serviceLog: { compensatoryMinutesOwed: number; services: Service[] } }>(
      await api.graphql(SERVICE_LOG, { id: caseId }, { cookie: cookies.parent }),
    ).serviceLog;
    expect(asParent.compensatoryMinutesOwed).toBe(180);
    const earlier = ok<{ serviceLog: { asOf: string; compensatoryMinutesOwed: number } }>(
      await api.graphql(
        SERVICE_LOG,
        { id: caseId, asOf: plusDays(start, 7) },
        { cookie: cookies.advocate },
      ),
    ).serviceLog;
    expect(earlier.compensatoryMinutesOwed).toBe(60); // week one only: its session is now missed

    // Ending the service two weeks in drops the third week from what was required.
    const ended = ok<{ updateServiceRequirement: Service }>(
      await api.graphql(
        UPDATE_SERVICE,
        { input: { requirementId: added.id, endDate: plusDays(start, 13) } },
        { cookie: cookies.advocate },
      ),
    ).updateServiceRequirement;
    expect(ended.requiredMinutes).toBe(120);
    expect(ended.compensatoryMinutesOwed).toBe(90);
    expect(
      errorOf(
        await api.graphql(
          UPDATE_SERVICE,
          { input: { requirementId: added.id, endDate: plusDays(start, -5) } },
          { cookie: cookies.advocate },
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });

    const afterDelete = ok<{ deleteServiceSession: Service }>(
      await api.graphql(DELETE_SESSION, { id: firstSession.id }, { cookie: cookies.advocate }),
    ).deleteServiceSession;
    expect(afterDelete.sessions).toHaveLength(3);
    expect(
      ok(await api.graphql(DELETE_SERVICE, { id: added.id }, { cookie: cookies.admin })),
    ).toEqual({ deleteServiceRequirement: true });
    const sessionsLeft = await asSuperuser((c) =>
      c.query('SELECT 1 FROM service_sessions WHERE organization_id = $1', [organization.id]),
    );
    expect(sessionsLeft.rows).toEqual([]);
    expect(await auditActions(organization.id)).toEqual(
      expect.arrayContaining([
        'service.create',
        'service.update',
        'service.delete',
        'service.list',
        'service_session.create',
        'service_session.update',
        'service_session.delete',
      ]),
    );
  });

  it('exports the service log as CSV over HTTP with the session cookie, parsed back with a CSV parser', async () => {
    const { caseId, cookies, organization } = await world();
    const start = mondayWeeksAgo(2);
    const service = ok<{ addServiceRequirement: Service }>(
      await api.graphql(
        ADD_SERVICE,
        {
          input: {
            caseId,
            service: 'Occupational therapy, "fine motor"',
            minutes: 45,
            frequency: 'WEEKLY',
            provider: '=HYPERLINK("http://evil.example")',
            startDate: start,
          },
        },
        { cookie: cookies.advocate },
      ),
    ).addServiceRequirement;
    await api.graphql(
      LOG_SESSION,
      {
        input: {
          requirementId: service.id,
          date: plusDays(start, 2),
          minutes: 45,
          status: 'DELIVERED',
        },
      },
      { cookie: cookies.advocate },
    );
    await api.graphql(
      LOG_SESSION,
      {
        input: {
          requirementId: service.id,
          date: plusDays(start, 9),
          minutes: 45,
          status: 'MISSED',
          reason: 'School assembly, "not rescheduled"',
        },
      },
      { cookie: cookies.advocate },
    );

    const url = `${api.baseUrl}/cases/${caseId}/services.csv`;
    const response = await fetch(url, { headers: { cookie: cookies.parent } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const text = await response.text();
    const rows = parse<Record<string, string>>(text, { columns: true });
    const periods = rows.filter((r) => r.row_type === 'period');
    const sessions = rows.filter((r) => r.row_type === 'session');
    expect(
      periods.map((p) => [
        p.period_start,
        p.required_minutes,
        p.delivered_minutes,
        p.shortfall_minutes,
        p.owed_minutes,
        p.period_elapsed,
      ]),
    ).toEqual([
      [start, '45', '45', '0', '0', 'yes'],
      [plusDays(start, 7), '45', '0', '45', '45', 'yes'],
      [plusDays(start, 14), '45', '0', '45', '0', 'no'],
    ]);
    expect(periods[0]!.service).toBe('Occupational therapy, "fine motor"');
    // A cell a spreadsheet would run as a formula is escaped.
    expect(periods[0]!.provider).not.toMatch(/^=/);
    expect(periods[0]!.provider).toContain('HYPERLINK');
    expect(
      sessions.map((s) => [s.session_date, s.session_minutes, s.session_status, s.session_reason]),
    ).toEqual([
      [plusDays(start, 2), '45', 'DELIVERED', ''],
      [plusDays(start, 9), '45', 'MISSED', 'School assembly, "not rescheduled"'],
    ]);

    // The GraphQL field returns the same text.
    expect(
      ok<{ serviceLogCsv: string }>(
        await api.graphql(SERVICE_CSV, { id: caseId }, { cookie: cookies.advocate }),
      ).serviceLogCsv,
    ).toBe(text);
    // Committed: the download is audited.
    expect(await auditActions(organization.id)).toContain('service.export');

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { cookie: cookies.outsider } })).status).toBe(404);
    expect((await fetch(url, { headers: { cookie: cookies.otherParent } })).status).toBe(404);
    // Errors answer like every REST route: JSON with the code and the field, never cached.
    const bad = await fetch(`${api.baseUrl}/cases/not-an-id/services.csv`, {
      headers: { cookie: cookies.admin },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });

  it('with the district calendar saved, a Thanksgiving break week owes nothing and a week with nothing logged is reported as not logged', async () => {
    const { caseId, cookies } = await world();
    // 60 minutes a week from Monday 10 November 2025 to Friday 19 December 2025.
    const service = ok<{ addServiceRequirement: Service }>(
      await api.graphql(
        ADD_SERVICE,
        {
          input: {
            caseId,
            service: 'Speech-language therapy',
            minutes: 60,
            frequency: 'WEEKLY',
            startDate: '2025-11-10',
            endDate: '2025-12-19',
          },
        },
        { cookie: cookies.advocate },
      ),
    ).addServiceRequirement;
    expect(service.extendedSchoolYear).toBe(false);
    const log = (input: Record<string, unknown>) =>
      api.graphql(
        LOG_SESSION,
        { input: { requirementId: service.id, ...input } },
        { cookie: cookies.advocate },
      );
    ok(await log({ date: '2025-11-11', minutes: 60, status: 'DELIVERED' }));
    ok(await log({ date: '2025-11-18', minutes: 60, status: 'MISSED', reason: 'Therapist out.' }));
    // Nothing logged the week of 24 November (Thanksgiving) nor the week of 1 December.
    const ledgerOn = async (asOf: string) =>
      ok<{ serviceLog: ServiceLog }>(
        await api.graphql(SERVICE_LOG, { id: caseId, asOf }, { cookie: cookies.parent }),
      ).serviceLog;
    const weeks = (l: ServiceLog) =>
      l.services[0]!.periods.map((p) => [p.start, p.requiredMinutes, p.status, p.owedMinutes]);

    // No calendar yet: weekdays stand in for school days, so the break week owes 60 too.
    const before = await ledgerOn('2025-12-08');
    expect(before.districtCalendars).toBe(0);
    expect(before.compensatoryMinutesOwed).toBe(180); // 60 missed + 60 + 60 not logged
    expect(before.services[0]!.periods.every((p) => p.countedOn === 'WEEKDAYS')).toBe(true);

    // Another organization's calendar for the same district changes nothing here.
    ok(
      await api.graphql(
        SAVE_CALENDAR,
        {
          input: {
            state: 'CA',
            district: 'Oakland Unified',
            firstDay: '2025-08-25',
            lastDay: '2026-06-12',
            nonSchoolDays: ['2025-12-01', '2025-12-02', '2025-12-03', '2025-12-04', '2025-12-05'],
          },
        },
        { cookie: cookies.outsider },
      ),
    );
    expect(await ledgerOn('2025-12-08')).toMatchObject({
      districtCalendars: 0,
      compensatoryMinutesOwed: 180,
    });

    ok(
      await api.graphql(
        SAVE_CALENDAR,
        {
          input: {
            state: 'CA',
            district: 'oakland unified', // the district's name in any case
            firstDay: '2025-08-25',
            lastDay: '2026-06-12',
            nonSchoolDays: ['2025-11-24', '2025-11-25', '2025-11-26', '2025-11-27', '2025-11-28'],
          },
        },
        { cookie: cookies.admin },
      ),
    );
    const after = await ledgerOn('2025-12-08'); // a Monday: four weeks have ended
    expect(after.districtCalendars).toBe(1);
    expect(weeks(after)).toEqual([
      ['2025-11-10', 60, 'MET', 0], // 5 school days: 60 required, 60 delivered
      ['2025-11-17', 60, 'MISSED', 60], // 60 required, 60 logged missed
      ['2025-11-24', 0, 'NO_SCHOOL', 0], // Thanksgiving break: 60 × 0 / 5 = 0
      ['2025-12-01', 60, 'NOT_LOGGED', 60], // 60 required, no session logged
      ['2025-12-08', 60, 'NOT_LOGGED', 0], // running: nothing owed yet
    ]);
    // 60 (missed) + 0 (break) + 60 (not logged) = 120, and the log says which is which.
    expect(after).toMatchObject({
      compensatoryMinutesOwed: 120,
      owedMissedMinutes: 60,
      owedNotLoggedMinutes: 60,
    });
    expect(after.services[0]).toMatchObject({ notLoggedPeriods: 1, requiredMinutes: 180 });
    expect(after.services[0]!.periods.every((p) => p.countedOn === 'DISTRICT_CALENDAR')).toBe(true);

    // The CSV (as of today: the service's six weeks have all ended) carries the same columns.
    const csv = ok<{ serviceLogCsv: string }>(
      await api.graphql(SERVICE_CSV, { id: caseId }, { cookie: cookies.advocate }),
    ).serviceLogCsv;
    const rows = parse<Record<string, string>>(csv, { columns: true }).filter(
      (r) => r.row_type === 'period',
    );
    expect(
      rows.map((r) => [
        r.period_start,
        r.period_status,
        r.period_weekdays,
        r.school_days,
        r.counted_on,
        r.required_minutes,
        r.owed_missed_minutes,
        r.owed_not_logged_minutes,
        r.owed_minutes,
      ]),
    ).toEqual([
      ['2025-11-10', 'MET', '5', '5', 'DISTRICT_CALENDAR', '60', '0', '0', '0'],
      ['2025-11-17', 'MISSED', '5', '5', 'DISTRICT_CALENDAR', '60', '60', '0', '60'],
      ['2025-11-24', 'NO_SCHOOL', '5', '0', 'DISTRICT_CALENDAR', '0', '0', '0', '0'],
      ['2025-12-01', 'NOT_LOGGED', '5', '5', 'DISTRICT_CALENDAR', '60', '0', '60', '60'],
      ['2025-12-08', 'NOT_LOGGED', '5', '5', 'DISTRICT_CALENDAR', '60', '0', '60', '60'],
      ['2025-12-15', 'NOT_LOGGED', '5', '5', 'DISTRICT_CALENDAR', '60', '0', '60', '60'],
    ]);
  });

  it('a service that crosses school years owes nothing over the summer between the two calendars, unless it continues in the extended school year', async () => {
    const { caseId, cookies } = await world();
    const save = async (firstDay: string, lastDay: string) =>
      ok(
        await api.graphql(
          SAVE_CALENDAR,
          {
            input: {
              state: 'CA',
              district: 'Oakland Unified',
              firstDay,
              lastDay,
              nonSchoolDays: [],
            },
          },
          { cookie: cookies.admin },
        ),
      );
    await save('2025-08-25', '2026-06-12'); // ends on a Friday
    await save('2026-08-26', '2027-06-11'); // starts on a Wednesday
    // 60 minutes a week from Monday 1 June to Friday 4 September 2026: 14 weeks.
    const added = ok<{ addServiceRequirement: Service }>(
      await api.graphql(
        ADD_SERVICE,
        {
          input: {
            caseId,
            service: 'Occupational therapy',
            minutes: 60,
            frequency: 'WEEKLY',
            startDate: '2026-06-01',
            endDate: '2026-09-04',
          },
        },
        { cookie: cookies.advocate },
      ),
    ).addServiceRequirement;
    // 1 and 8 June: 60 each; 15 June to 23 August: summer, 0; 24 August: Wednesday to Friday,
    // 60 × 3 / 5 = 36; 31 August: 60. Total 60 + 60 + 36 + 60 = 216.
    expect(added.periods.map((p) => p.requiredMinutes)).toEqual([
      60,
      60,
      ...Array<number>(10).fill(0),
      36,
      60,
    ]);
    expect(added.compensatoryMinutesOwed).toBe(216);
    const summer = ok<{ serviceLog: ServiceLog }>(
      await api.graphql(
        SERVICE_LOG,
        { id: caseId, asOf: '2026-09-14' },
        { cookie: cookies.advocate },
      ),
    ).serviceLog;
    expect(summer.districtCalendars).toBe(2);
    expect(summer.compensatoryMinutesOwed).toBe(216);

    // Marked extended school year: the ten summer weeks count their weekdays (10 × 60), and
    // Monday and Tuesday 24-25 August too: 60 + 60 + 600 + 60 + 60 = 840.
    const esy = ok<{ updateServiceRequirement: Service }>(
      await api.graphql(
        UPDATE_SERVICE,
        { input: { requirementId: added.id, extendedSchoolYear: true } },
        { cookie: cookies.advocate },
      ),
    ).updateServiceRequirement;
    expect(esy.extendedSchoolYear).toBe(true);
    expect(esy.compensatoryMinutesOwed).toBe(840);
  });

  it('a parent never reaches an internal note: not in the list, not by id, not in search, not in the timeline', async () => {
    const { caseId, cookies } = await world();
    const add = (input: Record<string, unknown>, cookie: string) =>
      api.graphql<{ addNote: { id: string; visibility: string; authorName: string } }>(
        ADD_NOTE,
        { input: { caseId, ...input } },
        { cookie },
      );
    const internal = ok<{ addNote: { id: string; visibility: string } }>(
      await add(
        {
          body: 'Strategy: the district evaluations ignored the private report. Consider due process.',
        },
        cookies.advocate,
      ),
    ).addNote;
    expect(internal.visibility).toBe('INTERNAL'); // staff notes are internal unless shared
    const shared = ok<{ addNote: { id: string; authorName: string } }>(
      await add(
        {
          body: 'The evaluation meeting is on Tuesday; bring the report cards.',
          visibility: 'SHARED',
        },
        cookies.advocate,
      ),
    ).addNote;
    expect(shared.authorName).toBe('Marcus Lee');
    const spanish = ok<{ addNote: { id: string } }>(
      await add(
        {
          body: 'La familia pidió una reunión con las escuelas del distrito.',
          visibility: 'SHARED',
        },
        cookies.advocate,
      ),
    ).addNote;

    const parentList = ok<{ notes: { id: string }[] }>(
      await api.graphql(NOTES, { id: caseId }, { cookie: cookies.parent }),
    ).notes;
    expect(parentList.map((n) => n.id).sort()).toEqual([shared.id, spanish.id].sort());
    expect(
      errorOf(await api.graphql(NOTE, { id: internal.id }, { cookie: cookies.parent }))?.code,
    ).toBe('NOT_FOUND');
    const parentSearch = ok<{ searchCaseNotes: { id: string }[] }>(
      await api.graphql(SEARCH, { id: caseId, q: 'evaluations' }, { cookie: cookies.parent }),
    ).searchCaseNotes;
    expect(parentSearch.map((n) => n.id)).toEqual([shared.id]);
    expect(
      ok<{ searchCaseNotes: unknown[] }>(
        await api.graphql(SEARCH, { id: caseId, q: 'strategy' }, { cookie: cookies.parent }),
      ).searchCaseNotes,
    ).toEqual([]);
    const timeline = ok<{ case: { timeline: { kind: string; summary: string }[] } }>(
      await api.graphql(CASE_TIMELINE, { id: caseId }, { cookie: cookies.parent }),
    ).case.timeline;
    expect(timeline.filter((t) => t.kind === 'note_added')).toHaveLength(2);
    expect(JSON.stringify(timeline)).not.toMatch(/internal note/i);

    // Staff find both by stem ("evaluations" ~ "evaluation"), and Spanish words by their stem.
    const staffSearch = ok<{ searchCaseNotes: { id: string }[] }>(
      await api.graphql(SEARCH, { id: caseId, q: 'evaluations' }, { cookie: cookies.advocate }),
    ).searchCaseNotes;
    expect(staffSearch.map((n) => n.id).sort()).toEqual([internal.id, shared.id].sort());
    expect(
      ok<{ searchCaseNotes: { id: string }[] }>(
        await api.graphql(SEARCH, { id: caseId, q: 'escuela' }, { cookie: cookies.advocate }),
      ).searchCaseNotes.map((n) => n.id),
    ).toEqual([spanish.id]);
    expect(
      errorOf(await api.graphql(SEARCH, { id: caseId, q: '  ' }, { cookie: cookies.advocate })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });

    // A parent writes shared notes only, and rewrites only their own.
    expect(
      errorOf(await add({ body: 'secret', visibility: 'INTERNAL' }, cookies.parent))?.code,
    ).toBe('FORBIDDEN');
    const fromParent = ok<{ addNote: { id: string; visibility: string } }>(
      await add({ body: 'We received the district’s proposal.' }, cookies.parent),
    ).addNote;
    expect(fromParent.visibility).toBe('SHARED');
    expect(
      ok<{ updateNote: { body: string } }>(
        await api.graphql(
          UPDATE_NOTE,
          { input: { noteId: fromParent.id, body: 'We received the proposal on Monday.' } },
          { cookie: cookies.parent },
        ),
      ).updateNote.body,
    ).toBe('We received the proposal on Monday.');
    expect(
      errorOf(
        await api.graphql(
          UPDATE_NOTE,
          { input: { noteId: fromParent.id, visibility: 'INTERNAL' } },
          { cookie: cookies.parent },
        ),
      )?.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await api.graphql(
          UPDATE_NOTE,
          { input: { noteId: shared.id, body: 'changed' } },
          { cookie: cookies.parent },
        ),
      )?.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await api.graphql(
          UPDATE_NOTE,
          { input: { noteId: fromParent.id, body: 'changed by staff' } },
          { cookie: cookies.advocate },
        ),
      )?.code,
    ).toBe('FORBIDDEN');
    // The author moves their note between audiences; the parent then loses it.
    ok(
      await api.graphql(
        UPDATE_NOTE,
        { input: { noteId: shared.id, visibility: 'INTERNAL' } },
        { cookie: cookies.advocate },
      ),
    );
    expect(
      errorOf(await api.graphql(NOTE, { id: shared.id }, { cookie: cookies.parent }))?.code,
    ).toBe('NOT_FOUND');
    expect(
      ok(await api.graphql(DELETE_NOTE, { id: fromParent.id }, { cookie: cookies.admin })),
    ).toEqual({ deleteNote: true });
    expect(
      errorOf(await api.graphql(NOTES, { id: caseId }, { cookie: cookies.otherParent }))?.code,
    ).toBe('NOT_FOUND');
  });

  it('tasks go to members who can see the case; myTasks lists open first by due date; a parent may only tick theirs done', async () => {
    const { caseId, cookies, users } = await world();
    const create = (input: Record<string, unknown>, cookie = cookies.advocate) =>
      api.graphql<{ createTask: { id: string; assigneeName: string; studentName: string } }>(
        CREATE_TASK,
        { input: { caseId, ...input } },
        { cookie },
      );
    const later = ok<{ createTask: { id: string } }>(
      await create({
        title: 'Draft the IEE request',
        assigneeUserId: users.advocate.user.id,
        dueOn: plusDays(daysAgo(0), 10),
      }),
    ).createTask;
    const sooner = ok<{ createTask: { id: string; assigneeName: string; studentName: string } }>(
      await create({
        title: 'Call the case manager',
        assigneeUserId: users.advocate.user.id,
        dueOn: plusDays(daysAgo(0), 2),
      }),
    ).createTask;
    expect(sooner).toMatchObject({ assigneeName: 'Marcus Lee', studentName: 'Sofía González' });
    const undated = ok<{ createTask: { id: string } }>(
      await create({ title: 'Read the evaluation', assigneeUserId: users.advocate.user.id }),
    ).createTask;
    const finished = ok<{ createTask: { id: string } }>(
      await create({
        title: 'Send the records request',
        assigneeUserId: users.advocate.user.id,
        dueOn: daysAgo(5),
      }),
    ).createTask;
    ok(
      await api.graphql(
        UPDATE_TASK,
        { input: { taskId: finished.id, done: true } },
        { cookie: cookies.advocate },
      ),
    );
    const forParent = ok<{ createTask: { id: string } }>(
      await create({
        title: 'Bring the last IEP',
        assigneeUserId: users.parent.user.id,
        dueOn: plusDays(daysAgo(0), 1),
      }),
    ).createTask;

    expect(
      errorOf(await create({ title: 'x', assigneeUserId: users.otherAdvocate.user.id })),
    ).toMatchObject({ code: 'INVALID_ASSIGNEE', field: 'assigneeUserId' });
    expect(
      errorOf(await create({ title: 'x', assigneeUserId: users.otherParent.user.id })),
    ).toMatchObject({ code: 'INVALID_ASSIGNEE', field: 'assigneeUserId' });
    expect(errorOf(await create({ title: ' ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect(errorOf(await create({ title: 'x', dueOn: 'soon' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueOn',
    });
    expect(errorOf(await create({ title: 'x' }, cookies.parent))?.code).toBe('FORBIDDEN');

    const mine = ok<{ myTasks: { id: string; done: boolean }[] }>(
      await api.graphql(MY_TASKS, {}, { cookie: cookies.advocate }),
    ).myTasks;
    expect(mine.map((t) => t.id)).toEqual([sooner.id, later.id, undated.id, finished.id]);

    const parentTasks = ok<{ myTasks: { id: string }[] }>(
      await api.graphql(MY_TASKS, {}, { cookie: cookies.parent }),
    ).myTasks;
    expect(parentTasks.map((t) => t.id)).toEqual([forParent.id]);
    expect(
      ok<{ tasks: { id: string }[] }>(
        await api.graphql(TASKS, { id: caseId }, { cookie: cookies.parent }),
      ).tasks.map((t) => t.id),
    ).toEqual([forParent.id]);
    expect(
      ok<{ tasks: { id: string }[] }>(
        await api.graphql(TASKS, { id: caseId }, { cookie: cookies.admin }),
      ).tasks,
    ).toHaveLength(5);
    const ticked = ok<{ updateTask: { done: boolean; doneAt: string | null } }>(
      await api.graphql(
        UPDATE_TASK,
        { input: { taskId: forParent.id, done: true } },
        { cookie: cookies.parent },
      ),
    ).updateTask;
    expect(ticked.done).toBe(true);
    expect(ticked.doneAt).not.toBeNull();
    expect(
      errorOf(
        await api.graphql(
          UPDATE_TASK,
          { input: { taskId: forParent.id, title: 'Nothing' } },
          { cookie: cookies.parent },
        ),
      )?.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await api.graphql(
          UPDATE_TASK,
          { input: { taskId: sooner.id, done: true } },
          { cookie: cookies.parent },
        ),
      )?.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await api.graphql(DELETE_TASK, { id: forParent.id }, { cookie: cookies.parent }))
        ?.code,
    ).toBe('FORBIDDEN');

    const reassigned = ok<{ updateTask: { assigneeUserId: string; dueOn: string | null } }>(
      await api.graphql(
        UPDATE_TASK,
        { input: { taskId: later.id, assigneeUserId: users.admin.user.id, dueOn: null } },
        { cookie: cookies.advocate },
      ),
    ).updateTask;
    expect(reassigned).toEqual(
      expect.objectContaining({ assigneeUserId: users.admin.user.id, dueOn: null }),
    );
    expect(
      ok(await api.graphql(DELETE_TASK, { id: undated.id }, { cookie: cookies.advocate })),
    ).toEqual({ deleteTask: true });
    expect(
      ok<{ myTasks: unknown[] }>(await api.graphql(MY_TASKS, {}, { cookie: cookies.advocate }))
        .myTasks,
    ).toHaveLength(2);
  });
});
