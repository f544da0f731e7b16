import { deflateSync, crc32 } from 'node:zlib';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { minimalDocx, minimalPdf, uploadDocument } from './support/documents';
import { docxText, pdfText } from './support/read-exports';

/** A small real PNG (grey), so an image exhibit is bound as a page of its own. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc(9 * 8, 0x80);
  for (let row = 0; row < 8; row++) rows[row * 9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ');
const LETTER_FACTS =
  '{ parent: { name: "María Núñez" }, student: { name: "Sofía Núñez" }, district: { name: "Oakland Unified" } }';

describe('evidence binders and saved exports', () => {
  let api: TestApi;
  let factories: Factories;
  let dataDir: string;
  let cookies: Record<'advocate' | 'parent' | 'otherAdmin', string>;
  let caseId: string;
  let otherCaseId: string;
  let proceedingId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'continuum-binders-'));
    api = await TestApi.start({ JOB_WORKERS: 'false', CONTINUUM_DATA_DIR: dataDir });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await resetDatabase();
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, { parents: [parent.user] });
    caseId = (
      await factories.newCase(organization, { studentId: student.id, advocates: [advocate.user] })
    ).id;
    const sibling = await factories.newFamily(organization, { parents: [] });
    otherCaseId = (
      await factories.newCase(organization, {
        studentId: sibling.student.id,
        advocates: [advocate.user],
      })
    ).id;
    const other = await factories.organization();
    const otherAdmin = await factories.member(other, 'ORG_ADMIN');
    cookies = {
      advocate: await signIn(api, advocate.email, advocate.password),
      parent: await signIn(api, parent.email, parent.password),
      otherAdmin: await signIn(api, otherAdmin.email, otherAdmin.password),
    };
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      'mutation ($caseId: ID!) { openProceeding(input: { caseId: $caseId, kind: due_process, filedBy: parent }) { id } }',
      { caseId },
      { cookie: cookies.advocate },
    );
    expect(opened.errors).toBeUndefined();
    proceedingId = opened.data!.openProceeding.id;
  });

  async function upload(
    bytes: Buffer,
    name: string,
    fields: Record<string, string>,
    target = caseId,
  ): Promise<string> {
    const result = await uploadDocument<{ id: string }>(
      api.baseUrl,
      target,
      { bytes, name },
      { cookie: cookies.advocate, fields },
    );
    expect(result.status).toBe(201);
    return result.body.id;
  }

  /** Internal documents are included unless `includeInternal` says otherwise (or is null: left out). */
  const binderUrl = (
    ids: string[],
    lang = 'en',
    proceeding = proceedingId,
    includeInternal: string | null = 'true',
  ) =>
    `${api.baseUrl}/proceedings/${proceeding}/binder.pdf?documents=${ids.join(',')}&lang=${lang}${
      includeInternal === null ? '' : `&includeInternal=${includeInternal}`
    }`;

  it('binds the chosen documents in the chosen order, with an index whose page numbers are right', async () => {
    const iep = await upload(minimalPdf('The IEP of March'), 'iep.pdf', {
      title: 'IEP, March 2026',
      documentDate: '2026-03-14',
      visibility: 'shared',
    });
    const photo = await upload(png(), 'log.png', {
      title: 'Behavior log photo',
      visibility: 'shared',
    });
    const evaluation = await upload(minimalPdf('Independent evaluation report'), 'iee.pdf', {
      title: 'Evaluación independiente',
      documentDate: '2026-09-02',
    });

    const response = await fetch(binderUrl([evaluation, iep, photo], 'es'), {
      headers: { cookie: cookies.advocate },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('due-process-pruebas-');
    const pdf = await pdfText(new Uint8Array(await response.arrayBuffer()));

    // Cover, one index page, then one page per exhibit.
    expect(pdf.pages).toBe(5);
    const pages = pdf.pageTexts.map(normalize);
    expect(pages[0]).toContain('Queja de debido proceso');
    expect(pages[1]).toContain('Índice de pruebas');
    // Uploaded without a visibility by staff, so internal, and marked.
    expect(pages[1]).toMatch(
      /1 2026-09-02 Evaluación independiente Interno: no se comparte con la familia 3/,
    );
    expect(pages[1]).toMatch(/2 2026-03-14 IEP, March 2026 4/);
    expect(pages[1]).toMatch(/3 sin fecha Behavior log photo 5/);
    expect(pages[2]).toContain('Independent evaluation report');
    expect(pages[2]).toContain('Prueba 1 · Página 3 de 5');
    expect(pages[3]).toContain('The IEP of March');
    expect(pages[4]).toContain('Prueba 3 · Página 5 de 5');

    const audit = await asSuperuser((client) =>
      client.query<{ details: { documentIds: string } }>(
        `SELECT details FROM audit_events WHERE action = 'binder.export'`,
      ),
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.documentIds).toBe([evaluation, iep, photo].join(','));
  });

  it('binds Internal documents only when asked, and then marks them on the cover, in the index and on their pages', async () => {
    const report = await upload(minimalPdf('Progress report'), 'report.pdf', {
      title: 'Progress report',
      visibility: 'shared',
    });
    // Staff uploads are internal unless shared on purpose.
    const notes = await upload(minimalPdf('Staff notes on the case'), 'notes.pdf', {
      title: 'Staff notes',
    });
    const get = async (url: string) => {
      const response = await fetch(url, { headers: { cookie: cookies.advocate } });
      return response.headers.get('content-type') === 'application/pdf'
        ? {
            status: response.status,
            pages: (await pdfText(new Uint8Array(await response.arrayBuffer()))).pageTexts.map(
              normalize,
            ),
          }
        : { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    for (const flag of [null, 'false']) {
      expect(await get(binderUrl([report, notes], 'en', proceedingId, flag))).toEqual({
        status: 400,
        body: expect.objectContaining({
          key: 'BINDER_INTERNAL_NOT_CONFIRMED',
          field: 'documentIds[1]',
          params: { title: 'Staff notes' },
        }) as object,
      });
    }
    expect(await get(binderUrl([report], 'en', proceedingId, 'maybe'))).toMatchObject({
      status: 400,
      body: { key: 'BINDER_INCLUDE_INTERNAL_INVALID', field: 'includeInternal' },
    });
    const sharedOnly = await get(binderUrl([report], 'en', proceedingId, null));
    expect(sharedOnly.status).toBe(200);
    expect(sharedOnly.pages!.join(' ')).not.toMatch(/internal/i);

    const both = await get(binderUrl([report, notes], 'en', proceedingId, 'true'));
    expect(both.status).toBe(200);
    const pages = both.pages!;
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Includes 1 internal document, not shared with the family.');
    expect(pages[1]).toMatch(/1 undated Progress report 3/);
    expect(pages[1]).toMatch(/2 undated Staff notes Internal — not shared with the family 4/);
    expect(pages[2]).not.toMatch(/internal/i);
    expect(pages[3]).toContain('Internal — not shared with the family · Exhibit 2 · Page 4 of 4');
    const spanish = await get(binderUrl([notes], 'es'));
    expect(spanish.pages![1]).toContain('Interno: no se comparte con la familia');

    const saved = await api.graphql(
      'mutation ($input: SaveBinderToDocumentsInput!) { saveBinderToDocuments(input: $input) { id } }',
      { input: { proceedingId, documentIds: [notes], lang: 'EN' } },
      { cookie: cookies.advocate },
    );
    expect(saved.errors?.[0]?.extensions).toMatchObject({
      key: 'BINDER_INTERNAL_NOT_CONFIRMED',
      field: 'documentIds[0]',
    });
    const audit = await asSuperuser((client) =>
      client.query<{ details: { documentIds: string; internalDocumentIds: string } }>(
        `SELECT details FROM audit_events WHERE action = 'binder.export' ORDER BY occurred_at`,
      ),
    );
    expect(audit.rows.map((row) => row.details.internalDocumentIds)).toEqual(['', notes, notes]);
  });

  it('saves a binder into the case documents, internal until shared', async () => {
    const iep = await upload(minimalPdf('IEP'), 'iep.pdf', { title: 'IEP' });
    const saved = await api.graphql<{
      saveBinderToDocuments: {
        id: string;
        visibility: string;
        currentVersion: { contentType: string };
      };
    }>(
      'mutation ($input: SaveBinderToDocumentsInput!) { saveBinderToDocuments(input: $input) { id visibility currentVersion { contentType } } }',
      { input: { proceedingId, documentIds: [iep], lang: 'EN', includeInternal: true } },
      { cookie: cookies.advocate },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveBinderToDocuments).toMatchObject({
      visibility: 'INTERNAL',
      currentVersion: { contentType: 'application/pdf' },
    });
    const listed = await api.graphql<{ caseDocuments: { id: string }[] }>(
      'query ($caseId: ID!) { caseDocuments(caseId: $caseId) { id } }',
      { caseId },
      { cookie: cookies.advocate },
    );
    expect(listed.data!.caseDocuments.map((d) => d.id)).toContain(
      saved.data!.saveBinderToDocuments.id,
    );
  });

  it('saves a letter into the case documents as DOCX and as PDF, accents intact', async () => {
    const drafted = await api.graphql<{ draftLetter: { id: string } }>(
      `mutation ($caseId: ID!) { draftLetter(input: { caseId: $caseId, template: records_request, lang: ES, facts: ${LETTER_FACTS} }) { id } }`,
      { caseId },
      { cookie: cookies.advocate },
    );
    expect(drafted.errors).toBeUndefined();
    const letterId = drafted.data!.draftLetter.id;
    const save = (format: 'DOCX' | 'PDF') =>
      api.graphql<{
        saveLetterToDocuments: {
          id: string;
          visibility: string;
          currentVersion: { contentType: string; downloadPath: string };
        };
      }>(
        'mutation ($input: SaveLetterToDocumentsInput!) { saveLetterToDocuments(input: $input) { id visibility currentVersion { contentType downloadPath } } }',
        { input: { letterId, format } },
        { cookie: cookies.advocate },
      );

    const docx = await save('DOCX');
    expect(docx.errors).toBeUndefined();
    expect(docx.data!.saveLetterToDocuments.currentVersion.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const pdf = await save('PDF');
    expect(pdf.data!.saveLetterToDocuments.currentVersion.contentType).toBe('application/pdf');
    expect(pdf.data!.saveLetterToDocuments.visibility).toBe('INTERNAL');

    const fetchBytes = async (path: string) =>
      new Uint8Array(
        await (
          await fetch(`${api.baseUrl}${path}`, { headers: { cookie: cookies.advocate } })
        ).arrayBuffer(),
      );
    expect(
      await docxText(
        await fetchBytes(docx.data!.saveLetterToDocuments.currentVersion.downloadPath),
      ),
    ).toContain('Sofía Núñez');
    expect(
      (await pdfText(await fetchBytes(pdf.data!.saveLetterToDocuments.currentVersion.downloadPath)))
        .text,
    ).toContain('Sofía Núñez');
  });

  it('refuses what cannot be bound, naming the field, and reveals nothing across cases, roles or organizations', async () => {
    const internal = await upload(minimalPdf('Internal notes'), 'internal.pdf', {
      title: 'Internal',
    });
    const notes = await upload(minimalDocx('Meeting notes'), 'notes.docx', { title: 'Notes' });
    const elsewhere = await upload(
      minimalPdf('Other case'),
      'other.pdf',
      { title: 'Other' },
      otherCaseId,
    );
    const get = async (url: string, cookie: string) => {
      const response = await fetch(url, { headers: { cookie } });
      return {
        status: response.status,
        body: (await response.json()) as { code: string; field?: string },
      };
    };

    expect(await get(binderUrl([internal, notes]), cookies.advocate)).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'documentIds[1]' }) as object,
    });
    expect(await get(binderUrl([]), cookies.advocate)).toEqual({
      status: 400,
      body: expect.objectContaining({ field: 'documentIds' }) as object,
    });
    expect(await get(binderUrl([internal, internal]), cookies.advocate)).toMatchObject({
      status: 400,
    });
    expect(await get(binderUrl([internal, elsewhere]), cookies.advocate)).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND' },
    });
    // A parent may read the proceeding, not the organization's internal documents.
    expect(await get(binderUrl([internal]), cookies.parent)).toMatchObject({ status: 404 });
    expect(await get(binderUrl([internal]), cookies.otherAdmin)).toMatchObject({ status: 404 });
    const signedOut = await fetch(binderUrl([internal]));
    expect(signedOut.status).toBe(401);
  });
});
