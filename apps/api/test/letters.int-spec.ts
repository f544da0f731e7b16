import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { docxText, pdfText } from './support/read-exports';
import type { StudentEntity } from '../src/modules/families/family.entity';

const FACTS = `query ($caseId: ID!, $template: LetterTemplateId!, $lang: Language!) {
  letterFactsForCase(caseId: $caseId, template: $template, lang: $lang) { template lang facts missing requiredFacts }
}`;
const LETTER_FIELDS = `id caseId template lang title status currentVersion basis docxPath pdfPath
  current { version title date blocks { type level text bold ordered items lines closing name } }
  versions { version title authorName blocks { type text items lines } }`;
const DRAFT = `mutation ($input: DraftLetterInput!) { draftLetter(input: $input) { ${LETTER_FIELDS} } }`;
const REVISE = `mutation ($input: ReviseLetterInput!) { reviseLetter(input: $input) { ${LETTER_FIELDS} } }`;
const STATUS = `mutation ($input: SetLetterStatusInput!) { setLetterStatus(input: $input) { id status } }`;
const LETTER = `query ($id: ID!) { letter(letterId: $id) { ${LETTER_FIELDS} } }`;
const CASE_LETTERS = `query ($id: ID!) { caseLetters(caseId: $id) { id status currentVersion versions { version } } }`;
const DELETE = 'mutation ($id: ID!) { deleteLetter(letterId: $id) }';

interface Block {
  type: string;
  level?: number | null;
  text?: string | null;
  bold?: boolean | null;
  ordered?: boolean | null;
  items?: string[] | null;
  lines?: string[] | null;
  closing?: string | null;
  name?: string | null;
}
interface Letter {
  id: string;
  caseId: string;
  status: string;
  title: string;
  currentVersion: number;
  basis: string[];
  docxPath: string;
  pdfPath: string;
  current: { version: number; date: string; blocks: Block[] };
  versions: { version: number; title: string; authorName: string | null; blocks: Block[] }[];
}

/** Only the fields a block's type has, as LetterBlockInput wants them. */
function toInput(block: Block): Block {
  return Object.fromEntries(
    Object.entries(block).filter(([, value]) => value !== null && value !== undefined),
  ) as Block;
}

