import type { AppConfig } from '../src/platform/config/config';
import { APP_CONFIG } from '../src/platform/config/config.module';
import { Factories } from './support/factories';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { waitFor } from './support/wait-for';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { role }
}`;
const RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;

/** Issue 13's bound: a deadlock check, not a benchmark. */
const ANSWER_WITHIN_MS = 1_000;

interface Timed {
  ms: number;
  ok: boolean;
}

/** One request's latency; it gives up well after the bound, so a hung pool fails the test. */
async function timed(request: (signal: AbortSignal) => Promise<boolean>): Promise<Timed> {
  const started = performance.now();
  const ok = await request(AbortSignal.timeout(10_000)).catch(() => false);
  return { ms: performance.now() - started, ok };
}

describe('a crowd of sign-ins does not freeze the API', () => {
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    // Every wrong password is checked and counted (none is turned away by back-off first),
    // so the crowd does all a real one would: hash, count, audit.
    api = await TestApi.start({
      SIGN_IN_ACCOUNT_FREE_FAILURES: '1000',
      SIGN_IN_ADDRESS_FREE_FAILURES: '1000',
    });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  /**
   * Fires the crowd and, once it is under way (its first answer is in; the 60 requests have
   * arrived and been parsed), /health and a signed-in query: each must answer within a second
   * while the rest of the crowd is still running. Before the fix each request held its
   * transaction's connection and asked the pool for another (throttle, audit): twenty of them
   * held the whole pool, nothing answered, and /health waited until clients gave up.
   */
  async function duringCrowd<T>(crowd: () => Promise<T>[], cookie: string) {
    let answered = 0;
    const all = crowd().map((p) => p.finally(() => (answered += 1)));
    await waitFor("the crowd's first answer", () => answered > 0, { everyMs: 10 });
    const [health, me] = await Promise.all([
      timed(async (signal) => (await fetch(`${api.baseUrl}/health`, { signal })).status === 200),
      timed(async (signal) => {
        const response = await fetch(`${api.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: '{ me { user { email } } }' }),
          signal,
        });
        const body = (await response.json()) as { data?: { me?: { user: { email: string } } } };
        return Boolean(body.data?.me?.user.email);
      }),
    ]);
    const stillRunning = answered < all.length;
    const answers = await Promise.all(all);
    return { health, me, answers, stillRunning };
  }

  it('keeps /health and a signed-in query answering within a second during 60 concurrent failed sign-ins', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const cookie = await signIn(api, advocate.email, advocate.password);

    const { health, me, answers, stillRunning } = await duringCrowd(
      () =>
        Array.from({ length: 60 }, (_, i) =>
          api.graphql(SIGN_IN, { email: admin.email, password: `wrong ${i}` }),
        ),
      cookie,
    );
    expect(health.ok).toBe(true);
    expect(me.ok).toBe(true);
    expect(health.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(me.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(stillRunning).toBe(true);
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(
      Array(60).fill('INVALID_CREDENTIALS'),
    );
  });

  it('keeps /health and a signed-in query answering within a second during 60 concurrent reset requests', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const cookie = await signIn(api, advocate.email, advocate.password);

    const { health, me, answers, stillRunning } = await duringCrowd(
      () => Array.from({ length: 60 }, () => api.graphql(RESET, { email: parent.email })),
      cookie,
    );
    expect(health.ok).toBe(true);
    expect(me.ok).toBe(true);
    expect(health.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(me.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(stillRunning).toBe(true);
    expect(answers.map((a) => a.errors)).toEqual(Array(60).fill(undefined));
  });

  it('answers SERVICE_BUSY instead of hanging when no pooled connection frees up', async () => {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const cookie = await signIn(api, advocate.email, advocate.password);

    // Every connection of the pool held by work that waits for the test.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { databasePoolSize } = api.app.get<AppConfig>(APP_CONFIG);
    const holders = Array.from({ length: databasePoolSize }, () =>
      api.unitOfWork.run(null, () => held),
    );
    try {
      const started = performance.now();
      const answer = await api.graphql('{ me { user { email } } }', {}, { cookie });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        key: 'SERVICE_BUSY',
      });
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      release();
      await Promise.all(holders);
    }
    const after = await api.graphql<{ me: { user: { email: string } } }>(
      '{ me { user { email } } }',
      {},
      { cookie },
    );
    expect(after.data?.me.user.email).toBe(advocate.email);
  });
});
