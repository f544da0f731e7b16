import { seedDemo } from '../src/seed/demo-seed';
import { asSuperuser, resetDatabase, TestApi } from './support/harness';

const LIST = `query ($state: String) { publicOrganizations(state: $state) { slug name statesServed languages contactPhone brandColor } }`;
const ONE = `query ($slug: String!) { publicOrganization(slug: $slug) { slug name countiesServed contactEmail } }`;

describe('published organizations, for readers who are not signed in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(api.unitOfWork);
  });

  type List = { publicOrganizations: { slug: string; name: string; statesServed: string[] }[] };

  it('lists the demo organizations by state, signed out', async () => {
    const arizona = await api.graphql<List>(LIST, { state: 'az' });
    expect(arizona.errors).toBeUndefined();
    expect(arizona.data?.publicOrganizations).toEqual([
      expect.objectContaining({
        slug: 'riverside',
        name: 'Riverside Parent Center',
        statesServed: ['CA', 'AZ'],
        languages: ['en', 'es'],
        brandColor: '#1f5f8b',
      }),
    ]);
    const newYork = await api.graphql<List>(LIST, { state: 'NY' });
    expect(newYork.data?.publicOrganizations.map((o) => o.slug)).toEqual(['summit']);
    const all = await api.graphql<List>(LIST, {});
    expect(all.data?.publicOrganizations.map((o) => o.slug)).toEqual(['riverside', 'summit']);
    // A state that cannot be one matches nothing rather than everything.
    const bad = await api.graphql<List>(LIST, { state: "AZ' OR '1'='1" });
    expect(bad.data?.publicOrganizations).toEqual([]);
  });

  it('finds one by its address, and shows nothing once its page is switched off', async () => {
    const found = await api.graphql<{ publicOrganization: { name: string } | null }>(ONE, {
      slug: 'Summit',
    });
    expect(found.data?.publicOrganization).toEqual({
      slug: 'summit',
      name: 'Summit Advocacy',
      countiesServed: ['Albany (NY)', 'Rensselaer (NY)', 'Saratoga (NY)'],
      contactEmail: 'intake@summit.example',
    });
    await asSuperuser((c) =>
      c.query(`UPDATE organizations SET public_page_enabled = false WHERE slug = 'summit'`),
    );
    const hidden = await api.graphql<{ publicOrganization: null }>(ONE, { slug: 'summit' });
    expect(hidden.data?.publicOrganization).toBeNull();
    const list = await api.graphql<List>(LIST, { state: 'NY' });
    expect(list.data?.publicOrganizations).toEqual([]);
  });

  it('reads only through the published door: the application role sees no organization row signed out', async () => {
    const rows = await api.unitOfWork.run(null, (manager) =>
      manager.query<{ count: number }[]>('SELECT count(*)::int AS count FROM organizations'),
    );
    expect(rows[0]!.count).toBe(0);
    const published = await api.unitOfWork.run(null, (manager) =>
      manager.query<{ slug: string }[]>('SELECT slug FROM app_public_organizations(NULL, NULL)'),
    );
    expect(published.map((row) => row.slug)).toEqual(['riverside', 'summit']);
  });
});
