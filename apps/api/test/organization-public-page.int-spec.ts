import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

const PAGE_FIELDS =
  'slug enabled statesServed countiesServed languages contactPhone contactEmail website address brandColor';
const UPDATE = `mutation ($input: UpdateOrganizationPublicPageInput!) { updateOrganizationPublicPage(input: $input) { ${PAGE_FIELDS} } }`;
const READ = `{ organizationPublicPage { ${PAGE_FIELDS} } }`;
const PUBLIC_ONE = `query ($slug: String!) { publicOrganization(slug: $slug) { name statesServed languages contactEmail brandColor } }`;

interface Page {
  slug: string | null;
  enabled: boolean;
  statesServed: string[];
  countiesServed: string[];
  languages: string[];
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  address: string | null;
  brandColor: string | null;
}

const FULL = {
  slug: 'Valley-Parents',
  enabled: true,
  statesServed: ['az', 'CA', 'AZ'],
  countiesServed: ['Pima (AZ)', ' Maricopa (AZ) ', ''],
  languages: ['en', 'ES'],
  contactPhone: '(555) 010-3300',
  contactEmail: 'help@valley.example',
  website: 'https://valley.example/families',
  address: '10 Desert Road, Tucson, AZ',
  brandColor: '#1F5F8B',
};

/** An organization's public page, edited by its org admins (issue 14). */
describe('the public page, edited by org admins', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function adminOf(name = 'Valley Parent Center') {
    const organization = await factories.organization({ name });
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const cookie = await signIn(api, admin.email, admin.password);
    return { organization, admin, cookie };
  }

  const columns = async () =>
    (
      await asSuperuser((c) =>
        c.query<{ id: string; slug: string | null; public_page_enabled: boolean }>(
          'SELECT id, slug, public_page_enabled, states_served, contact_email FROM organizations ORDER BY name',
        ),
      )
    ).rows;

  it('an org admin publishes the page; it is cleaned, audited, and reached signed out by its address', async () => {
    const { organization, cookie } = await adminOf();
    const before = await api.graphql<{ organizationPublicPage: Page }>(READ, {}, { cookie });
    expect(before.data?.organizationPublicPage).toMatchObject({ slug: null, enabled: false });

    const saved = await api.graphql<{ updateOrganizationPublicPage: Page }>(
      UPDATE,
      { input: FULL },
      { cookie },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateOrganizationPublicPage).toEqual({
      slug: 'valley-parents',
      enabled: true,
      statesServed: ['AZ', 'CA'],
      countiesServed: ['Pima (AZ)', 'Maricopa (AZ)'],
      languages: ['en', 'es'],
      contactPhone: '(555) 010-3300',
      contactEmail: 'help@valley.example',
      website: 'https://valley.example/families',
      address: '10 Desert Road, Tucson, AZ',
      brandColor: '#1f5f8b',
    });

    const signedOut = await api.graphql<{ publicOrganization: unknown }>(PUBLIC_ONE, {
      slug: 'valley-parents',
    });
    expect(signedOut.data?.publicOrganization).toEqual({
      name: 'Valley Parent Center',
      statesServed: ['AZ', 'CA'],
      languages: ['en', 'es'],
      contactEmail: 'help@valley.example',
      brandColor: '#1f5f8b',
    });

    // A field left out keeps its value; an empty text clears it; switching off hides the page.
    const off = await api.graphql<{ updateOrganizationPublicPage: Page }>(
      UPDATE,
      { input: { enabled: false, address: '' } },
      { cookie },
    );
    expect(off.data?.updateOrganizationPublicPage).toMatchObject({
      slug: 'valley-parents',
      enabled: false,
      address: null,
      contactEmail: 'help@valley.example',
    });
    const hidden = await api.graphql<{ publicOrganization: unknown }>(PUBLIC_ONE, {
      slug: 'valley-parents',
    });
    expect(hidden.data?.publicOrganization).toBeNull();

    const audit = await asSuperuser((c) =>
      c.query<{ organization_id: string; subject_id: string; details: Record<string, unknown> }>(
        `SELECT organization_id, subject_id, details FROM audit_events
          WHERE action = 'organization.public_page_update' ORDER BY occurred_at`,
      ),
    );
    expect(audit.rows.map((r) => r.details)).toEqual([
      expect.objectContaining({ enabled: true, slug: 'valley-parents' }),
      expect.objectContaining({
        fields: 'publicPageEnabled,address',
        enabled: false,
        slug: 'valley-parents',
      }),
    ]);
    expect(audit.rows.every((r) => r.organization_id === organization.id)).toBe(true);
  });

  it.each([
    ['slug', { slug: 'No Spaces!' }, 'PUBLIC_PAGE_SLUG_INVALID'],
    ['slug', { slug: 'ab' }, 'PUBLIC_PAGE_SLUG_INVALID'],
    ['slug', { slug: '', enabled: true }, 'PUBLIC_PAGE_SLUG_REQUIRED'],
    ['slug', { enabled: true }, 'PUBLIC_PAGE_SLUG_REQUIRED'],
    ['statesServed', { statesServed: ['CA', 'XX'] }, 'STATE_CODE_INVALID'],
    ['statesServed', { statesServed: ['California'] }, 'STATE_CODE_INVALID'],
    ['countiesServed', { countiesServed: ['x'.repeat(101)] }, 'LIST_TOO_LONG'],
    ['languages', { languages: ['en', 'zz'] }, 'PUBLIC_PAGE_LANGUAGE_INVALID'],
    ['languages', { languages: ['english'] }, 'PUBLIC_PAGE_LANGUAGE_INVALID'],
    ['languages', { languages: [] }, 'PUBLIC_PAGE_LANGUAGES_REQUIRED'],
    ['contactPhone', { contactPhone: 'call us' }, 'PUBLIC_PAGE_PHONE_INVALID'],
    ['contactEmail', { contactEmail: 'help at valley' }, 'EMAIL_INVALID'],
    ['website', { website: 'http://valley.example' }, 'PUBLIC_PAGE_WEBSITE_INVALID'],
    ['website', { website: 'valley' }, 'PUBLIC_PAGE_WEBSITE_INVALID'],
    ['website', { website: 'javascript:alert(1)' }, 'PUBLIC_PAGE_WEBSITE_INVALID'],
    ['brandColor', { brandColor: 'blue' }, 'PUBLIC_PAGE_COLOR_INVALID'],
    ['brandColor', { brandColor: '#12345' }, 'PUBLIC_PAGE_COLOR_INVALID'],
    ['address', { address: 'a'.repeat(501) }, 'TEXT_TOO_LONG'],
  ])('refuses a bad %s, naming it (%j), saving nothing', async (field, input, key) => {
    const { cookie } = await adminOf();
    const before = await columns();
    const result = await api.graphql(UPDATE, { input }, { cookie });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key, field });
    expect(await columns()).toEqual(before);
  });

  it("refuses another organization's address as a field error, without naming who has it", async () => {
    const a = await adminOf('Alpha Center');
    const b = await adminOf('Beta Center');
    const first = await api.graphql(UPDATE, { input: { slug: 'shared-name' } }, a);
    expect(first.errors).toBeUndefined();
    const before = await columns();
    const clash = await api.graphql(UPDATE, { input: { slug: 'Shared-Name', enabled: true } }, b);
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'PUBLIC_PAGE_SLUG_TAKEN',
      field: 'slug',
    });
    expect(clash.errors?.[0]?.message).not.toContain('Alpha');
    expect(await columns()).toEqual(before);
    // Its own address again is no clash.
    const again = await api.graphql(UPDATE, { input: { slug: 'shared-name', enabled: true } }, a);
    expect(again.errors).toBeUndefined();
  });

  it('an advocate or a parent is refused; an admin of B changes only B, never A', async () => {
    const a = await factories.organization({ name: 'Alpha Center' });
    const b = await factories.organization({ name: 'Beta Center' });
    const advocate = await factories.member(a, 'ADVOCATE');
    const parent = await factories.member(a, 'PARENT');
    // An admin of B who is also a parent in A.
    const adminOfB = await factories.member(b, 'ORG_ADMIN');
    await factories.member(a, 'PARENT', { email: adminOfB.email });
    const before = await columns();

    for (const member of [advocate, parent]) {
      const cookie = await signIn(api, member.email, member.password);
      const denied = await api.graphql(UPDATE, { input: FULL }, { cookie });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const cookie = await signIn(api, adminOfB.email, adminOfB.password);
    await api.graphql(
      'mutation ($id: ID!) { switchOrganization(organizationId: $id) { role } }',
      { id: a.id },
      { cookie },
    );
    const deniedInA = await api.graphql(UPDATE, { input: FULL }, { cookie });
    expect(deniedInA.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await columns()).toEqual(before);
    const denials = await asSuperuser((c) =>
      c.query(
        `SELECT 1 FROM audit_events WHERE action = 'access.denied' AND organization_id = $1`,
        [a.id],
      ),
    );
    expect(denials.rowCount).toBeGreaterThanOrEqual(3);

    // Back in B, where they are the admin: B's page changes, A's does not.
    await api.graphql(
      'mutation ($id: ID!) { switchOrganization(organizationId: $id) { role } }',
      { id: b.id },
      { cookie },
    );
    const allowed = await api.graphql<{ updateOrganizationPublicPage: Page }>(
      UPDATE,
      { input: FULL },
      { cookie },
    );
    expect(allowed.errors).toBeUndefined();
    const after = await columns();
    expect(after.find((o) => o.id === a.id)).toEqual(before.find((o) => o.id === a.id));
    expect(after.find((o) => o.id === b.id)).toMatchObject({
      slug: 'valley-parents',
      public_page_enabled: true,
    });
    // And B's admin reads B's page settings, not A's.
    const read = await api.graphql<{ organizationPublicPage: Page }>(READ, {}, { cookie });
    expect(read.data?.organizationPublicPage.slug).toBe('valley-parents');
  });

  it('signed out, nobody reads or changes the settings', async () => {
    const read = await api.graphql(READ, {});
    expect(read.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const write = await api.graphql(UPDATE, { input: { enabled: false } });
    expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
