import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

type Role = 'ORG_ADMIN' | 'ADVOCATE' | 'PARENT';
type Fixture = { invitationId: string; targetMembershipId: string; otherOrganizationId: string };

/**
 * Each role x each operation -> allowed or denied, in the active organization. Mirrored in
 * docs/security.md: change both together.
 */
const MATRIX: [
  operation: string,
  query: string,
  variables: (f: Fixture) => Record<string, unknown>,
  allowed: Role[],
][] = [
  ['me', '{ me { role } }', () => ({}), ['ORG_ADMIN', 'ADVOCATE', 'PARENT']],
  [
    'switchOrganization',
    'mutation ($id: ID!) { switchOrganization(organizationId: $id) { role } }',
    (f) => ({ id: f.otherOrganizationId }),
    ['ORG_ADMIN', 'ADVOCATE', 'PARENT'],
  ],
  [
    'organizationMembers',
    '{ organizationMembers { id } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE', 'PARENT'],
  ],
  ['invitations', '{ invitations { id } }', () => ({}), ['ORG_ADMIN']],
  [
    'inviteMember',
    'mutation { inviteMember(email: "new.person@example.org", role: PARENT) { id } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'resendInvitation',
    'mutation ($id: ID!) { resendInvitation(invitationId: $id) { id } }',
    (f) => ({ id: f.invitationId }),
    ['ORG_ADMIN'],
  ],
  [
    'revokeInvitation',
    'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }',
    (f) => ({ id: f.invitationId }),
    ['ORG_ADMIN'],
  ],
  [
    'updateMemberRole',
    'mutation ($id: ID!) { updateMemberRole(membershipId: $id, role: PARENT) { id } }',
    (f) => ({ id: f.targetMembershipId }),
    ['ORG_ADMIN'],
  ],
  [
    'removeMember',
    'mutation ($id: ID!) { removeMember(membershipId: $id) }',
    (f) => ({ id: f.targetMembershipId }),
    ['ORG_ADMIN'],
  ],
  ['auditEvents', '{ auditEvents { nodes { id } } }', () => ({}), ['ORG_ADMIN']],
  ['developmentMailbox', '{ developmentMailbox { id } }', () => ({}), ['ORG_ADMIN']],
];

describe('the role matrix', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  const cases = MATRIX.flatMap(([operation, query, variables, allowed]) =>
    (['ORG_ADMIN', 'ADVOCATE', 'PARENT'] as const).map(
      (role) =>
        [operation, role, allowed.includes(role) ? 'allowed' : 'denied', query, variables] as const,
    ),
  );

  it.each(cases)('%s as %s is %s', async (_operation, role, expected, query, variables) => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const actor = role === 'ORG_ADMIN' ? admin : await factories.member(organization, role);
    const target = await factories.member(organization, 'ADVOCATE');
    const other = await factories.organization();
    await factories.member(other, 'PARENT', { email: actor.email });

    const adminCookie = await signIn(api, admin.email, admin.password);
    const invited = await api.graphql<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(email: "invitee@example.org", role: PARENT) { id } }',
      {},
      { cookie: adminCookie },
    );
    const membership = await asSuperuser((c) =>
      c.query<{ id: string }>(
        'SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2',
        [organization.id, target.user.id],
      ),
    );
    const fixture: Fixture = {
      invitationId: invited.data!.inviteMember.id,
      targetMembershipId: membership.rows[0]!.id,
      otherOrganizationId: other.id,
    };

    const cookie = await signIn(api, actor.email, actor.password);
    const result = await api.graphql(query, variables(fixture), { cookie });
    const code = result.errors?.[0]?.extensions?.code;
    if (expected === 'allowed') expect(result.errors).toBeUndefined();
    else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
  });
});
