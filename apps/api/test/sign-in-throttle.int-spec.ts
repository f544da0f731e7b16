import { createHash } from 'node:crypto';
import { TestTime } from './support/clock';
import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, TestApi } from './support/harness';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { role }
}`;

type Outcome = { code: string | undefined; seconds: number | undefined };

async function attempt(
  api: TestApi,
  email: string,
  password: string,
  address?: string,
): Promise<Outcome> {
  const result = await api.graphql(
    SIGN_IN,
    { email, password },
    { headers: address ? { 'x-forwarded-for': address } : {} },
  );
  const error = result.errors?.[0] as
    { extensions?: { code?: string; params?: { seconds?: number } } } | undefined;
  if (!error) return { code: 'SIGNED_IN', seconds: undefined };
  return { code: error.extensions?.code, seconds: error.extensions?.params?.seconds };
}

/** The throttle's counts, read as the superuser by the same hashed key the API writes. */
async function failures(kind: 'account' | 'address', value: string): Promise<number> {
  const key = createHash('sha256').update(`${kind}:${value}`).digest('hex');
  const { rows } = await asSuperuser((client) =>
    client.query<{ failures: number }>(`SELECT failures FROM sign_in_attempts WHERE key = $1`, [
      key,
    ]),
  );
  return rows[0]?.failures ?? 0;
}

async function auditedAddresses(action: string): Promise<string[]> {
  const { rows } = await asSuperuser((client) =>
    client.query<{ ip_address: string }>(
      `SELECT ip_address FROM audit_events WHERE action = $1 ORDER BY occurred_at`,
      [action],
    ),
  );
  return rows.map((r) => r.ip_address);
}

describe('sign-in throttling by back-off, per account and per client address', () => {
  const time = new TestTime();
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    api = await TestApi.start({}, undefined, { time });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    time.pin('2026-12-01T09:00:00Z');
    await resetDatabase();
  });

  it('backs off 1 s, 2 s, 4 s… after five free failures, capped at 5 minutes, and the right password after the wait signs in', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const at = (seconds: number) =>
      time.pin(new Date(Date.parse('2026-12-01T09:00:00Z') + seconds * 1000));

    for (let i = 0; i < 5; i++)
      expect((await attempt(api, admin.email, 'wrong password')).code).toBe('INVALID_CREDENTIALS');
    // The sixth failure starts the back-off: 1 s, then each failure doubles it.
    let now = 0;
    for (const wait of [1, 2, 4, 8]) {
      expect((await attempt(api, admin.email, 'wrong password')).code).toBe('INVALID_CREDENTIALS');
      // Even the right password waits, and is told how long (not counted as a failure).
      expect(await attempt(api, admin.email, admin.password)).toEqual({
        code: 'TOO_MANY_ATTEMPTS',
        seconds: wait,
      });
      now += wait;
      at(now);
    }
    // Back-off is capped at five minutes, however many failures.
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect((await attempt(api, admin.email, 'wrong password')).code).toBe('INVALID_CREDENTIALS');
      const refused = await attempt(api, admin.email, admin.password);
      expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
      waits.push(refused.seconds!);
      now += refused.seconds!;
      at(now);
    }
    expect(waits).toEqual([16, 32, 64, 128, 256, 300, 300, 300]);
    expect(await attempt(api, admin.email, admin.password)).toEqual({
      code: 'SIGNED_IN',
      seconds: undefined,
    });
    // A sign-in clears the account's count: the next typo is free again.
    expect(await failures('account', admin.email)).toBe(0);
    expect((await attempt(api, admin.email, 'wrong password')).code).toBe('INVALID_CREDENTIALS');
    expect((await attempt(api, admin.email, admin.password)).code).toBe('SIGNED_IN');
  });

  it('reads the client address from X-Forwarded-For sent by a trusted proxy, and audits it', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    await attempt(api, parent.email, 'wrong password', '203.0.113.9');
    expect(await failures('address', '203.0.113.9')).toBe(1);
    expect(await auditedAddresses('auth.sign_in_failed')).toEqual(['203.0.113.9']);
    expect((await attempt(api, parent.email, parent.password, '203.0.113.9')).code).toBe(
      'SIGNED_IN',
    );
    expect(await auditedAddresses('auth.sign_in')).toEqual(['203.0.113.9']);
  });
});

describe('sign-in throttling per client address', () => {
  const time = new TestTime();
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    // An address's allowance (100 by default) is lowered so the test reaches it quickly.
    api = await TestApi.start({ SIGN_IN_ADDRESS_FREE_FAILURES: '10' }, undefined, { time });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    time.pin('2026-12-01T09:00:00Z');
    await resetDatabase();
  });

  it('one address failing for many accounts delays another account’s sign-in there by at most a minute', async () => {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const shared = '203.0.113.50';
    // Ten failures (the allowance here) for ten unknown accounts: nobody else is delayed.
    for (let i = 0; i < 10; i++)
      expect((await attempt(api, `guess-${i}@example.org`, 'wrong password', shared)).code).toBe(
        'INVALID_CREDENTIALS',
      );
    expect((await attempt(api, advocate.email, advocate.password, shared)).code).toBe('SIGNED_IN');

    // Beyond it the address backs off, capped at 60 s, and never locks anyone out.
    let now = Date.parse('2026-12-01T09:00:00Z');
    let refused: Outcome = { code: undefined, seconds: undefined };
    for (let i = 10; i < 30; i++) {
      await attempt(api, `guess-${i}@example.org`, 'wrong password', shared);
      refused = await attempt(api, advocate.email, advocate.password, shared);
      expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
      expect(refused.seconds).toBeLessThanOrEqual(60);
      now += refused.seconds! * 1000;
      time.pin(new Date(now));
    }
    expect(refused.seconds).toBe(60);
    // Another address is not delayed at all, and the waited-out one signs in.
    expect((await attempt(api, advocate.email, advocate.password, '198.51.100.7')).code).toBe(
      'SIGNED_IN',
    );
    expect((await attempt(api, advocate.email, advocate.password, shared)).code).toBe('SIGNED_IN');
  });
});

describe('counting concurrent guesses', () => {
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    // Enough free failures that none of the forty is refused before its password is checked.
    api = await TestApi.start({ SIGN_IN_ACCOUNT_FREE_FAILURES: '100' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('counts forty parallel wrong passwords as exactly forty failures, each audited', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(api, admin.email, `wrong password ${i}`, '203.0.113.40'),
      ),
    );
    expect(outcomes.map((o) => o.code)).toEqual(Array(40).fill('INVALID_CREDENTIALS'));
    expect(await failures('account', admin.email)).toBe(40);
    expect(await failures('address', '203.0.113.40')).toBe(40);
    expect(await auditedAddresses('auth.sign_in_failed')).toEqual(Array(40).fill('203.0.113.40'));
  });
});

describe('client address behind an untrusted peer', () => {
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    // The test's requests come from loopback, which this API is told not to trust.
    api = await TestApi.start({ TRUST_PROXY: '10.10.10.10' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('ignores an X-Forwarded-For it did not get from a trusted proxy', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    await attempt(api, parent.email, 'wrong password', '203.0.113.66');
    expect(await failures('address', '203.0.113.66')).toBe(0);
    expect(await failures('address', '127.0.0.1')).toBe(1);
    expect(await auditedAddresses('auth.sign_in_failed')).toEqual(['127.0.0.1']);
  });
});
