import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { minimalPdf, uploadDocument } from './support/documents';

interface Hit {
  kind: 'DOCUMENT' | 'NOTE';
  id: string;
  title: string;
  snippet: string;
  rank: number;
  document: { id: string; visibility: string } | null;
  note: { id: string; visibility: string; body: string } | null;
}

const SEARCH = `query ($id: ID!, $q: String!) { searchCaseRecords(caseId: $id, query: $q) {
  kind id title snippet rank document { id visibility } note { id visibility body } } }`;

describe('one search over a case’s documents and notes', () => {
  let api: TestApi;
  let factories: Factories;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'continuum-record-search-'));
    api = await TestApi.start({ JOB_WORKERS: 'false', CONTINUUM_DATA_DIR: dataDir });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => resetDatabase());

  async function world() {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, { parents: [parent.user] });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const cookies = {
      advocate: await signIn(api, advocate.email, advocate.password),
      parent: await signIn(api, parent.email, parent.password),
    };
    const upload = async (text: string, title: string, visibility: string) => {
      const result = await uploadDocument<{ id: string }>(
        api.baseUrl,
        caseRow.id,
        { bytes: minimalPdf(text), name: 'record.pdf' },
        { cookie: cookies.advocate, fields: { title, visibility } },
      );
      expect(result.status).toBe(201);
      return result.body.id;
    };
    const note = async (body: string, visibility: string) => {
      const result = await api.graphql<{ addNote: { id: string } }>(
        'mutation ($c: ID!, $b: String!, $v: NoteVisibility!) { addNote(input: { caseId: $c, body: $b, visibility: $v }) { id } }',
        { c: caseRow.id, b: body, v: visibility },
        { cookie: cookies.advocate },
      );
      return result.data!.addNote.id;
    };
    return { organization, caseId: caseRow.id, cookies, upload, note };
  }

  const search = async (caseId: string, q: string, cookie: string) => {
    const result = await api.graphql<{ searchCaseRecords: Hit[] }>(
      SEARCH,
      { id: caseId, q },
      { cookie },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.searchCaseRecords;
  };

  it('a word in a PDF’s text and in notes returns both kinds, best first, each under its own visibility', async () => {
    const { organization, caseId, cookies, upload, note } = await world();
    const titled = await upload(
      'Minutes of speech sessions, fall term.',
      'Speech therapy log',
      'shared',
    );
    const shared = await upload(
      'The district reduced speech therapy without notice.',
      'Prior written notice',
      'shared',
    );
    const internal = await upload(
      'Memo: therapy records look incomplete.',
      'Advocate memo',
      'internal',
    );
    const sharedNote = await note(
      'Asked the school for the therapy schedule.\nNo answer yet.',
      'SHARED',
    );
    const internalNote = await note(
      'Suspect the therapy minutes were never delivered.',
      'INTERNAL',
    );
    await note('Nothing about that here.', 'SHARED');

    const asAdvocate = await search(caseId, 'therapy', cookies.advocate);
    expect(asAdvocate.map((h) => h.id).sort()).toEqual(
      [titled, shared, internal, sharedNote, internalNote].sort(),
    );
    const ranks = asAdvocate.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks.every((r) => r > 0)).toBe(true);
    // A match in a document's title counts more than one in any text or note.
    expect(asAdvocate[0]).toMatchObject({ kind: 'DOCUMENT', id: titled, note: null });
    const noteHit = asAdvocate.find((h) => h.id === sharedNote)!;
    expect(noteHit).toMatchObject({
      kind: 'NOTE',
      title: 'Asked the school for the therapy schedule.',
      document: null,
      note: { id: sharedNote, visibility: 'SHARED' },
    });
    expect(noteHit.snippet).toContain('«therapy»');
    const documentHit = asAdvocate.find((h) => h.id === shared)!;
    expect(documentHit).toMatchObject({ kind: 'DOCUMENT', document: { id: shared } });
    expect(documentHit.snippet).toContain('«therapy»');

    const asParent = await search(caseId, 'therapy', cookies.parent);
    expect(asParent.map((h) => h.id).sort()).toEqual([titled, shared, sharedNote].sort());
    expect(JSON.stringify(asParent)).not.toMatch(/memo|Suspect|INTERNAL/i);

    const audited = await asSuperuser((c) =>
      c.query<{ action: string; details: Record<string, unknown> }>(
        `SELECT action, details FROM audit_events WHERE organization_id = $1 AND action LIKE '%search%' ORDER BY occurred_at`,
        [organization.id],
      ),
    );
    expect(audited.rows).toEqual([
      {
        action: 'case_records.search',
        details: { count: 5, documents: 3, notes: 2, requestId: expect.any(String) as unknown },
      },
      {
        action: 'case_records.search',
        details: { count: 3, documents: 2, notes: 1, requestId: expect.any(String) as unknown },
      },
    ]);
  });

  it('an empty or too long query names the query field; another case’s records are not found', async () => {
    const { caseId, cookies } = await world();
    for (const q of ['   ', 'x'.repeat(201)]) {
      const result = await api.graphql(SEARCH, { id: caseId, q }, { cookie: cookies.advocate });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'query',
      });
    }
    const other = await world();
    const foreign = await api.graphql(
      SEARCH,
      { id: other.caseId, q: 'therapy' },
      { cookie: cookies.advocate },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
