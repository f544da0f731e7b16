import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLType,
  type IntrospectionQuery,
} from 'graphql';
import { withoutApplicationScoping } from '../src/platform/tenancy/tenant-scope';
import { AuditService } from '../src/modules/audit/audit.service';
import { MembersService } from '../src/modules/members/members.service';
import { RequestContext } from '../src/platform/context/request-context';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

const ROLES = ['ORG_ADMIN', 'ADVOCATE', 'PARENT'] as const;
const DENIED = ['NOT_FOUND', 'FORBIDDEN'];

/** Every id of every row organization B owns, from every table with an organization_id. */
async function idsOwnedBy(organizationId: string): Promise<string[]> {
  return asSuperuser(async (c) => {
    const tables = await c.query<{ table_name: string }>(`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organization_id'
        AND table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id')`);
    const ids = [organizationId];
    for (const { table_name } of tables.rows) {
      const rows = await c.query<{ id: string }>(
        `SELECT id::text AS id FROM "${table_name}" WHERE organization_id = $1`,
        [organizationId],
      );
      ids.push(...rows.rows.map((r) => r.id));
    }
    return ids;
  });
}

/** A plausible value for an argument that is not the id under test. */
function sample(type: GraphQLInputType, idValue: string, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (nullable instanceof GraphQLList) return [sample(nullable.ofType, idValue, depth)];
  if (nullable instanceof GraphQLEnumType) return nullable.getValues()[0]!.value;
  if (nullable instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (field.type instanceof GraphQLNonNull || takesId(field.type))
        value[field.name] = sample(field.type, idValue, depth + 1);
    }
    return value;
  }
  switch (nullable.name) {
    case 'ID':
      return idValue;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
    case 'Date':
      return '2026-01-01T00:00:00.000Z';
    case 'JSON':
      return {};
    default:
      return 'a plausible value 123';
  }
}

function takesId(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (named instanceof GraphQLScalarType) return named.name === 'ID';
  if (named instanceof GraphQLInputObjectType)
    return Object.values(named.getFields()).some((f) => takesId(f.type));
  return false;
}

/** Every scalar field, two levels deep: enough to see any of B's data that leaks. */
function selection(type: GraphQLType, depth = 0): string {
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType)) return '';
  if (depth > 2) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !(a.type instanceof GraphQLNonNull)))
    .map((f) => `${f.name} ${selection(f.type, depth + 1)}`);
  return `{ __typename ${fields.join(' ')} }`;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args
    .map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`)
    .join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Probe${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type)} }`;
}

