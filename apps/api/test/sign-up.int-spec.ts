import { seedDemo, DEMO_PASSWORD } from '../src/seed/demo-seed';
import { SignUpService } from '../src/modules/sign-up/sign-up.service';
import { TestTime } from './support/clock';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { TestSmtpServer } from './support/smtp';

const REQUEST = `mutation ($input: RequestHelpInput!) { requestHelp(input: $input) }`;
const CONFIRM = `mutation ($token: String!) { confirmSignUp(token: $token) { intakeId organization { slug name contactPhone contactEmail website } } }`;
const ME = `query { me { user { email } role activeOrganization { name } } }`;
const INTAKES = `query { intakes(status: SUBMITTED) { id status answers recommendation } }`;

/** Arizona, an IEP, a decision never put in writing: the rules warn about the missing notice. */
const ANSWERS = {
  state: 'AZ',
  plan_type: 'iep',
  issues: ['services_insufficient'],
  has_decision_date: true,
  district_decision_date: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
  written_notice: false,
  open_to_negotiation: true,
  urgency: 'high',
};

type Extensions = { code?: string; key?: string; field?: string; params?: Record<string, unknown> };

/** The first error's extensions: what the portal words the message from. */
function ext(result: { errors?: unknown[] }): Extensions | undefined {
  return (result.errors?.[0] as { extensions?: Extensions } | undefined)?.extensions;
}

function input(email: string, extra: Record<string, unknown> = {}) {
  return {
    organizationSlug: 'riverside',
    name: 'Ana Torres',
    email,
    password: 'a long enough passphrase',
    childName: 'Mateo',
    lang: 'ES',
    answers: ANSWERS,
    ...extra,
  };
}

