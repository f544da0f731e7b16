import { asSuperuser, resetDatabase, TestApi } from './support/harness';
import { TestTime } from './support/clock';
import { Factories } from './support/factories';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    user { email name } role activeOrganization { id name } memberships { role organization { id name } } abilities
  }
}`;
const ME = '{ me { user { email } role activeOrganization { name } } }';

function sessionCookie(headers: Headers): string {
  const raw = headers.get('set-cookie') ?? '';
  return raw.split(';')[0] ?? '';
}

describe('sign-in, sessions and me', () => {
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    api = await TestApi.start();
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('signs in, sets an HttpOnly SameSite=Lax cookie, and me answers with the session', async () => {
    const organization = await factories.organization({ name: 'Riverside' });
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: 'Rosa' });

    const signIn = await api.graphql<{
      signIn: { role: string; activeOrganization: { name: string } };
    }>(SIGN_IN, {
      email: admin.email.toUpperCase(),
      password: admin.password,
    });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data?.signIn.role).toBe('ORG_ADMIN');
    expect(signIn.data?.signIn.activeOrganization.name).toBe('Riverside');

    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^continuum_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // development and test run over http://localhost

    const me = await api.graphql<{ me: { user: { email: string }; role: string } }>(
      ME,
      {},
      { cookie: sessionCookie(signIn.headers) },
    );
    expect(me.data?.me).toEqual({
      user: { email: admin.email },
      role: 'ORG_ADMIN',
      activeOrganization: { name: 'Riverside' },
    });
  });

  it('stores only a hash of the session token', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    const signIn = await api.graphql(SIGN_IN, { email: parent.email, password: parent.password });
    const token = sessionCookie(signIn.headers).split('=')[1]!;
    const stored = await asSuperuser((c) =>
      c.query<{ token_hash: Buffer }>('SELECT token_hash FROM sessions'),
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.token_hash.toString('base64url')).not.toBe(token);
    expect(stored.rows[0]!.token_hash).toHaveLength(32);
  });

  it('answers a wrong password and an unknown email with the same message', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    const wrong = await api.graphql(SIGN_IN, { email: parent.email, password: 'not it' });
    const unknown = await api.graphql(SIGN_IN, { email: 'nobody@example.org', password: 'not it' });
    for (const result of [wrong, unknown]) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(result.errors?.[0]?.message).toBe('That email and password do not match an account.');
      expect(result.headers.get('set-cookie')).toBeNull();
    }
  });

  it.each([
    [{ email: '', password: 'x' }, 'email', 'Enter your email address.'],
    [
      { email: 'not-an-email', password: 'x' },
      'email',
      'Enter an email address like name@example.org.',
    ],
    [{ email: 'a@example.org', password: '' }, 'password', 'Enter your password.'],
  ])('names the field at fault: %j', async (variables, field, message) => {
    const result = await api.graphql(SIGN_IN, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toBe(message);
  });

  it('me is null without a session and with a made-up one', async () => {
    expect((await api.graphql(ME)).data).toEqual({ me: null });
    expect((await api.graphql(ME, {}, { cookie: 'continuum_session=forged' })).data).toEqual({
      me: null,
    });
  });

  it('sign-out revokes the session: the old cookie no longer signs anyone in', async () => {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const signIn = await api.graphql(SIGN_IN, {
      email: advocate.email,
      password: advocate.password,
    });
    const cookie = sessionCookie(signIn.headers);

    const signOut = await api.graphql<{ signOut: boolean }>('mutation { signOut }', {}, { cookie });
    expect(signOut.data).toEqual({ signOut: true });
    expect(signOut.headers.get('set-cookie')).toMatch(
      /continuum_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    expect((await api.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
    const revoked = await asSuperuser((c) =>
      c.query('SELECT 1 FROM sessions WHERE revoked_at IS NOT NULL'),
    );
    expect(revoked.rowCount).toBe(1);
  });

  it('issues a new session id at each sign-in and ends the one the browser carried', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    const first = sessionCookie((await api.graphql(SIGN_IN, parent)).headers);
    const second = sessionCookie((await api.graphql(SIGN_IN, parent, { cookie: first })).headers);
    expect(second).not.toBe(first);
    expect((await api.graphql(ME, {}, { cookie: first })).data).toEqual({ me: null });
    expect(
      (await api.graphql<{ me: unknown }>(ME, {}, { cookie: second })).data?.me,
    ).not.toBeNull();
  });

  it('lists every organization of a member of several, and the abilities of the active one', async () => {
    const riverside = await factories.organization({ name: 'Riverside' });
    const summit = await factories.organization({ name: 'Summit' });
    const parent = await factories.member(riverside, 'PARENT', { email: 'maria@example.org' });
    await factories.member(summit, 'PARENT', { email: 'maria@example.org' });

    const signIn = await api.graphql<{
      signIn: {
        memberships: { organization: { name: string } }[];
        abilities: { action: string; subject: string }[];
      };
    }>(SIGN_IN, { email: parent.email, password: parent.password });
    expect(signIn.data?.signIn.memberships.map((m) => m.organization.name).sort()).toEqual([
      'Riverside',
      'Summit',
    ]);
    expect(signIn.data?.signIn.abilities).toContainEqual(
      expect.objectContaining({ action: 'read', subject: 'Organization' }),
    );
    expect(signIn.data?.signIn.abilities).not.toContainEqual(
      expect.objectContaining({ action: 'manage' }),
    );
  });

  it('expires a session left idle longer than the idle limit', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    const cookie = sessionCookie((await api.graphql(SIGN_IN, parent)).headers);
    await asSuperuser((c) =>
      c.query(`UPDATE sessions SET last_seen_at = now() - interval '2 hours'`),
    );
    expect((await api.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
  });
});

describe('sign-in back-off and switching organization', () => {
  let api: TestApi;
  let factories: Factories;
  const time = new TestTime();

  beforeAll(async () => {
    api = await TestApi.start({}, undefined, { time });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    time.release();
    await resetDatabase();
  });

  it('makes an account wait after five wrong passwords, even with the right one, with a clear message', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    // The clock stands still, so the 1 s wait is not outrun by a slow machine.
    time.pin(new Date());
    for (let i = 0; i < 6; i++) {
      const wrong = await api.graphql(SIGN_IN, { email: parent.email, password: `wrong ${i}` });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const waiting = await api.graphql(SIGN_IN, { email: parent.email, password: parent.password });
    expect(waiting.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(waiting.errors?.[0]?.message).toMatch(/Too many failed sign-ins.*wait \d+ seconds?/);
    expect(waiting.headers.get('set-cookie')).toBeNull();

    // Another account from the same address is not delayed by it.
    const other = await factories.member(organization, 'ADVOCATE');
    expect(
      (await api.graphql(SIGN_IN, { email: other.email, password: other.password })).errors,
    ).toBeUndefined();
  });

  it('a successful sign-in clears the count of earlier failures', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    for (let i = 0; i < 4; i++)
      await api.graphql(SIGN_IN, { email: parent.email, password: 'wrong' });
    expect(
      (await api.graphql(SIGN_IN, { email: parent.email, password: parent.password })).errors,
    ).toBeUndefined();
    for (let i = 0; i < 4; i++)
      await api.graphql(SIGN_IN, { email: parent.email, password: 'wrong' });
    expect(
      (await api.graphql(SIGN_IN, { email: parent.email, password: parent.password })).errors,
    ).toBeUndefined();
  });

  it('switches to another organization of the member, and refuses one they do not belong to', async () => {
    const riverside = await factories.organization({ name: 'Riverside' });
    const summit = await factories.organization({ name: 'Summit' });
    const elsewhere = await factories.organization({ name: 'Elsewhere' });
    const maria = await factories.member(riverside, 'PARENT', { email: 'maria@example.org' });
    await factories.member(summit, 'ADVOCATE', { email: 'maria@example.org' });
    const cookie = sessionCookie((await api.graphql(SIGN_IN, maria)).headers);

    const SWITCH =
      'mutation ($id: ID!) { switchOrganization(organizationId: $id) { role activeOrganization { name } } }';
    const switched = await api.graphql<{ switchOrganization: unknown }>(
      SWITCH,
      { id: summit.id },
      { cookie },
    );
    expect(switched.data?.switchOrganization).toEqual({
      role: 'ADVOCATE',
      activeOrganization: { name: 'Summit' },
    });
    expect((await api.graphql(ME, {}, { cookie })).data).toMatchObject({
      me: { role: 'ADVOCATE', activeOrganization: { name: 'Summit' } },
    });

    const refused = await api.graphql(SWITCH, { id: elsewhere.id }, { cookie });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await api.graphql(SWITCH, { id: 'summit' }, { cookie });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organizationId',
    });
    const anonymous = await api.graphql(SWITCH, { id: summit.id });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