describe('tenant isolation', () => {
  let api: TestApi;
  let factories: Factories;
  let schema: GraphQLSchema;
  const cookies: Record<string, string> = {};
  let secretsOfB: string[];
  let idsOfB: string[];
  let organizationA: string;
  let organizationB: string;

  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
    await resetDatabase();
    const a = await factories.organization({ name: 'Organization Alpha' });
    const b = await factories.organization({ name: 'Organization Bravo' });
    organizationA = a.id;
    organizationB = b.id;
    const peopleOfB: string[] = [];
    for (const role of ROLES) {
      const member = await factories.member(a, role, { name: `Alpha ${role}` });
      cookies[role] = await signIn(api, member.email, member.password);
      const other = await factories.member(b, role, { name: `Bravo ${role}` });
      peopleOfB.push(other.email);
      await signIn(api, other.email, other.password); // audit events in B
    }
    const bravoAdmin = await signIn(api, peopleOfB[0]!, 'correct horse battery staple');
    await api.graphql(
      'mutation { inviteMember(email: "bravo.invitee@example.org", role: PARENT) { id } }',
      {},
      { cookie: bravoAdmin },
    );

    // A case file with a document in B, so that document operations are probed with B's ids.
    const { student: studentOfB } = await factories.newFamily(b, { name: 'Bravo family' });
    const caseOfB = await factories.newCase(b, { studentId: studentOfB.id });
    await factories.newDocument(b, { caseId: caseOfB.id, title: 'Bravo IEP' });
    // A case of B with every kind of case record, so its ids are probed too.
    const bravoParent = await factories.member(b, 'PARENT', { name: 'Bravo family parent' });
    peopleOfB.push(bravoParent.email);
    const { family, student } = await factories.newFamily(b, { parents: [bravoParent.user] });
    const bravoCase = await factories.newCase(b, { studentId: student.id });
    // One of each Parent Center record of B (people, contacts, trainings, outreach, reports).
    await factories.parentCenterRecords(b, {
      familyId: family.id,
      caseId: bravoCase.id,
      name: 'Bravo caller',
    });
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const asBravo = async <T>(query: string, variables: Record<string, unknown>) => {
      const result = await api.graphql<T>(query, variables, { cookie: bravoAdmin });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    };
    await asBravo(
      'mutation ($c: ID!, $d: String!) { logMeeting(input: { caseId: $c, heldOn: $d, kind: iep }) { id } }',
      { c: bravoCase.id, d: day },
    );
    await asBravo(
      'mutation ($c: ID!, $d: String!) { logCommunication(input: { caseId: $c, occurredOn: $d, mode: phone, summary: "Bravo call" }) { id } }',
      { c: bravoCase.id, d: day },
    );
    const service = await asBravo<{ addServiceRequirement: { id: string } }>(
      'mutation ($c: ID!, $d: String!) { addServiceRequirement(input: { caseId: $c, service: "Bravo speech", minutes: 60, frequency: WEEKLY, startDate: $d }) { id } }',
      { c: bravoCase.id, d: day },
    );
    await asBravo(
      'mutation ($r: ID!, $d: String!) { logServiceSession(input: { requirementId: $r, date: $d, minutes: 30, status: DELIVERED }) { id } }',
      { r: service.addServiceRequirement.id, d: day },
    );
    for (const visibility of ['INTERNAL', 'SHARED'])
      await asBravo(
        `mutation ($c: ID!) { addNote(input: { caseId: $c, body: "Bravo note", visibility: ${visibility} }) { id } }`,
        { c: bravoCase.id },
      );
    await asBravo(
      'mutation ($c: ID!, $p: ID!) { createTask(input: { caseId: $c, title: "Bravo task", assigneeUserId: $p }) { id } }',
      { c: bravoCase.id, p: bravoParent.user.id },
    );

    idsOfB = await idsOwnedBy(b.id);
    secretsOfB = [
      ...idsOfB,
      'Organization Bravo',
      'Bravo ',
      'bravo.invitee@example.org',
      ...peopleOfB,
    ];
    const introspection = await api.graphql<IntrospectionQuery>(
      getIntrospectionQuery(),
      {},
      { cookie: cookies.ORG_ADMIN },
    );
    schema = buildClientSchema(introspection.data!);
    // Members of two organizations, a case and its records, made over HTTP: more than the
    // default five seconds on a loaded machine.
  }, 60_000);
  afterAll(() => api.close());

  it('found data of organization B to probe with', () => {
    // The organization, its members, invitation and audit events at least.
    expect(idsOfB.length).toBeGreaterThanOrEqual(1 + 3 + 1 + 4);
  });

  it.each(ROLES)(
    "as %s of A, every operation that takes an id answers not found or forbidden for B's ids, never B's data",
    async (role) => {
      const probed: string[] = [];
      for (const [kind, root] of [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
      ] as const) {
        for (const field of Object.values(root!.getFields())) {
          if (!field.args.some((a) => takesId(a.type))) continue;
          probed.push(field.name);
          for (const id of idsOfB) {
            const variables = Object.fromEntries(
              field.args
                .filter((a) => a.type instanceof GraphQLNonNull || takesId(a.type))
                .map((a) => [a.name, sample(a.type, id)]),
            );
            const result = await api.graphql(operation(kind, field), variables, {
              cookie: cookies[role],
            });
            const text = JSON.stringify(result.data ?? null);
            for (const secret of secretsOfB) {
              if (text.includes(secret))
                throw new Error(`${role} ${field.name}(${id}) returned B's data: ${text}`);
            }
            // An id that names what to act on must be refused; an optional id that only filters a
            // list (auditEvents by actor) may instead answer an empty list — checked above.
            const code = result.errors?.[0]?.extensions?.code;
            const named = field.args.some(
              (a) => a.type instanceof GraphQLNonNull && takesId(a.type),
            );
            if (named ? !code || !DENIED.includes(code) : code && !DENIED.includes(code)) {
              throw new Error(
                `${role} ${field.name}(${id}) answered ${code ?? 'with no error'}: ${JSON.stringify(result.errors ?? result.data)}`,
              );
            }
          }
        }
      }
      // The walk is only as good as what it finds: it must have found the id-taking operations.
      expect(probed).toEqual(
        expect.arrayContaining([
          'switchOrganization',
          'updateMemberRole',
          'removeMember',
          'resendInvitation',
          'revokeInvitation',
          'document',
          'caseDocuments',
          'updateDocument',
          'meetings',
          'updateMeeting',
          'logServiceSession',
          'updateServiceSession',
          'searchCaseNotes',
          'note',
          'updateTask',
        ]),
      );
    },
    // Every id-taking operation times every id of B: over a thousand requests per role.
    300_000,
  );

  it("with the application's organization conditions turned off, row-level security alone still hides B", async () => {
    const members = api.app.get(MembersService);
    const audit = api.app.get(AuditService);
    const asAdminOfA = new RequestContext();
    const admin = await asSuperuser((c) =>
      c.query<{ user_id: string }>(
        `SELECT user_id FROM memberships WHERE organization_id = $1 AND role = 'ORG_ADMIN'`,
        [organizationA],
      ),
    );
    asAdminOfA.actor = {
      userId: admin.rows[0]!.user_id,
      sessionId: null,
      organizationId: organizationA,
      role: 'ORG_ADMIN',
    };

    const seen = await withoutApplicationScoping(async () => {
      try {
        return JSON.stringify([
          await members.members(asAdminOfA),
          await members.invitations(asAdminOfA),
          await audit.list(asAdminOfA, {}, 200),
        ]);
      } finally {
        await api.unitOfWork.finish(asAdminOfA, 'rollback');
      }
    });
    expect(seen).toContain('Alpha ORG_ADMIN');
    for (const secret of secretsOfB) expect(seen).not.toContain(secret);
    // And the raw tables, read as A without any condition at all:
    const raw = await api.unitOfWork.run(asAdminOfA.actor, async (manager) => {
      const tables = ['memberships', 'invitations', 'audit_events', 'mail_outbox', 'organizations'];
      return Promise.all(
        tables.map((t) =>
          manager.query<{ organization_id?: string; id: string }[]>(`SELECT * FROM ${t}`),
        ),
      );
    });
    for (const rows of raw)
      for (const row of rows) expect(row.organization_id ?? row.id).toBe(organizationA);
  });

  it('50 concurrent requests alternating between two organizations each see only their own', async () => {
    const bravoAdmin = await signIn(
      api,
      (
        await asSuperuser((c) =>
          c.query<{ email: string }>(
            `SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organization_id = $1 AND m.role = 'ORG_ADMIN'`,
            [organizationB],
          ),
        )
      ).rows[0]!.email,
      'correct horse battery staple',
    );
    const QUERY =
      '{ me { activeOrganization { name } } organizationMembers { user { name } } auditEvents(first: 200) { nodes { actorName } } }';
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const alpha = i % 2 === 0;
        return api
          .graphql(QUERY, {}, { cookie: alpha ? cookies.ORG_ADMIN : bravoAdmin })
          .then((r) => ({ alpha, text: JSON.stringify(r.data), errors: r.errors }));
      }),
    );
    for (const { alpha, text, errors } of results) {
      expect(errors).toBeUndefined();
      expect(text).toContain(alpha ? 'Organization Alpha' : 'Organization Bravo');
      expect(text).not.toContain(alpha ? 'Bravo' : 'Alpha');
    }
  });
});
