import { Client } from 'pg';
import { asSuperuser, databaseUrls, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

const AUDIT = `query Audit($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    nodes { action actorName subjectType subjectId ipAddress userAgent details }
    nextCursor
  }
}`;
type AuditPage = {
  auditEvents: {
    nodes: { action: string; actorName: string | null; details: Record<string, unknown> }[];
    nextCursor: string | null;
  };
};

describe('the audit trail', () => {
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    api = await TestApi.start();
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('records sign-in, failed sign-in and sign-out, and shows them to the org admin', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: 'Rosa' });
    const parent = await factories.member(organization, 'PARENT', { name: 'James' });

    const wrong = await api.graphql(
      'mutation { signIn(email: "' + parent.email + '", password: "nope") { role } }',
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const parentCookie = await signIn(api, parent.email, parent.password);
    await api.graphql('mutation { signOut }', {}, { cookie: parentCookie });

    const cookie = await signIn(api, admin.email, admin.password);
    const page = await api.graphql<AuditPage>(
      AUDIT,
      {},
      { cookie, headers: { 'user-agent': 'jest' } },
    );
    expect(page.errors).toBeUndefined();
    const seen = page.data!.auditEvents.nodes.map((e) => [e.action, e.actorName]);
    expect(seen).toEqual([
      ['auth.sign_in', 'Rosa'],
      ['auth.sign_out', 'James'],
      ['auth.sign_in', 'James'],
      ['auth.sign_in_failed', 'James'],
    ]);
    const failed = page.data!.auditEvents.nodes[3]!;
    expect(failed.details).toMatchObject({ reason: 'wrong_password' });
  });

  it("records a parent's denied attempt to reach another family's student, though the request failed", async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: 'Rosa' });
    const parent = await factories.member(organization, 'PARENT', { name: 'James' });
    await factories.newFamily(organization, { parents: [parent.user] });
    const other = await factories.newFamily(organization, { parents: [] });
    const parentCookie = await signIn(api, parent.email, parent.password);

    const denied = await api.graphql(
      'query ($id: ID!) { student(studentId: $id) { id name } }',
      { id: other.student.id },
      { cookie: parentCookie },
    );
    // Answered like a missing record: the id reveals nothing.
    expect(denied.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      key: 'NOT_FOUND_STUDENT',
    });
    expect(denied.data).toBeNull();

    const cookie = await signIn(api, admin.email, admin.password);
    const page = await api.graphql<{
      auditEvents: {
        nodes: {
          action: string;
          actorName: string;
          subjectType: string;
          subjectId: string;
          details: Record<string, unknown>;
        }[];
      };
    }>(AUDIT, { filter: { actions: ['access.denied'] } }, { cookie });
    expect(page.errors).toBeUndefined();
    expect(page.data!.auditEvents.nodes).toEqual([
      expect.objectContaining({
        action: 'access.denied',
        actorName: 'James',
        subjectType: 'Student',
        subjectId: other.student.id,
        details: expect.objectContaining({ reason: 'hidden', record: 'student' }) as object,
      }),
    ]);
  });

  it('filters by action and pages with a cursor', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    for (let i = 0; i < 3; i++) await signIn(api, admin.email, admin.password);
    const cookie = await signIn(api, admin.email, admin.password);

    const first = await api.graphql<AuditPage>(
      AUDIT,
      { filter: { actions: ['auth.sign_in'] }, first: 3 },
      { cookie },
    );
    expect(first.data!.auditEvents.nodes).toHaveLength(3);
    expect(first.data!.auditEvents.nextCursor).not.toBeNull();
    const second = await api.graphql<AuditPage>(
      AUDIT,
      {
        filter: { actions: ['auth.sign_in'] },
        first: 3,
        after: first.data!.auditEvents.nextCursor,
      },
      { cookie },
    );
    expect(second.data!.auditEvents.nodes).toHaveLength(1);
    expect(second.data!.auditEvents.nextCursor).toBeNull();

    const none = await api.graphql<AuditPage>(
      AUDIT,
      { filter: { actions: ['auth.sign_out'] } },
      { cookie },
    );
    expect(none.data!.auditEvents.nodes).toEqual([]);
  });

  it('names a bad page size or cursor', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const cookie = await signIn(api, admin.email, admin.password);
    const tooMany = await api.graphql(AUDIT, { first: 5000 }, { cookie });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const badCursor = await api.graphql(AUDIT, { after: 'garbage' }, { cookie });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it.each(['ADVOCATE', 'PARENT'] as const)('is not shown to a %s', async (role) => {
    const organization = await factories.organization();
    const member = await factories.member(organization, role);
    const cookie = await signIn(api, member.email, member.password);
    const result = await api.graphql(AUDIT, {}, { cookie });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("never shows another organization's events", async () => {
    const a = await factories.organization();
    const b = await factories.organization();
    const adminA = await factories.member(a, 'ORG_ADMIN');
    const adminB = await factories.member(b, 'ORG_ADMIN');
    await signIn(api, adminB.email, adminB.password);
    const cookie = await signIn(api, adminA.email, adminA.password);
    const page = await api.graphql<AuditPage>(AUDIT, {}, { cookie });
    expect(page.data!.auditEvents.nodes).toHaveLength(1);
  });

  it('refuses an update or delete of an audit row: no grant to the application role, and a trigger for anyone else', async () => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    await signIn(api, admin.email, admin.password);

    const app = new Client({ connectionString: databaseUrls().appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.organization_id', $1, true)`, [organization.id]);
      await expect(app.query(`UPDATE audit_events SET action = 'auth.sign_out'`)).rejects.toThrow(
        /permission denied/,
      );
      await app.query('ROLLBACK');
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.organization_id', $1, true)`, [organization.id]);
      await expect(app.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }

    // A superuser sees every row (no row-level security), so only the trigger stands in the way.
    await asSuperuser(async (c) => {
      await expect(c.query(`UPDATE audit_events SET action = 'auth.sign_out'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(c.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(c.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    });
    const count = await asSuperuser((c) =>
      c.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'),
    );
    expect(count.rows[0]!.n).toBe(1);
  });
});