async function count(table: string, where = 'true'): Promise<number> {
  return asSuperuser(async (c) => {
    const { rows } = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${table} WHERE ${where}`,
    );
    return Number(rows[0]!.n);
  });
}

/*
 * Issue 14, "Save my answers and get help": a family signs up from the public guidance; the
 * account exists only once the email is confirmed, and sign-up never tells who has an account.
 */
describe('sign-up from the public guidance', () => {
  let api: TestApi;
  let smtp: TestSmtpServer;
  const time = new TestTime();
  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    api = await TestApi.start(
      {
        SMTP_URL: smtp.url,
        JOB_POLLING_SECONDS: '1',
        LOG_LEVEL: process.env.SIGNUP_LOG ?? 'silent',
      },
      undefined,
      {
        time,
      },
    );
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(async () => {
    time.release();
    smtp.received.length = 0;
    await resetDatabase();
    await seedDemo(api.unitOfWork);
  });

  const request = (email: string, extra: Record<string, unknown> = {}, address?: string) =>
    api.graphql<{ requestHelp: boolean }>(
      REQUEST,
      { input: input(email, extra) },
      address ? { headers: { 'x-forwarded-for': address } } : {},
    );

  it('happy path: the mailed link confirms, and the intake lands in Riverside’s triage with its warnings', async () => {
    const sent = await request('ana@example.net');
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.requestHelp).toBe(true);
    // Nothing exists yet but the pending sign-up; its token is stored hashed.
    expect(await count('users', `email = 'ana@example.net'`)).toBe(0);
    expect(await count('sign_up_requests')).toBe(1);

    const mail = await smtp.mailTo('ana@example.net');
    expect(mail.subject).toContain('Riverside Parent Center');
    expect(mail.text).toContain('/es/sign-up/confirm?token=');
    expect(mail.text.indexOf('Hola Ana Torres')).toBeLessThan(mail.text.indexOf('Hello'));
    const token = TestSmtpServer.token(mail);
    const stored = await asSuperuser((c) =>
      c.query<{ token_hash: Buffer }>('SELECT token_hash FROM sign_up_tokens'),
    );
    expect(stored.rows[0]!.token_hash.toString('base64url')).not.toBe(token);

    const confirmed = await api.graphql<{
      confirmSignUp: { intakeId: string; organization: { slug: string; contactPhone: string } };
    }>(CONFIRM, { token });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmSignUp.organization).toMatchObject({
      slug: 'riverside',
      contactEmail: 'help@riverside.example',
    });
    const cookie = (confirmed.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = await api.graphql<{ me: { role: string; activeOrganization: { name: string } } }>(
      ME,
      {},
      { cookie },
    );
    expect(me.data?.me).toMatchObject({
      role: 'PARENT',
      activeOrganization: { name: 'Riverside Parent Center' },
    });
    expect(
      await count('users', `email = 'ana@example.net' AND email_verified_at IS NOT NULL`),
    ).toBe(1);
    expect(await count('sign_up_requests')).toBe(0);
    expect(await count('audit_events', `action = 'sign_up.confirm'`)).toBe(1);

    // The parent sees their own submitted intake, computed like any signed-in submission.
    const own = await api.graphql<{
      intakes: { id: string; recommendation: { warnings: { id: string }[] } }[];
    }>(INTAKES, {}, { cookie });
    expect(own.data?.intakes.map((i) => i.id)).toEqual([confirmed.data!.confirmSignUp.intakeId]);
    expect(own.data?.intakes[0]!.recommendation.warnings.map((w) => w.id)).toContain(
      'no_written_notice',
    );
    // Riverside's advocates are mailed about the new intake.
    const notice = await smtp.mailTo('marcus.lee@riverside.example');
    expect(notice.subject).toBe('New intake from the Ana Torres family');
  });

  it('cross-organization: the new intake is visible to Riverside’s advocates and not to Summit’s', async () => {
    await request('cross@example.net');
    const token = TestSmtpServer.token(await smtp.mailTo('cross@example.net'));
    const confirmed = await api.graphql<{ confirmSignUp: { intakeId: string } }>(CONFIRM, {
      token,
    });
    const intakeId = confirmed.data!.confirmSignUp.intakeId;
    const riverside = await signIn(api, 'marcus.lee@riverside.example', DEMO_PASSWORD);
    const summit = await signIn(api, 'aisha.johnson@summit.example', DEMO_PASSWORD);
    type List = { intakes: { id: string }[] };
    const seen = await api.graphql<List>(INTAKES, {}, { cookie: riverside });
    expect(seen.data?.intakes.map((i) => i.id)).toContain(intakeId);
    const hidden = await api.graphql<List>(INTAKES, {}, { cookie: summit });
    expect(hidden.data?.intakes.map((i) => i.id)).not.toContain(intakeId);
    const byId = await api.graphql(
      `query ($id: ID!) { intake(intakeId: $id) { id } }`,
      { id: intakeId },
      { cookie: summit },
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Summit's pending sign-ups are not Riverside's either: row-level security on the table.
    await request('summit-family@example.net', {
      organizationSlug: 'summit',
      answers: { ...ANSWERS, state: 'NY' },
    });
    const visible = await api.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: await riversideId(), role: null },
      (m) => m.query<{ email: string }[]>('SELECT email FROM sign_up_requests'),
    );
    expect(visible).toEqual([]);
  });

  it('a known email gets the same answer, a different mail, and nothing is created', async () => {
    const known = await request('james.carter@example.com');
    const unknown = await request('new-family@example.net');
    expect(known.status).toBe(unknown.status);
    expect(known.data).toEqual(unknown.data);
    expect(known.errors).toBeUndefined();
    const mail = await smtp.mailTo('james.carter@example.com');
    expect(mail.text).toContain('ya tiene una cuenta');
    expect(mail.text).toContain('/es/sign-in');
    expect(mail.text).toContain('/es/reset-password');
    expect(mail.text).not.toContain('token=');
    expect(await count('sign_up_requests', `email = 'james.carter@example.com'`)).toBe(0);
    expect(await count('users', `lower(email) = 'james.carter@example.com'`)).toBe(1);
  });

  it('the link is single-use', async () => {
    await request('once@example.net');
    const token = TestSmtpServer.token(await smtp.mailTo('once@example.net'));
    expect((await api.graphql(CONFIRM, { token })).errors).toBeUndefined();
    const again = await api.graphql<null>(CONFIRM, { token });
    expect(ext(again)?.key).toBe('SIGN_UP_LINK_INVALID');
    expect(await count('users', `email = 'once@example.net'`)).toBe(1);
    expect(await count('intakes')).toBeGreaterThan(0);
  });

  it('the link expires after 24 hours, and the sweep deletes the expired sign-up', async () => {
    time.pin('2026-12-01T10:00:00Z');
    await request('late@example.net');
    await request('fresh@example.net');
    const token = TestSmtpServer.token(await smtp.mailTo('late@example.net'));
    time.pin('2026-12-02T10:00:01Z');
    const late = await api.graphql(CONFIRM, { token });
    expect(ext(late)?.key).toBe('SIGN_UP_LINK_EXPIRED');
    expect(ext(late)?.params).toEqual({ hours: 24 });
    expect(await count('users', `email = 'late@example.net'`)).toBe(0);

    // A sign-up requested an hour later is still pending when the sweep runs.
    time.pin('2026-12-01T11:00:00Z');
    await request('later@example.net');
    time.pin('2026-12-02T10:30:00Z');
    const removed = await api.app.get(SignUpService).sweepExpired();
    expect(removed).toBe(2);
    expect(
      await asSuperuser(
        async (c) => (await c.query<{ email: string }>('SELECT email FROM sign_up_requests')).rows,
      ),
    ).toEqual([{ email: 'later@example.net' }]);
    expect(await count('sign_up_tokens')).toBe(1);
    const gone = await api.graphql(CONFIRM, { token });
    expect(ext(gone)?.key).toBe('SIGN_UP_LINK_INVALID');
  });

  it('a filled honeypot is answered as accepted, and nothing is created or sent', async () => {
    const bot = await request('bot@example.net', { honeypot: 'https://spam.example' });
    expect(bot.errors).toBeUndefined();
    expect(bot.data?.requestHelp).toBe(true);
    await request('human@example.net');
    await smtp.mailTo('human@example.net');
    expect(smtp.received.some((m) => m.to.includes('bot@example.net'))).toBe(false);
    expect(await count('sign_up_requests', `email = 'bot@example.net'`)).toBe(0);
    expect(await count('mail_outbox', `to_address = 'bot@example.net'`)).toBe(0);
  });

  it('30 sign-up attempts from one address are throttled with a clear message', async () => {
    time.pin('2026-12-03T09:00:00Z');
    const results = [];
    for (let i = 0; i < 30; i++)
      results.push(await request(`family${i}@example.net`, {}, '198.51.100.7'));
    const refused = results.filter((r) => r.errors);
    // Ten are free a day; the eleventh starts the back-off, and the clock has not moved.
    expect(results.slice(0, 11).every((r) => r.data?.requestHelp === true)).toBe(true);
    expect(refused).toHaveLength(19);
    const error = refused[0]!.errors![0]!;
    expect(ext(refused[0]!)?.key).toBe('SIGN_UP_TOO_MANY_REQUESTS');
    expect(ext(refused[0]!)?.params).toEqual({ seconds: 1, minutes: 1 });
    expect((error as { message: string }).message).toContain('Too many requests for help');
    // Another address is not held up by this one.
    expect((await request('neighbour@example.net', {}, '198.51.100.8')).errors).toBeUndefined();
    expect(await count('sign_up_requests')).toBe(12);
  });

  it('per-email throttle: a fourth request for one address waits, whatever the client address', async () => {
    time.pin('2026-12-03T09:00:00Z');
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4'])
      expect((await request('target@example.net', {}, address)).errors).toBeUndefined();
    const fifth = await request('target@example.net', {}, '203.0.113.5');
    expect(ext(fifth)?.key).toBe('SIGN_UP_TOO_MANY_REQUESTS');
    // After the wait, one more goes through.
    time.pin('2026-12-03T09:00:02Z');
    expect((await request('target@example.net', {}, '203.0.113.6')).errors).toBeUndefined();
  });

  it('names the field at fault: bad answers, an unknown organization, a weak password', async () => {
    const answers = await request('a@example.net', { answers: { state: 'AZ' } });
    expect(ext(answers)).toMatchObject({ key: 'INTAKE_ANSWER_INVALID' });
    const organization = await request('b@example.net', { organizationSlug: 'nowhere' });
    expect(ext(organization)).toMatchObject({
      key: 'SIGN_UP_ORGANIZATION_REQUIRED',
      field: 'organizationSlug',
    });
    const password = await request('c@example.net', { password: 'short' });
    expect(ext(password)).toMatchObject({ key: 'PASSWORD_TOO_SHORT' });
    expect(await count('sign_up_requests')).toBe(0);
  });

  async function riversideId(): Promise<string> {
    return asSuperuser(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `SELECT id FROM organizations WHERE slug = 'riverside'`,
      );
      return rows[0]!.id;
    });
  }
});
