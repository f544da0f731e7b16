import { PassThrough } from 'node:stream';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { waitFor } from './support/wait-for';
import { Factories } from './support/factories';
import { TestSmtpServer } from './support/smtp';

const INVITE = `mutation ($email: String!, $role: Role!) { inviteMember(email: $email, role: $role) { id email role status } }`;
const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { organizationName email role status accountExists } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email name } role activeOrganization { name } memberships { organization { name } } } }`;
const ME = '{ me { role activeOrganization { name } memberships { organization { name } } } }';
const MEMBERS = '{ organizationMembers { id role user { email } } }';

function cookieOf(headers: Headers): string {
  return (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('members: invitations, roles and removal, over a real SMTP server', () => {
  let api: TestApi;
  let smtp: TestSmtpServer;
  let factories: Factories;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    api = await TestApi.start({
      SMTP_URL: smtp.url,
      JOB_POLLING_SECONDS: '1',
      PORTAL_URL: 'http://portal.test',
    });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(async () => {
    await resetDatabase();
    smtp.received.length = 0;
  });

  async function adminOf(name: string) {
    const organization = await factories.organization({ name });
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: `${name} Admin` });
    return { organization, admin, cookie: await signIn(api, admin.email, admin.password) };
  }

  it('invites by email; the link lands a new person signed in, in the organization; the link then is used up', async () => {
    const { cookie } = await adminOf('Riverside');
    const invited = await api.graphql<{ inviteMember: { status: string } }>(
      INVITE,
      { email: 'New.Advocate@Example.org', role: 'ADVOCATE' },
      { cookie },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteMember.status).toBe('PENDING');

    const mail = await smtp.mailTo('new.advocate@example.org');
    expect(mail.subject).toMatch(/invited to Riverside/);
    expect(mail.text).toMatch(/Riverside Admin/);
    expect(mail.text).toMatch(/http:\/\/portal\.test\/invitations\/accept\?token=/);
    const token = TestSmtpServer.token(mail);

    const preview = await api.graphql(PREVIEW, { token });
    expect(preview.data).toEqual({
      invitationPreview: {
        organizationName: 'Riverside',
        email: 'New.Advocate@Example.org',
        role: 'ADVOCATE',
        status: 'PENDING',
        accountExists: false,
      },
    });

    const weak = await api.graphql(ACCEPT, { input: { token, name: 'Nia', password: 'short' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const nameless = await api.graphql(ACCEPT, {
      input: { token, password: 'a long enough passphrase' },
    });
    expect(nameless.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });

    const accepted = await api.graphql<{ acceptInvitation: unknown }>(ACCEPT, {
      input: { token, name: 'Nia Okafor', password: 'a long enough passphrase' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toMatchObject({
      role: 'ADVOCATE',
      activeOrganization: { name: 'Riverside' },
      user: { name: 'Nia Okafor' },
    });
    const newCookie = cookieOf(accepted.headers);
    expect((await api.graphql(ME, {}, { cookie: newCookie })).data).toMatchObject({
      me: { role: 'ADVOCATE' },
    });
    expect(await signIn(api, 'new.advocate@example.org', 'a long enough passphrase')).toMatch(
      /^continuum_session=/,
    );

    const reused = await api.graphql(ACCEPT, {
      input: { token, name: 'Someone', password: 'another long passphrase' },
    });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'INVITATION_USED',
      field: 'token',
    });
  });

  it('refuses an expired invitation with a clear message', async () => {
    const { cookie } = await adminOf('Riverside');
    await api.graphql(INVITE, { email: 'late@example.org', role: 'PARENT' }, { cookie });
    const token = TestSmtpServer.token(await smtp.mailTo('late@example.org'));
    await asSuperuser((c) =>
      c.query(`UPDATE invitations SET expires_at = now() - interval '1 minute'`),
    );
    const result = await api.graphql(ACCEPT, {
      input: { token, name: 'Late', password: 'a long enough passphrase' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'INVITATION_EXPIRED',
      field: 'token',
    });
    expect(result.errors?.[0]?.message).toMatch(/expired/);
  });

  it('a resent invitation makes the earlier link stop working; a revoked one is refused', async () => {
    const { cookie } = await adminOf('Riverside');
    const invited = await api.graphql<{ inviteMember: { id: string } }>(
      INVITE,
      { email: 'twice@example.org', role: 'PARENT' },
      { cookie },
    );
    const first = TestSmtpServer.token(await smtp.mailTo('twice@example.org'));
    smtp.received.length = 0;
    await api.graphql(
      'mutation ($id: ID!) { resendInvitation(invitationId: $id) { status } }',
      { id: invited.data!.inviteMember.id },
      { cookie },
    );
    const second = TestSmtpServer.token(await smtp.mailTo('twice@example.org'));
    expect(second).not.toBe(first);
    expect((await api.graphql(PREVIEW, { token: first })).errors?.[0]?.extensions?.code).toBe(
      'INVITATION_NOT_FOUND',
    );

    await api.graphql(
      'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { status } }',
      { id: invited.data!.inviteMember.id },
      { cookie },
    );
    const revoked = await api.graphql(ACCEPT, {
      input: { token: second, name: 'T', password: 'a long enough passphrase' },
    });
    expect(revoked.errors?.[0]?.extensions?.code).toBe('INVITATION_REVOKED');
  });

  it('joins with an existing account by its password, and then lists both organizations', async () => {
    const { organization: summit } = await adminOf('Summit');
    const maria = await factories.member(summit, 'PARENT', { email: 'maria@example.org' });
    const { cookie } = await adminOf('Riverside');
    await api.graphql(INVITE, { email: 'maria@example.org', role: 'PARENT' }, { cookie });
    const token = TestSmtpServer.token(await smtp.mailTo('maria@example.org'));
    expect(
      (await api.graphql<{ invitationPreview: { accountExists: boolean } }>(PREVIEW, { token }))
        .data?.invitationPreview.accountExists,
    ).toBe(true);

    const wrong = await api.graphql(ACCEPT, { input: { token, password: 'not her password' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      field: 'password',
    });
    const joined = await api.graphql<{
      acceptInvitation: { memberships: { organization: { name: string } }[] };
    }>(ACCEPT, { input: { token, password: maria.password } });
    expect(
      joined.data?.acceptInvitation.memberships.map((m) => m.organization.name).sort(),
    ).toEqual(['Riverside', 'Summit']);
  });

  it('a new invitation to the same address (any case) revokes the open one in this organization only', async () => {
    const riverside = await adminOf('Riverside');
    const summit = await adminOf('Summit');
    const inSummit = await api.graphql<{ inviteMember: { id: string } }>(
      INVITE,
      { email: 'dana@example.org', role: 'PARENT' },
      { cookie: summit.cookie },
    );
    const first = await api.graphql<{ inviteMember: { id: string } }>(
      INVITE,
      { email: 'dana@example.org', role: 'PARENT' },
      { cookie: riverside.cookie },
    );
    const second = await api.graphql<{ inviteMember: { id: string; status: string } }>(
      INVITE,
      { email: 'Dana@Example.org', role: 'ADVOCATE' },
      { cookie: riverside.cookie },
    );
    expect(second.data?.inviteMember.status).toBe('PENDING');
    const rows = await asSuperuser((c) =>
      c.query<{ id: string; revoked: boolean }>(
        'SELECT id, revoked_at IS NOT NULL AS revoked FROM invitations',
      ),
    );
    expect(Object.fromEntries(rows.rows.map((r) => [r.id, r.revoked]))).toEqual({
      [inSummit.data!.inviteMember.id]: false,
      [first.data!.inviteMember.id]: true,
      [second.data!.inviteMember.id]: false,
    });
  });

  it('refuses to invite an existing member, and refuses invitations from non-admins', async () => {
    const { organization, cookie } = await adminOf('Riverside');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const again = await api.graphql(INVITE, { email: advocate.email, role: 'PARENT' }, { cookie });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'ALREADY_MEMBER', field: 'email' });
    const advocateCookie = await signIn(api, advocate.email, advocate.password);
    const denied = await api.graphql(
      INVITE,
      { email: 'x@example.org', role: 'PARENT' },
      { cookie: advocateCookie },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badEmail = await api.graphql(INVITE, { email: 'nope', role: 'PARENT' }, { cookie });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
  });

  it('changes roles and removes members, but never the last org admin', async () => {
    const { organization, cookie } = await adminOf('Riverside');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const advocateCookie = await signIn(api, advocate.email, advocate.password);
    const members = (
      await api.graphql<{
        organizationMembers: { id: string; role: string; user: { email: string } }[];
      }>(MEMBERS, {}, { cookie })
    ).data!.organizationMembers;
    const adminId = members.find((m) => m.role === 'ORG_ADMIN')!.id;
    const advocateId = members.find((m) => m.role === 'ADVOCATE')!.id;

    const ROLE =
      'mutation ($id: ID!, $role: Role!) { updateMemberRole(membershipId: $id, role: $role) { role } }';
    const demoteSelf = await api.graphql(ROLE, { id: adminId, role: 'ADVOCATE' }, { cookie });
    expect(demoteSelf.errors?.[0]?.extensions).toMatchObject({
      code: 'LAST_ADMIN',
      field: 'membershipId',
    });
    const removeSelf = await api.graphql(
      'mutation ($id: ID!) { removeMember(membershipId: $id) }',
      { id: adminId },
      { cookie },
    );
    expect(removeSelf.errors?.[0]?.extensions?.code).toBe('LAST_ADMIN');

    expect((await api.graphql(ROLE, { id: advocateId, role: 'PARENT' }, { cookie })).data).toEqual({
      updateMemberRole: { role: 'PARENT' },
    });
    expect(
      (
        await api.graphql(
          'mutation ($id: ID!) { removeMember(membershipId: $id) }',
          { id: advocateId },
          { cookie },
        )
      ).data,
    ).toEqual({ removeMember: true });
    // The removed person's session no longer carries the organization.
    expect((await api.graphql(ME, {}, { cookie: advocateCookie })).data).toMatchObject({
      me: { role: null, activeOrganization: null, memberships: [] },
    });
  });

  it('resets a password by a mailed link that works once and ends every session', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    const oldCookie = await signIn(api, parent.email, parent.password);

    const unknown = await api.graphql(
      'mutation { requestPasswordReset(email: "nobody@example.org") }',
    );
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    const asked = await api.graphql('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: parent.email,
    });
    expect(asked.data).toEqual({ requestPasswordReset: true });
    const token = TestSmtpServer.token(await smtp.mailTo(parent.email));
    expect(smtp.received.some((m) => m.to.includes('nobody@example.org'))).toBe(false);

    const RESET = 'mutation ($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
    expect(
      (await api.graphql(RESET, { t: token, p: 'short' })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect((await api.graphql(RESET, { t: token, p: 'a brand new passphrase' })).data).toEqual({
      resetPassword: true,
    });
    expect((await api.graphql(ME, {}, { cookie: oldCookie })).data).toEqual({ me: null });
    expect(await signIn(api, parent.email, 'a brand new passphrase')).toMatch(
      /^continuum_session=/,
    );
    expect(
      (await api.graphql(RESET, { t: token, p: 'yet another passphrase' })).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'RESET_LINK_USED', field: 'token' });
  });

  it('refuses an expired reset link', async () => {
    const organization = await factories.organization();
    const parent = await factories.member(organization, 'PARENT');
    await api.graphql('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: parent.email,
    });
    const token = TestSmtpServer.token(await smtp.mailTo(parent.email));
    await asSuperuser((c) =>
      c.query(`UPDATE password_resets SET expires_at = now() - interval '1 second'`),
    );
    const result = await api.graphql(
      'mutation ($t: String!) { resetPassword(token: $t, password: "a brand new passphrase") }',
      { t: token },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'RESET_LINK_EXPIRED',
      field: 'token',
    });
  });

  it('removes the body of a mail sent over SMTP from the outbox, since it held a single-use link', async () => {
    const { cookie } = await adminOf('Riverside');
    await api.graphql(INVITE, { email: 'body@example.org', role: 'PARENT' }, { cookie });
    await smtp.mailTo('body@example.org');
    // The outbox row is updated after the SMTP server has the mail: wait for it to be marked sent.
    const outbox = await waitFor('the outbox row to be marked sent', async () => {
      const rows = await asSuperuser((c) =>
        c.query<{ text_body: string; transport: string; sent_at: Date | null }>(
          'SELECT text_body, transport, sent_at FROM mail_outbox',
        ),
      );
      return rows.rows.every((r) => r.sent_at) && rows;
    });
    expect(outbox.rows.map(({ text_body, transport }) => ({ text_body, transport }))).toEqual([
      { text_body: '[sent over SMTP; body removed]', transport: 'smtp' },
    ]);
  });
});

describe('mail without SMTP: the development mailbox', () => {
  let api: TestApi;
  let factories: Factories;
  /** Every line the API logs, at info level, as the log shipper would read it. */
  const logged: string[] = [];
  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logged.push(chunk.toString('utf8')));
    api = await TestApi.start({ JOB_POLLING_SECONDS: '1', LOG_LEVEL: 'info' }, undefined, {
      logStream,
    });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  const MAILBOX = '{ developmentMailbox { to subject text template sentAt } }';
  type Mailbox = {
    developmentMailbox: { to: string; text: string; template: string; sentAt: string | null }[];
  };
  const outbox = () =>
    asSuperuser((c) =>
      c.query<{ to_address: string; text_body: string; sent_at: Date | null }>(
        `SELECT to_address, text_body, sent_at FROM mail_outbox ORDER BY created_at`,
      ),
    );
  const allLogged = (count: number) =>
    waitFor(
      `the outbox to log ${count} mails`,
      async () => {
        const rows = (await outbox()).rows;
        return rows.length >= count && rows.every((r) => r.sent_at) && rows;
      },
      { timeoutMs: 30_000 },
    );

  it('shows org admins the invitations they sent, and no one else the mailbox', async () => {
    const organization = await factories.organization({ name: 'Riverside' });
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const cookie = await signIn(api, admin.email, admin.password);
    await api.graphql(INVITE, { email: 'logged@example.org', role: 'PARENT' }, { cookie });
    let mailbox = await api.graphql<Mailbox>(MAILBOX, {}, { cookie });
    expect(mailbox.data?.developmentMailbox).toHaveLength(1);
    expect(mailbox.data?.developmentMailbox[0]).toMatchObject({
      to: 'logged@example.org',
      template: 'invitation',
    });
    expect(mailbox.data?.developmentMailbox[0]?.text).toMatch(/invitations\/accept\?token=/);
    mailbox = await waitFor('the invitation to be marked sent', async () => {
      const read = await api.graphql<Mailbox>(MAILBOX, {}, { cookie });
      return Boolean(read.data?.developmentMailbox[0]?.sentAt) && read;
    });
    expect(mailbox.data?.developmentMailbox[0]?.sentAt).not.toBeNull();

    // Another admin of the organization did not send it, and does not see it.
    const other = await factories.member(organization, 'ORG_ADMIN');
    const otherCookie = await signIn(api, other.email, other.password);
    expect((await api.graphql<Mailbox>(MAILBOX, {}, { cookie: otherCookie })).data).toEqual({
      developmentMailbox: [],
    });

    const parent = await factories.member(organization, 'PARENT');
    const parentCookie = await signIn(api, parent.email, parent.password);
    expect(
      (await api.graphql(MAILBOX, {}, { cookie: parentCookie })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it("an admin's mailbox holds neither a parent's reset mail nor its link; each person sees their own", async () => {
    const riverside = await factories.organization({ name: 'Riverside' });
    const summit = await factories.organization({ name: 'Summit' });
    const admin = await factories.member(riverside, 'ORG_ADMIN', { email: 'admin@example.org' });
    const coAdmin = await factories.member(riverside, 'ORG_ADMIN', {
      email: 'co.admin@example.org',
    });
    // A parent of Riverside who is an admin in Summit: their reset link opens Summit too.
    const parent = await factories.member(riverside, 'PARENT', { email: 'parent@example.org' });
    await factories.member(summit, 'ORG_ADMIN', { email: 'parent@example.org' });
    const cookie = await signIn(api, admin.email, admin.password);
    const coAdminCookie = await signIn(api, coAdmin.email, coAdmin.password);
    for (const email of [parent.email, coAdmin.email]) {
      const asked = await api.graphql(
        'mutation ($e: String!) { requestPasswordReset(email: $e) }',
        {
          e: email,
        },
      );
      expect(asked.errors).toBeUndefined();
    }
    const rows = await allLogged(2);
    const parentToken = /token=([\w-]+)/.exec(
      rows.find((r) => r.to_address === parent.email)!.text_body,
    )![1]!;

    const adminMailbox = await api.graphql<Mailbox>(MAILBOX, {}, { cookie });
    expect(adminMailbox.errors).toBeUndefined();
    expect(adminMailbox.data?.developmentMailbox).toEqual([]);
    expect(JSON.stringify(adminMailbox.data)).not.toContain(parentToken);

    const own = await api.graphql<Mailbox>(MAILBOX, {}, { cookie: coAdminCookie });
    expect(own.data?.developmentMailbox).toHaveLength(1);
    expect(own.data?.developmentMailbox[0]).toMatchObject({
      to: coAdmin.email,
      template: 'password_reset',
    });
    expect(own.data?.developmentMailbox[0]?.text).toMatch(/reset-password\?token=/);
    expect(JSON.stringify(own.data)).not.toContain(parentToken);
  });

  it('writes a logged mail without its link: no reset token reaches the log', async () => {
    const organization = await factories.organization({ name: 'Riverside' });
    const parent = await factories.member(organization, 'PARENT', { email: 'parent@example.org' });
    logged.length = 0;
    await api.graphql('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: parent.email,
    });
    const [row] = await allLogged(1);
    const token = /token=([\w-]+)/.exec(row!.text_body)![1]!;
    const line = await waitFor('the mail in the log', () =>
      logged
        .join('')
        .split('\n')
        .find((l) => l.includes('"mail"')),
    );
    expect(line).toBeDefined();
    const entry = JSON.parse(line) as { mail: { to: string; text: string } };
    expect(entry.mail.to).toBe(parent.email);
    expect(entry.mail.text).toContain('/reset-password?[redacted]');
    expect(logged.join('')).not.toContain(token);
    expect(logged.join('')).not.toMatch(/token=(?!\[redacted\])/);
  });
});