describe('letters', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
    await resetDatabase();
  });
  afterAll(() => api.close());

  /** An organization with an advocate assigned to a case of a family with one parent. */
  async function caseFile(
    student: Partial<StudentEntity> = {},
    parentName = 'Rosa Rivera',
  ): Promise<{
    organizationId: string;
    caseId: string;
    advocate: string;
    parent: string;
    admin: string;
  }> {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT', { name: parentName });
    const family = await factories.newFamily(organization, {
      parents: [parent.user],
      student,
    });
    const row = await factories.newCase(organization, {
      studentId: family.student.id,
      advocates: [advocate.user],
    });
    return {
      organizationId: organization.id,
      caseId: row.id,
      advocate: await signIn(api, advocate.email, advocate.password),
      parent: await signIn(api, parent.email, parent.password),
      admin: await signIn(api, admin.email, admin.password),
    };
  }

  async function draft(
    cookie: string,
    caseId: string,
    template: string,
    lang: 'EN' | 'ES',
    extra: Record<string, unknown> = {},
  ): Promise<Letter> {
    const known = await api.graphql<{ letterFactsForCase: { facts: Record<string, unknown> } }>(
      FACTS,
      { caseId, template, lang },
      { cookie },
    );
    expect(known.errors).toBeUndefined();
    const result = await api.graphql<{ draftLetter: Letter }>(
      DRAFT,
      {
        input: {
          caseId,
          template,
          lang,
          facts: { ...known.data!.letterFactsForCase.facts, ...extra },
        },
      },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.draftLetter;
  }

  async function download(path: string, cookie?: string) {
    const response = await fetch(`${api.baseUrl}${path}`, {
      headers: cookie ? { cookie } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      cache: response.headers.get('cache-control'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  it("prefills the case's facts, drafts version 1, and each revision adds a version that is listed", async () => {
    const file = await caseFile();
    const known = await api.graphql<{
      letterFactsForCase: { facts: Record<string, Record<string, string>>; missing: string[] };
    }>(
      FACTS,
      { caseId: file.caseId, template: 'pwn_request', lang: 'EN' },
      { cookie: file.advocate },
    );
    expect(known.errors).toBeUndefined();
    const facts = known.data!.letterFactsForCase.facts;
    expect(facts.student).toMatchObject({
      name: 'Sam Rivera',
      school: 'Lincoln Elementary',
      grade: '4',
      dateOfBirth: '2015-04-02',
    });
    expect(facts.district).toEqual({ name: 'Oakland Unified' });
    expect(facts.parent).toMatchObject({ name: 'Rosa Rivera' });
    expect(facts.state).toBe('CA');
    // Nothing in the case says which decision the district made: the portal must ask.
    expect(known.data!.letterFactsForCase.missing).toEqual(['decision']);

    const missingDecision = await api.graphql(
      DRAFT,
      { input: { caseId: file.caseId, template: 'pwn_request', lang: 'EN', facts } },
      { cookie: file.advocate },
    );
    expect(missingDecision.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'facts.decision',
    });

    const letter = await draft(file.advocate, file.caseId, 'pwn_request', 'EN', {
      decision: 'The district refused to add speech therapy to the IEP.',
    });
    expect(letter).toMatchObject({ status: 'DRAFT', currentVersion: 1, caseId: file.caseId });
    expect(letter.basis).toContain('34 CFR 300.503(a)');
    expect(JSON.stringify(letter.current.blocks)).toContain('Sam Rivera');
    expect(JSON.stringify(letter.current.blocks)).toContain('speech therapy');

    const edited = letter.current.blocks.map(toInput);
    const firstParagraph = edited.findIndex((b) => b.type === 'paragraph');
    edited[firstParagraph] = { type: 'paragraph', text: 'I am writing about my son Sam.' };
    const revised = await api.graphql<{ reviseLetter: Letter }>(
      REVISE,
      {
        input: {
          letterId: letter.id,
          baseVersion: 1,
          title: 'PWN request for Sam',
          blocks: edited,
        },
      },
      { cookie: file.advocate },
    );
    expect(revised.errors).toBeUndefined();
    expect(revised.data!.reviseLetter).toMatchObject({
      currentVersion: 2,
      title: 'PWN request for Sam',
    });
    expect(revised.data!.reviseLetter.current.blocks[firstParagraph]?.text).toBe(
      'I am writing about my son Sam.',
    );

    const again = await api.graphql<{ reviseLetter: Letter }>(
      REVISE,
      { input: { letterId: letter.id, baseVersion: 2, blocks: edited.slice(0, -1) } },
      { cookie: file.advocate },
    );
    expect(again.data!.reviseLetter.currentVersion).toBe(3);

    const read = await api.graphql<{ letter: Letter }>(
      LETTER,
      { id: letter.id },
      { cookie: file.advocate },
    );
    expect(read.data!.letter.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(read.data!.letter.versions.map((v) => v.title)).toEqual([
      'PWN request for Sam',
      'PWN request for Sam',
      letter.title,
    ]);
    expect(read.data!.letter.versions[0]!.authorName).toBe('Test ADVOCATE');
    expect(read.data!.letter.versions[2]!.blocks).toHaveLength(letter.current.blocks.length);
    expect(read.data!.letter.versions[0]!.blocks).toHaveLength(letter.current.blocks.length - 1);

    // A save started from an old version would overwrite someone's work: refused.
    const stale = await api.graphql(
      REVISE,
      { input: { letterId: letter.id, baseVersion: 2, blocks: edited } },
      { cookie: file.advocate },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'LETTER_CHANGED',
      field: 'baseVersion',
    });

    const listed = await api.graphql<{ caseLetters: { id: string; currentVersion: number }[] }>(
      CASE_LETTERS,
      { id: file.caseId },
      { cookie: file.advocate },
    );
    expect(listed.data!.caseLetters).toEqual([
      expect.objectContaining({ id: letter.id, currentVersion: 3 }),
    ]);

    const audit = await asSuperuser((c) =>
      c.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE organization_id = $1 AND action LIKE 'letter.%' ORDER BY occurred_at`,
        [file.organizationId],
      ),
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'letter.facts_read',
      'letter.facts_read',
      'letter.draft',
      'letter.revise',
      'letter.revise',
      'letter.read',
      'letter.list',
    ]);
  });

  it('refuses an invalid block naming the field, and saves nothing', async () => {
    const file = await caseFile();
    const letter = await draft(file.advocate, file.caseId, 'records_request', 'EN');
    const blocks = letter.current.blocks.map(toInput);
    const attempts: [Block[], string][] = [
      [
        [
          { type: 'heading', level: 1, text: 'Title' },
          { type: 'paragraph', text: 'Bell \u0007 here' },
        ],
        'blocks[1].text',
      ],
      [[{ type: 'heading', level: 1, text: 'Title', items: ['x'] }], 'blocks[0].items'],
      [[{ type: 'heading', level: 7, text: 'Title' }], 'blocks[0].level'],
      [[{ type: 'heading', text: 'Two\nlines' }], 'blocks[0].text'],
      [[{ type: 'paragraph', text: '   ' }], 'blocks[0].text'],
      [[{ type: 'paragraph', text: 'x'.repeat(5001) }], 'blocks[0].text'],
      [[{ type: 'list', ordered: true, items: [] }], 'blocks[0].items'],
      [[{ type: 'address', lines: ['12 Oak St', 'Fresno\u0000CA'] }], 'blocks[0].lines[1]'],
      [[{ type: 'signature', closing: 'Sincerely,', lines: [] }], 'blocks[0].name'],
      [
        [...blocks.slice(0, 2), { type: 'paragraph', text: 'broken \ud800 text' }],
        'blocks[2].text',
      ],
      [[], 'blocks'],
    ];
    for (const [attempt, field] of attempts) {
      const result = await api.graphql(
        REVISE,
        { input: { letterId: letter.id, blocks: attempt } },
        { cookie: file.advocate },
      );
      expect({ field, got: result.errors?.[0]?.extensions }).toMatchObject({
        field,
        // NUL and a lone surrogate are refused for every input alike (input-guard.plugin.ts).
        got: {
          code: 'BAD_USER_INPUT',
          key: expect.stringMatching(/^(LETTER|TEXT)_/) as string,
          field,
        },
      });
      expect(result.errors?.[0]?.message).toMatch(/.{10,}/);
    }
    const badTitle = await api.graphql(
      REVISE,
      { input: { letterId: letter.id, title: 'a\tb', blocks } },
      { cookie: file.advocate },
    );
    expect(badTitle.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });

    const read = await api.graphql<{ letter: Letter }>(
      LETTER,
      { id: letter.id },
      { cookie: file.advocate },
    );
    expect(read.data!.letter.currentVersion).toBe(1);
    expect(read.data!.letter.versions).toHaveLength(1);
  });

  it('exports DOCX that a DOCX reader parses back, any version, with a safe file name', async () => {
    const file = await caseFile();
    const letter = await draft(file.advocate, file.caseId, 'records_request', 'EN');
    const docx = await download(letter.docxPath, file.advocate);
    expect(docx.status).toBe(200);
    expect(docx.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.disposition).toMatch(
      /^attachment; filename="[^"/\\]+ v1\.docx"; filename\*=UTF-8''/,
    );
    expect(docx.cache).toBe('private, no-store');
    const text = await docxText(docx.bytes);
    expect(text).toContain('Sam Rivera');
    expect(text).toContain('Oakland Unified');

    const blocks = letter.current.blocks.map(toInput);
    await api.graphql(
      REVISE,
      {
        input: {
          letterId: letter.id,
          title: 'Records / "Sam" <2026>',
          blocks: [...blocks, { type: 'paragraph', text: 'Added in version two.' }],
        },
      },
      { cookie: file.advocate },
    );
    const current = await download(letter.docxPath, file.advocate);
    expect(await docxText(current.bytes)).toContain('Added in version two.');
    expect(current.disposition).toContain('filename="Records Sam 2026 v2.docx"');
    const first = await download(`${letter.docxPath}?version=1`, file.advocate);
    expect(first.status).toBe(200);
    expect(await docxText(first.bytes)).not.toContain('Added in version two.');

    expect((await download(`${letter.docxPath}?version=9`, file.advocate)).status).toBe(404);
    const bad = await fetch(`${api.baseUrl}${letter.docxPath}?version=two`, {
      headers: { cookie: file.advocate },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    const signedOut = await fetch(`${api.baseUrl}${letter.docxPath}`);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await download('/letters/not-an-id/export.docx', file.advocate)).status).toBe(400);

    const exports = await asSuperuser((c) =>
      c.query<{ details: { format: string; version: number } }>(
        `SELECT details FROM audit_events WHERE organization_id = $1 AND action = 'letter.export' ORDER BY occurred_at`,
        [file.organizationId],
      ),
    );
    expect(exports.rows.map((r) => [r.details.format, r.details.version])).toEqual([
      ['docx', 1],
      ['docx', 2],
      ['docx', 1],
    ]);
  });

  it('exports PDF whose pages a PDF parser counts: a long letter runs to more pages', async () => {
    const file = await caseFile();
    const letter = await draft(file.advocate, file.caseId, 'records_request', 'EN');
    const pdf = await download(letter.pdfPath, file.advocate);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const short = await pdfText(pdf.bytes);
    expect(short.pages).toBeGreaterThanOrEqual(1);
    expect(short.text).toContain('Sam Rivera');

    const long = [
      ...letter.current.blocks.map(toInput),
      ...Array.from({ length: 40 }, (_, i) => ({
        type: 'paragraph',
        text: `Paragraph ${i + 1}. ${'The district has not provided the speech services in the IEP. '.repeat(8)}`,
      })),
    ];
    await api.graphql(
      REVISE,
      { input: { letterId: letter.id, blocks: long } },
      { cookie: file.advocate },
    );
    const longer = await pdfText((await download(letter.pdfPath, file.advocate)).bytes);
    expect(longer.pages).toBeGreaterThanOrEqual(short.pages + 3);
    expect(longer.text).toContain('Paragraph 40.');
  });

  it("a due process complaint is addressed to the state's hearing body, copies the district, and words services never delivered as such", async () => {
    const file = await caseFile({ state: 'MA', district: 'Boston Public Schools' });
    const complaint = {
      student: {
        name: 'Sam Rivera',
        school: 'Lincoln Elementary',
        address: '4 Elm St, Boston, MA 02118',
      },
      problem: 'Sam has had no speech therapy this year.',
      supportingFacts: ['No session was held after September 1.'],
      proposedResolution: ['Compensatory speech therapy.'],
      servicesNotDelivered: ['Terapia del habla, 60 minutos por semana'],
    };
    const letter = await draft(
      file.advocate,
      file.caseId,
      'due_process_complaint',
      'ES',
      complaint,
    );
    const addresses = letter.current.blocks.filter((b) => b.type === 'address');
    // Sender, then the recipient: the Bureau of Special Education Appeals, not the district.
    expect(addresses[1]?.lines).toEqual([
      'Solicitudes de audiencia de debido proceso',
      'Bureau of Special Education Appeals',
      'Massachusetts Division of Administrative Law Appeals',
    ]);
    expect(addresses.map((b) => b.lines?.[0])).toContain('Copia: Boston Public Schools');
    const text = JSON.stringify(letter.current.blocks);
    expect(text).toContain('no de una propuesta ni de una negativa');
    expect(text).toContain('Terapia del habla, 60 minutos por semana');
    expect(text).not.toContain('propuso o rechazó');

    // Both exports print the recipient and number their pages in Spanish.
    const pdf = await pdfText((await download(letter.pdfPath, file.advocate)).bytes);
    expect(pdf.text).toContain('Bureau of Special Education Appeals');
    expect(pdf.pageTexts[0]).toContain(`Página 1 de ${pdf.pages}`);
    const docx = await docxText((await download(letter.docxPath, file.advocate)).bytes);
    expect(docx).toContain('Bureau of Special Education Appeals');

    // Where the states data names no hearing body, the letter says so instead of guessing.
    const alabama = await caseFile({ state: 'AL' });
    const unknown = await draft(
      alabama.advocate,
      alabama.caseId,
      'due_process_complaint',
      'EN',
      complaint,
    );
    expect(unknown.current.blocks.filter((b) => b.type === 'address')[1]?.lines).toEqual([
      'Office that takes due process complaints in Alabama',
      "unknown — check your state's procedural safeguards notice",
    ]);
  });

  it('a Spanish letter keeps its accented characters in the DOCX and in the PDF', async () => {
    const file = await caseFile({ name: 'María Núñez', school: 'Escuela Peña' }, 'Íñigo Núñez');
    const letter = await draft(file.advocate, file.caseId, 'iee_request', 'ES', {
      evaluationDate: '2026-01-15',
      evaluationDescription: 'la evaluación psicoeducativa del distrito',
    });
    expect(letter.title).toMatch(/evaluación/);
    const docx = await docxText((await download(letter.docxPath, file.advocate)).bytes);
    const pdfResponse = await download(letter.pdfPath, file.advocate);
    const pdf = await pdfText(pdfResponse.bytes);
    for (const text of [docx, pdf.text]) {
      expect(text).toContain('María Núñez');
      expect(text).toContain('Íñigo Núñez');
      expect(text).toContain('evaluación psicoeducativa');
      expect(text).toContain('Escuela Peña');
    }
    // The download's name keeps the accents too (RFC 6266 filename*), with an ASCII fallback.
    expect(pdfResponse.disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent(letter.title)}`,
    );
    expect(pdfResponse.disposition).toMatch(/filename="[\x20-\x7E]+ v1\.pdf"/);
  });

  it('a parent reads and downloads only final letters of their own case, as they stand', async () => {
    const file = await caseFile();
    const letter = await draft(file.advocate, file.caseId, 'records_request', 'EN');
    const blocks = letter.current.blocks.map(toInput);
    await api.graphql(
      REVISE,
      {
        input: {
          letterId: letter.id,
          blocks: [...blocks, { type: 'paragraph', text: 'Final words.' }],
        },
      },
      { cookie: file.advocate },
    );

    const asParent = () =>
      api.graphql<{ caseLetters: { id: string; versions: { version: number }[] }[] }>(
        CASE_LETTERS,
        { id: file.caseId },
        { cookie: file.parent },
      );
    expect((await asParent()).data!.caseLetters).toEqual([]);
    const draftRead = await api.graphql(LETTER, { id: letter.id }, { cookie: file.parent });
    expect(draftRead.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await download(letter.pdfPath, file.parent)).status).toBe(404);
    const parentDraft = await api.graphql(
      DRAFT,
      { input: { caseId: file.caseId, template: 'records_request', lang: 'EN', facts: {} } },
      { cookie: file.parent },
    );
    expect(parentDraft.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const finalized = await api.graphql<{ setLetterStatus: { status: string } }>(
      STATUS,
      { input: { letterId: letter.id, status: 'FINAL' } },
      { cookie: file.advocate },
    );
    expect(finalized.data!.setLetterStatus.status).toBe('FINAL');
    const shared = (await asParent()).data!.caseLetters;
    expect(shared).toEqual([
      { id: letter.id, status: 'FINAL', currentVersion: 2, versions: [{ version: 2 }] },
    ]);
    const download2 = await download(letter.pdfPath, file.parent);
    expect(download2.status).toBe(200);
    expect((await pdfText(download2.bytes)).text).toContain('Final words.');
    expect((await download(`${letter.pdfPath}?version=1`, file.parent)).status).toBe(404);
    const parentRevise = await api.graphql(
      REVISE,
      { input: { letterId: letter.id, blocks } },
      { cookie: file.parent },
    );
    expect(parentRevise.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Final letters are frozen and kept; back to draft, they can be edited or deleted again.
    const frozen = await api.graphql(
      REVISE,
      { input: { letterId: letter.id, blocks } },
      { cookie: file.advocate },
    );
    expect(frozen.errors?.[0]?.extensions).toMatchObject({ code: 'LETTER_FINAL' });
    const keep = await api.graphql(DELETE, { id: letter.id }, { cookie: file.admin });
    expect(keep.errors?.[0]?.extensions).toMatchObject({ code: 'LETTER_FINAL' });
    await api.graphql(
      STATUS,
      { input: { letterId: letter.id, status: 'DRAFT' } },
      { cookie: file.advocate },
    );
    expect((await asParent()).data!.caseLetters).toEqual([]);
    const deleted = await api.graphql<{ deleteLetter: boolean }>(
      DELETE,
      { id: letter.id },
      { cookie: file.admin },
    );
    expect(deleted.data!.deleteLetter).toBe(true);
    const rows = await asSuperuser((c) =>
      c.query('SELECT 1 FROM letter_versions WHERE organization_id = $1', [file.organizationId]),
    );
    expect(rows.rowCount).toBe(0);
  });

  it("another organization's letter, or a case not assigned to the advocate, is not found", async () => {
    const mine = await caseFile();
    const theirs = await caseFile({ name: 'Other Student' });
    const letter = await draft(theirs.advocate, theirs.caseId, 'records_request', 'EN');
    const blocks = letter.current.blocks.map(toInput);
    const probes: [string, Record<string, unknown>][] = [
      [LETTER, { id: letter.id }],
      [CASE_LETTERS, { id: theirs.caseId }],
      [REVISE, { input: { letterId: letter.id, blocks } }],
      [STATUS, { input: { letterId: letter.id, status: 'FINAL' } }],
      [DELETE, { id: letter.id }],
      [FACTS, { caseId: theirs.caseId, template: 'records_request', lang: 'EN' }],
      [
        DRAFT,
        { input: { caseId: theirs.caseId, template: 'records_request', lang: 'EN', facts: {} } },
      ],
    ];
    for (const cookie of [mine.admin, mine.advocate, mine.parent]) {
      for (const [query, variables] of probes) {
        const result = await api.graphql(query, variables, { cookie });
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(JSON.stringify(result.data)).not.toContain('Other Student');
      }
      expect((await download(letter.docxPath, cookie)).status).toBe(404);
      expect((await download(letter.pdfPath, cookie)).status).toBe(404);
    }

    // Row-level security alone: reading the tables as organization A, with no condition at all.
    const rows = await api.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: mine.organizationId, role: null },
      async (manager) => [
        ...(await manager.query<{ organization_id: string }[]>(
          'SELECT organization_id FROM letters',
        )),
        ...(await manager.query<{ organization_id: string }[]>(
          'SELECT organization_id FROM letter_versions',
        )),
      ],
    );
    expect(rows.every((r) => r.organization_id === mine.organizationId)).toBe(true);

    // Same organization, but an advocate not assigned to the case.
    const organization = { id: theirs.organizationId } as Parameters<Factories['member']>[0];
    const stranger = await factories.member(organization, 'ADVOCATE');
    const strangerCookie = await signIn(api, stranger.email, stranger.password);
    const denied = await api.graphql(LETTER, { id: letter.id }, { cookie: strangerCookie });
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await download(letter.docxPath, strangerCookie)).status).toBe(404);
  });
});
