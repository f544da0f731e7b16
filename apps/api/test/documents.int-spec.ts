import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentsSweepService } from '../src/modules/documents/documents-sweep.service';
import { OBJECT_STORAGE, type ObjectStorage } from '../src/platform/storage/object-storage';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { EXECUTABLE, minimalDocx, minimalPdf, uploadDocument } from './support/documents';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Version {
  id: string;
  versionNumber: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  downloadPath: string;
}
interface Doc {
  id: string;
  title: string;
  type: string;
  visibility: string;
  documentDate: string | null;
  currentVersion: Version;
  versions: Version[];
}

async function files(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => [] as string[]);
}

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('documents', () => {
  let api: TestApi;
  let factories: Factories;
  let dataDir: string;
  let people: Record<'admin' | 'advocate' | 'parent' | 'stranger' | 'otherAdmin', string>;
  let caseId: string;

  const spoolDir = () => join(dataDir, 'uploads');
  const storageDir = () => join(dataDir, 'documents');
  /** Every object in storage, as the driver lists it. */
  const stored = async () => {
    const keys: string[] = [];
    for await (const object of api.app.get<ObjectStorage>(OBJECT_STORAGE).list(''))
      keys.push(object.key);
    return keys;
  };
  const download = (path: string, cookie?: string) =>
    fetch(`${api.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'continuum-documents-'));
    api = await TestApi.start({ JOB_WORKERS: 'false', CONTINUUM_DATA_DIR: dataDir });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await resetDatabase();
    await rm(storageDir(), { recursive: true, force: true });
    await rm(spoolDir(), { recursive: true, force: true });
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const stranger = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, { parents: [parent.user] });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const other = await factories.organization();
    const otherAdmin = await factories.member(other, 'ORG_ADMIN');
    caseId = caseRow.id;
    people = {
      admin: await signIn(api, admin.email, admin.password),
      advocate: await signIn(api, advocate.email, advocate.password),
      parent: await signIn(api, parent.email, parent.password),
      stranger: await signIn(api, stranger.email, stranger.password),
      otherAdmin: await signIn(api, otherAdmin.email, otherAdmin.password),
    };
  });

  it('round trip: the bytes come back identical, with the hash, sniffed type, safe name and audit events', async () => {
    const bytes = minimalPdf('Individualized Education Program for Sam, 2025');
    const uploaded = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes, name: '../IEP 2025.pdf', type: 'text/html' },
      {
        cookie: people.advocate,
        fields: {
          title: 'IEP 2025',
          type: 'iep',
          documentDate: '2025-09-12',
          visibility: 'shared',
        },
      },
    );
    expect(uploaded.status).toBe(201);
    const doc = uploaded.body;
    expect(doc).toMatchObject({
      title: 'IEP 2025',
      type: 'iep',
      documentDate: '2025-09-12',
      visibility: 'shared',
    });
    expect(doc.currentVersion).toMatchObject({
      versionNumber: 1,
      fileName: 'IEP 2025.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
    });

    const response = await download(doc.currentVersion.downloadPath, people.parent);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(sha256(body)).toBe(sha256(bytes));
    expect(body.equals(bytes)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="IEP 2025.pdf"; filename*=UTF-8''IEP%202025.pdf`,
    );

    const audit = await asSuperuser((c) =>
      c.query<{ action: string; subject_id: string }>(
        `SELECT action, subject_id FROM audit_events WHERE action LIKE 'document.%' ORDER BY occurred_at`,
      ),
    );
    expect(audit.rows).toEqual([
      { action: 'document.upload', subject_id: doc.id },
      { action: 'document.download', subject_id: doc.id },
    ]);
    // The file is in storage under the organization's folder; nothing is left in the spool.
    expect(await files(spoolDir())).toEqual([]);
    expect(await stored()).toHaveLength(1);
  });

  it('keeps a non-ASCII file name exactly as sent (UTF-8), and downloads it under that name', async () => {
    const name = 'Evaluación – niño.pdf';
    const uploaded = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: minimalPdf('Evaluation'), name },
      { cookie: people.advocate, fields: { visibility: 'shared' } },
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.currentVersion.fileName).toBe(name);
    expect(uploaded.body.title).toBe('Evaluación – niño');

    const response = await download(uploaded.body.currentVersion.downloadPath, people.parent);
    expect(response.status).toBe(200);
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toBe(
      `attachment; filename="Evaluacion _ nino.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    // What a browser does with RFC 5987's filename*: the exact name comes back.
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
  });

  it('refuses a disallowed type by its bytes, naming the field, and keeps nothing', async () => {
    const refused = await uploadDocument(
      api.baseUrl,
      caseId,
      { bytes: EXECUTABLE, name: 'report.pdf', type: 'application/pdf' },
      { cookie: people.advocate, fields: { type: 'evaluation' } },
    );
    expect(refused.status).toBe(415);
    expect(refused.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'file' });
    expect(refused.body.message).toMatch(/cannot be uploaded.*PDF/);
    const rows = await asSuperuser((c) => c.query('SELECT 1 FROM documents'));
    expect(rows.rowCount).toBe(0);
    expect(await files(spoolDir())).toEqual([]);
    expect(await stored()).toEqual([]);

    // Text claiming to be a PDF is stored as what it is, and named so.
    const text = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      {
        bytes: Buffer.from('From: school@district.example\n\nThe meeting moved.'),
        name: 'mail.pdf',
        type: 'application/pdf',
      },
      { cookie: people.advocate },
    );
    expect(text.status).toBe(201);
    expect(text.body.currentVersion).toMatchObject({
      contentType: 'text/plain',
      fileName: 'mail.pdf.txt',
    });
    // Staff uploads are internal unless shared on purpose.
    expect(text.body.visibility).toBe('internal');
  });

  it('names the field at fault in the metadata, and refuses without the upload header or a session', async () => {
    const file = { bytes: minimalPdf('notice'), name: 'notice.pdf' };
    const badType = await uploadDocument(api.baseUrl, caseId, file, {
      cookie: people.advocate,
      fields: { type: 'banana' },
    });
    expect(badType).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'type' } });
    const badDate = await uploadDocument(api.baseUrl, caseId, file, {
      cookie: people.advocate,
      fields: { documentDate: '2025-02-30' },
    });
    // REST errors carry the same key and parameters as GraphQL's, for the portal to word.
    expect(badDate).toMatchObject({
      status: 400,
      body: { key: 'DOCUMENT_DATE_INVALID', params: {}, field: 'documentDate' },
    });
    const noHeader = await uploadDocument(api.baseUrl, caseId, file, {
      cookie: people.advocate,
      headers: { 'x-continuum-upload': '0' },
    });
    expect(noHeader).toMatchObject({ status: 403, body: { code: 'CSRF_HEADER_REQUIRED' } });
    const signedOut = await uploadDocument(api.baseUrl, caseId, file);
    expect(signedOut).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    const otherOrg = await uploadDocument(api.baseUrl, caseId, file, { cookie: people.otherAdmin });
    expect(otherOrg).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    const notAssigned = await uploadDocument(api.baseUrl, caseId, file, {
      cookie: people.stranger,
    });
    expect(notAssigned).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect((await asSuperuser((c) => c.query('SELECT 1 FROM documents'))).rowCount).toBe(0);
  });

  it('a parent never reaches an internal document: not in lists, by id, in search, or by download', async () => {
    const internal = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: minimalPdf('Advocate strategy memo about the hearing'), name: 'memo.pdf' },
      { cookie: people.advocate, fields: { visibility: 'internal', title: 'Strategy memo' } },
    );
    const shared = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: minimalPdf('Progress report for the hearing'), name: 'progress.pdf' },
      { cookie: people.advocate, fields: { visibility: 'shared', type: 'progress_report' } },
    );
    expect([internal.status, shared.status]).toEqual([201, 201]);

    const list = await api.graphql<{ caseDocuments: { id: string }[] }>(
      'query ($id: ID!) { caseDocuments(caseId: $id) { id } }',
      { id: caseId },
      { cookie: people.parent },
    );
    expect(list.data!.caseDocuments.map((d) => d.id)).toEqual([shared.body.id]);
    const filtered = await api.graphql<{ caseDocuments: { id: string }[] }>(
      'query ($id: ID!) { caseDocuments(caseId: $id, filter: { visibility: INTERNAL }) { id } }',
      { id: caseId },
      { cookie: people.parent },
    );
    expect(filtered.data!.caseDocuments).toEqual([]);
    const byId = await api.graphql(
      'query ($id: ID!) { document(documentId: $id) { id title } }',
      { id: internal.body.id },
      { cookie: people.parent },
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const search = await api.graphql<{ searchCaseRecords: { id: string }[] }>(
      'query ($id: ID!) { searchCaseRecords(caseId: $id, query: "hearing") { id } }',
      { id: caseId },
      { cookie: people.parent },
    );
    expect(search.data!.searchCaseRecords.map((h) => h.id)).toEqual([shared.body.id]);
    for (const path of [
      internal.body.currentVersion.downloadPath,
      `/documents/${internal.body.id}/content`,
    ]) {
      const response = await download(path, people.parent);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('memo');
    }
    // A version id of the internal document does not open through the shared one either.
    const crossed = await download(
      `/documents/${shared.body.id}/content?version=${internal.body.currentVersion.id}`,
      people.parent,
    );
    expect(crossed.status).toBe(404);
    // Nor another organization's admin, nor an advocate of another case.
    for (const cookie of [people.otherAdmin, people.stranger]) {
      expect((await download(shared.body.currentVersion.downloadPath, cookie)).status).toBe(404);
    }
    // Staff see both.
    const staff = await api.graphql<{ caseDocuments: { id: string }[] }>(
      'query ($id: ID!) { caseDocuments(caseId: $id) { id } }',
      { id: caseId },
      { cookie: people.advocate },
    );
    expect(staff.data!.caseDocuments).toHaveLength(2);
    // Making it internal later hides it from the parent at once.
    await api.graphql(
      'mutation ($id: ID!) { updateDocument(input: { documentId: $id, visibility: INTERNAL }) { id } }',
      { id: shared.body.id },
      { cookie: people.advocate },
    );
    expect((await download(shared.body.currentVersion.downloadPath, people.parent)).status).toBe(
      404,
    );
  });

  it('denied attempts on an internal document are audited, and the org admin sees them', async () => {
    const internal = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: minimalPdf('Advocate strategy memo'), name: 'memo.pdf' },
      { cookie: people.advocate, fields: { visibility: 'internal', title: 'Strategy memo' } },
    );
    expect(internal.status).toBe(201);
    const byId = await api.graphql(
      'query ($id: ID!) { document(documentId: $id) { id title } }',
      { id: internal.body.id },
      { cookie: people.parent },
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await download(`/documents/${internal.body.id}/content`, people.parent)).status).toBe(
      404,
    );
    // An id that does not exist is a mistake, not a denial: nothing to audit.
    const missing = await api.graphql(
      'query ($id: ID!) { document(documentId: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      { cookie: people.parent },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const audit = await api.graphql<{
      auditEvents: {
        nodes: {
          action: string;
          subjectType: string;
          subjectId: string;
          actorUserId: string;
          details: Record<string, unknown>;
        }[];
      };
    }>(
      'query { auditEvents(filter: { actions: ["access.denied"] }, first: 10) { nodes { action subjectType subjectId actorUserId details } } }',
      {},
      { cookie: people.admin },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditEvents.nodes).toEqual([
      expect.objectContaining({
        action: 'access.denied',
        subjectType: 'Document',
        subjectId: internal.body.id,
        details: expect.objectContaining({ reason: 'hidden', record: 'document' }) as object,
      }),
      expect.objectContaining({
        action: 'access.denied',
        subjectType: 'Document',
        subjectId: internal.body.id,
        details: expect.objectContaining({ reason: 'hidden', record: 'document' }) as object,
      }),
    ]);
    expect(new Set(audit.data!.auditEvents.nodes.map((e) => e.actorUserId)).size).toBe(1);
    expect(audit.data!.auditEvents.nodes[0]!.actorUserId).not.toBeNull();
  });

  it('a parent uploads to their own case, shared only, and may not change documents', async () => {
    const file = { bytes: minimalPdf('Letter from the school'), name: 'letter.pdf' };
    const internal = await uploadDocument(api.baseUrl, caseId, file, {
      cookie: people.parent,
      fields: { visibility: 'internal' },
    });
    expect(internal).toMatchObject({ status: 403, body: { field: 'visibility' } });
    const shared = await uploadDocument<Doc>(api.baseUrl, caseId, file, {
      cookie: people.parent,
      fields: { type: 'notice' },
    });
    expect(shared.status).toBe(201);
    expect(shared.body.visibility).toBe('shared');
    const update = await api.graphql(
      'mutation ($id: ID!) { updateDocument(input: { documentId: $id, title: "Mine" }) { id } }',
      { id: shared.body.id },
      { cookie: people.parent },
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const version = await uploadDocument(api.baseUrl, caseId, file, {
      cookie: people.parent,
      replaces: shared.body.id,
    });
    expect(version.status).toBe(403);
    const seen = await api.graphql<{ caseDocuments: { id: string }[] }>(
      'query ($id: ID!) { caseDocuments(caseId: $id) { id } }',
      { id: caseId },
      { cookie: people.advocate },
    );
    expect(seen.data!.caseDocuments.map((d) => d.id)).toEqual([shared.body.id]);
  });

  it('keeps versions: a new version becomes current, each stays downloadable', async () => {
    const first = minimalPdf('Evaluation draft');
    const second = minimalDocx('Evaluation final with the psychologist recommendations');
    const created = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: first, name: 'evaluation.pdf' },
      { cookie: people.advocate, fields: { type: 'evaluation', visibility: 'shared' } },
    );
    const replaced = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: second, name: 'evaluation final.docx' },
      { cookie: people.admin, replaces: created.body.id },
    );
    expect(replaced.status).toBe(201);
    expect(replaced.body.id).toBe(created.body.id);
    expect(replaced.body.versions.map((v) => [v.versionNumber, v.sha256])).toEqual([
      [2, sha256(second)],
      [1, sha256(first)],
    ]);
    const current = await download(`/documents/${created.body.id}/content`, people.parent);
    expect(sha256(Buffer.from(await current.arrayBuffer()))).toBe(sha256(second));
    expect(current.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const old = await download(replaced.body.versions[1]!.downloadPath, people.parent);
    expect(sha256(Buffer.from(await old.arrayBuffer()))).toBe(sha256(first));
    // The search follows the current version's text.
    const hits = await api.graphql<{ searchCaseRecords: { id: string; snippet: string }[] }>(
      'query ($id: ID!) { searchCaseRecords(caseId: $id, query: "psychologist") { id snippet } }',
      { id: caseId },
      { cookie: people.advocate },
    );
    expect(hits.data!.searchCaseRecords).toEqual([
      { id: created.body.id, snippet: expect.stringContaining('«psychologist»') as unknown },
    ]);
  });

  it('searches extracted text in English and Spanish word forms, and archived documents drop out', async () => {
    const english = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      {
        bytes: minimalPdf('The district denied the requested evaluations and services'),
        name: 'pwn.pdf',
      },
      {
        cookie: people.advocate,
        fields: { type: 'prior_written_notice', title: 'Prior written notice' },
      },
    );
    const spanish = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      {
        bytes: minimalDocx('Las escuelas no entregaron los servicios de terapia del habla'),
        name: 'carta.docx',
      },
      { cookie: people.advocate, fields: { type: 'notice', title: 'Carta de la escuela' } },
    );
    const find = async (query: string) =>
      (
        await api.graphql<{ searchCaseRecords: { id: string; kind: string }[] }>(
          'query ($id: ID!, $q: String!) { searchCaseRecords(caseId: $id, query: $q) { id kind } }',
          { id: caseId, q: query },
          { cookie: people.advocate },
        )
      ).data!.searchCaseRecords;
    expect(await find('evaluation')).toEqual([{ id: english.body.id, kind: 'DOCUMENT' }]);
    expect(await find('escuela')).toEqual([{ id: spanish.body.id, kind: 'DOCUMENT' }]);
    expect(await find('terapia habla')).toEqual([{ id: spanish.body.id, kind: 'DOCUMENT' }]);
    expect(await find('servicio')).toEqual([{ id: spanish.body.id, kind: 'DOCUMENT' }]);
    expect(await find('denies')).toEqual([{ id: english.body.id, kind: 'DOCUMENT' }]);
    expect(await find('mediation')).toEqual([]);
    const listed = await api.graphql<{ caseDocuments: { id: string }[] }>(
      'query ($id: ID!) { caseDocuments(caseId: $id, filter: { search: "denied" }) { id } }',
      { id: caseId },
      { cookie: people.advocate },
    );
    expect(listed.data!.caseDocuments.map((d) => d.id)).toEqual([english.body.id]);

    await api.graphql(
      'mutation ($id: ID!) { archiveDocument(documentId: $id) { id } }',
      { id: english.body.id },
      { cookie: people.advocate },
    );
    expect(await find('evaluation')).toEqual([]);
    const tooLong = await api.graphql(
      'query ($id: ID!, $q: String!) { searchCaseRecords(caseId: $id, query: $q) { id } }',
      { id: caseId, q: 'x'.repeat(201) },
      { cookie: people.advocate },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
  });

  it('an upload killed halfway leaves no row and no file', async () => {
    const boundary = 'continuum-abort-test';
    let spooling = 0;
    const partial = await new Promise<void>((resolve) => {
      const req = request(`${api.baseUrl}/cases/${caseId}/documents`, {
        method: 'POST',
        headers: {
          cookie: people.advocate,
          'x-continuum-upload': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      );
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        // Killed halfway: no closing boundary, the connection just goes.
        setTimeout(() => {
          void files(spoolDir()).then((names) => {
            spooling = names.length;
            req.destroy();
            resolve();
          });
        }, 200);
      };
      pump();
    });
    expect(partial).toBeUndefined();
    // The bytes were arriving in the spool when the connection went.
    expect(spooling).toBe(1);
    expect(await eventually(async () => (await files(spoolDir())).length === 0)).toBe(true);
    expect(await stored()).toEqual([]);
    expect((await asSuperuser((c) => c.query('SELECT 1 FROM documents'))).rowCount).toBe(0);
    expect((await asSuperuser((c) => c.query('SELECT 1 FROM document_versions'))).rowCount).toBe(0);
    // The API is still fine afterwards.
    const after = await uploadDocument(
      api.baseUrl,
      caseId,
      { bytes: Buffer.from('still working'), name: 'ok.txt' },
      { cookie: people.advocate },
    );
    expect(after.status).toBe(201);
  });

  it('the sweep removes stale spool files and stored files no version references, and nothing else', async () => {
    const kept = await uploadDocument<Doc>(
      api.baseUrl,
      caseId,
      { bytes: minimalPdf('Kept'), name: 'kept.pdf' },
      { cookie: people.advocate },
    );
    const storage = api.app.get<ObjectStorage>(OBJECT_STORAGE);
    const organizationId = (
      await asSuperuser((c) =>
        c.query<{ organization_id: string }>('SELECT organization_id FROM documents'),
      )
    ).rows[0]!.organization_id;
    // What a crash between storing the file and committing its row leaves behind:
    const orphanPath = join(dataDir, 'orphan-source');
    await writeFile(orphanPath, 'orphan');
    const orphanKey = `${organizationId}/documents/00000000-0000-4000-8000-000000000001/00000000-0000-4000-8000-000000000002`;
    await storage.putFile(orphanKey, orphanPath, 6, 'text/plain');
    await mkdir(spoolDir(), { recursive: true });
    const staleSpool = join(spoolDir(), 'stale.upload');
    await writeFile(staleSpool, 'half an upload');
    const old = new Date(Date.now() - 7 * 60 * 60 * 1000);
    await utimes(staleSpool, old, old);

    const sweeper = api.app.get(DocumentsSweepService);
    // A recent orphan may be an upload about to commit: left alone.
    expect(await sweeper.sweep(new Date(Date.now() - 60 * 60 * 1000))).toEqual({
      spoolFiles: 1,
      objects: 0,
    });
    expect(await sweeper.sweep(new Date(Date.now() + 1000))).toEqual({ spoolFiles: 0, objects: 1 });
    expect(await storage.read(orphanKey)).toBeNull();
    const still = await download(kept.body.currentVersion.downloadPath, people.advocate);
    expect(still.status).toBe(200);
  });
});
