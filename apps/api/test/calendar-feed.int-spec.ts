import { PassThrough } from 'node:stream';
import ICAL from 'ical.js';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { waitFor } from './support/wait-for';
import { Factories } from './support/factories';

const CREATE = 'mutation { createCalendarFeed { path } }';

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

describe('the iCalendar feed of deadlines', () => {
  let api: TestApi;
  let factories: Factories;
  const logged: string[] = [];
  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logged.push(chunk.toString('utf8')));
    api = await TestApi.start({ JOB_WORKERS: 'false', LOG_LEVEL: 'info' }, undefined, {
      logStream,
    });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('serves the member’s deadlines at a secret URL, read back by a real parser; revoking or replacing the link ends it', async () => {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const { student } = await factories.newFamily(organization, {
      student: { name: 'Sofía González' },
    });
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
    const received = daysAgo(3);
    await api.graphql(
      'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { id } }',
      { id: opened.data!.openProceeding.id, d: received },
      { cookie },
    );

    const link = await api.graphql<{ createCalendarFeed: { path: string } }>(
      CREATE,
      {},
      { cookie },
    );
    const path = link.data!.createCalendarFeed.path;
    expect(path).toMatch(new RegExp(`^/calendar/${organization.id}/[A-Za-z0-9_-]{43}\\.ics$`));

    const response = await fetch(`${api.baseUrl}${path}`); // no cookie: calendar apps have none
    expect(response.status).toBe(200);
    // The path is the feed's credential: the request log keeps the organization, not the token.
    const token = path.split('/')[3]!.replace(/\.ics$/, '');
    const requestLine = await waitFor('the feed request in the log', () =>
      logged
        .join('')
        .split('\n')
        .find((l) => l.includes(`/calendar/${organization.id}/`)),
    );
    expect(requestLine).toContain(`/calendar/${organization.id}/[redacted].ics`);
    expect(logged.join('')).not.toContain(token);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(await response.text()) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const meeting = events.find((e) => e.summary.includes('Resolution meeting'));
    // Titles in words, never rule ids or kinds (issue #12).
    expect(meeting?.summary).toBe('Sofía González: Resolution meeting (Due process complaint)');
    expect(meeting?.startDate.isDate).toBe(true);
    expect(meeting?.startDate.toString()).toBe(
      new Date(Date.parse(received) + 15 * 86_400_000).toISOString().slice(0, 10),
    );
    expect(meeting?.description).toContain('34 CFR 300.510(a)(1)');

    // A link made in Spanish (`?lang=es`) reads in Spanish.
    const spanish = await fetch(`${api.baseUrl}${path}?lang=es`);
    const summaries = new ICAL.Component(ICAL.parse(await spanish.text()) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries).toContain('Sofía González: Reunión de resolución (Queja de debido proceso)');
    expect(summaries.join(' ')).not.toMatch(/[a-z]+_[a-z_]+/);

    // The token is bound to its organization: another organization's id in the path finds nothing.
    const other = await factories.organization();
    expect((await fetch(`${api.baseUrl}${path.replace(organization.id, other.id)}`)).status).toBe(
      404,
    );

    const replaced = await api.graphql<{ createCalendarFeed: { path: string } }>(
      CREATE,
      {},
      { cookie },
    );
    expect((await fetch(`${api.baseUrl}${path}`)).status).toBe(404);
    expect((await fetch(`${api.baseUrl}${replaced.data!.createCalendarFeed.path}`)).status).toBe(
      200,
    );
    const revoked = await api.graphql<{ revokeCalendarFeed: boolean }>(
      'mutation { revokeCalendarFeed }',
      {},
      { cookie },
    );
    expect(revoked.data?.revokeCalendarFeed).toBe(true);
    expect((await fetch(`${api.baseUrl}${replaced.data!.createCalendarFeed.path}`)).status).toBe(
      404,
    );
  });

  it('a parent’s feed shows only their own family’s deadlines', async () => {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const mine = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { name: 'Mine' },
    });
    const theirs = await factories.newFamily(organization, { student: { name: 'Theirs' } });
    const advocateCookie = await signIn(api, advocate.email, advocate.password);
    for (const { student } of [mine, theirs]) {
      const caseRow = await factories.newCase(organization, {
        studentId: student.id,
        advocates: [advocate.user],
      });
      const opened = await api.graphql<{ openProceeding: { id: string } }>(
        'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
        { id: caseRow.id },
        { cookie: advocateCookie },
      );
      await api.graphql(
        'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { id } }',
        { id: opened.data!.openProceeding.id, d: daysAgo(1) },
        { cookie: advocateCookie },
      );
    }
    const parentCookie = await signIn(api, parent.email, parent.password);
    const link = await api.graphql<{ createCalendarFeed: { path: string } }>(
      CREATE,
      {},
      { cookie: parentCookie },
    );
    const text = await (await fetch(`${api.baseUrl}${link.data!.createCalendarFeed.path}`)).text();
    const summaries = new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.every((s) => s.startsWith('Mine:'))).toBe(true);
  });
});
