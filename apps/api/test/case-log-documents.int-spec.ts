import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/platform/database/data-source';
import { asSuperuser, databaseUrls, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

type Result = {
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
};
type Linked = {
  id: string;
  documentIds: string[];
  documents: { id: string; title: string; visibility: string; archivedAt: string | null }[];
};

function ok<T>(result: Result): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const LINKED = 'id documentIds documents { id title visibility archivedAt }';
const LOG_MEETING = `mutation ($input: LogMeetingInput!) { logMeeting(input: $input) { ${LINKED} } }`;
const UPDATE_MEETING = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${LINKED} } }`;
const MEETINGS = `query ($id: ID!) { meetings(caseId: $id) { ${LINKED} } }`;
const MEETING = `query ($id: ID!) { meeting(meetingId: $id) { ${LINKED} } }`;
const LOG_COMM = `mutation ($input: LogCommunicationInput!) { logCommunication(input: $input) { ${LINKED} } }`;
const UPDATE_COMM = `mutation ($input: UpdateCommunicationInput!) { updateCommunication(input: $input) { ${LINKED} } }`;
const COMMS = `query ($id: ID!) { communications(caseId: $id) { ${LINKED} } }`;

describe('documents linked to meetings and communications', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function world() {
    const organization = await factories.organization({ name: 'Riverside' });
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, { parents: [parent.user] });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const { student: otherStudent } = await factories.newFamily(organization, { name: 'Okafor' });
    const otherCase = await factories.newCase(organization, { studentId: otherStudent.id });
    const doc = (
      title: string,
      visibility: 'shared' | 'internal' = 'shared',
      caseId = caseRow.id,
    ) => factories.newDocument(organization, { caseId, title, visibility });
    return {
      organization,
      caseId: caseRow.id,
      docs: {
        iep: await doc('IEP 2025'),
        evaluation: await doc('Evaluation report'),
        memo: await doc('Advocate memo', 'internal'),
        otherCase: await doc('Another student’s IEP', 'shared', otherCase.id),
      },
      advocate: await signIn(api, advocate.email, advocate.password),
      parent: await signIn(api, parent.email, parent.password),
    };
  }

  it('links, reorders and unlinks documents of a meeting; a parent sees only shared ones, archived ones stay listed', async () => {
    const { caseId, docs, advocate, parent } = await world();
    const logged = ok<{ logMeeting: Linked }>(
      await api.graphql(
        LOG_MEETING,
        {
          input: {
            caseId,
            heldOn: yesterday(),
            kind: 'iep',
            documentIds: [docs.memo.id, docs.iep.id, docs.iep.id],
          },
        },
        { cookie: advocate },
      ),
    ).logMeeting;
    expect(logged.documentIds).toEqual([docs.memo.id, docs.iep.id]);
    expect(logged.documents.map((d) => d.title)).toEqual(['Advocate memo', 'IEP 2025']);

    const reordered = ok<{ updateMeeting: Linked }>(
      await api.graphql(
        UPDATE_MEETING,
        {
          input: {
            meetingId: logged.id,
            documentIds: [docs.evaluation.id, docs.iep.id, docs.memo.id],
          },
        },
        { cookie: advocate },
      ),
    ).updateMeeting;
    expect(reordered.documentIds).toEqual([docs.evaluation.id, docs.iep.id, docs.memo.id]);

    // An update without documentIds leaves the links alone.
    const untouched = ok<{ updateMeeting: Linked }>(
      await api.graphql(
        UPDATE_MEETING,
        { input: { meetingId: logged.id, followUps: 'PWN requested.' } },
        { cookie: advocate },
      ),
    ).updateMeeting;
    expect(untouched.documentIds).toEqual(reordered.documentIds);

    await api.graphql(
      'mutation ($id: ID!) { archiveDocument(documentId: $id) { id } }',
      { id: docs.iep.id },
      { cookie: advocate },
    );
    for (const result of [
      ok<{ meetings: Linked[] }>(await api.graphql(MEETINGS, { id: caseId }, { cookie: parent }))
        .meetings[0]!,
      ok<{ meeting: Linked }>(await api.graphql(MEETING, { id: logged.id }, { cookie: parent }))
        .meeting,
    ]) {
      expect(result.documentIds).toEqual([docs.evaluation.id, docs.iep.id]);
      expect(result.documents.map((d) => [d.title, d.visibility, Boolean(d.archivedAt)])).toEqual([
        ['Evaluation report', 'SHARED', false],
        ['IEP 2025', 'SHARED', true],
      ]);
      expect(JSON.stringify(result)).not.toContain('memo');
    }

    const unlinked = ok<{ updateMeeting: Linked }>(
      await api.graphql(
        UPDATE_MEETING,
        { input: { meetingId: logged.id, documentIds: [] } },
        { cookie: advocate },
      ),
    ).updateMeeting;
    expect(unlinked.documents).toEqual([]);
    const rows = await asSuperuser((c) =>
      c.query('SELECT 1 FROM meeting_documents WHERE meeting_id = $1', [logged.id]),
    );
    expect(rows.rowCount).toBe(0);
  });

  it('refuses a document of another case or organization, or a bad id, naming documentIds and saving nothing', async () => {
    const { caseId, docs, advocate } = await world();
    const elsewhere = await factories.organization({ name: 'Summit' });
    const { student } = await factories.newFamily(elsewhere);
    const foreignCase = await factories.newCase(elsewhere, { studentId: student.id });
    const foreign = await factories.newDocument(elsewhere, { caseId: foreignCase.id });

    const meeting = ok<{ logMeeting: Linked }>(
      await api.graphql(
        LOG_MEETING,
        { input: { caseId, heldOn: yesterday(), kind: 'iep', documentIds: [docs.iep.id] } },
        { cookie: advocate },
      ),
    ).logMeeting;
    for (const bad of [docs.otherCase.id, foreign.id, randomUUID(), 'not-an-id']) {
      for (const result of [
        await api.graphql(
          LOG_MEETING,
          {
            input: { caseId, heldOn: yesterday(), kind: 'other', documentIds: [docs.iep.id, bad] },
          },
          { cookie: advocate },
        ),
        await api.graphql(
          UPDATE_MEETING,
          { input: { meetingId: meeting.id, followUps: 'x', documentIds: [bad] } },
          { cookie: advocate },
        ),
        await api.graphql(
          LOG_COMM,
          {
            input: {
              caseId,
              occurredOn: yesterday(),
              mode: 'letter',
              summary: 'Sent the request.',
              documentIds: [bad],
            },
          },
          { cookie: advocate },
        ),
      ]) {
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'documentIds',
        });
        expect(JSON.stringify(result)).not.toContain('IEP');
      }
    }
    const saved = await asSuperuser(async (c) => ({
      meetings: (await c.query('SELECT follow_ups FROM case_meetings')).rows,
      communications: (await c.query('SELECT 1 FROM case_communications')).rowCount,
      links: (await c.query('SELECT document_id FROM meeting_documents')).rows,
    }));
    expect(saved).toEqual({
      meetings: [{ follow_ups: '' }],
      communications: 0,
      links: [{ document_id: docs.iep.id }],
    });
  });

  it('attaches documents to communications; a parent reads only the shared ones; deleting the record removes its links', async () => {
    const { caseId, docs, advocate, parent } = await world();
    const logged = ok<{ logCommunication: Linked }>(
      await api.graphql(
        LOG_COMM,
        {
          input: {
            caseId,
            occurredOn: yesterday(),
            mode: 'email_or_text',
            summary: 'Sent the evaluation and our memo.',
            documentIds: [docs.memo.id, docs.evaluation.id],
          },
        },
        { cookie: advocate },
      ),
    ).logCommunication;
    expect(logged.documentIds).toEqual([docs.memo.id, docs.evaluation.id]);
    const asParent = ok<{ communications: Linked[] }>(
      await api.graphql(COMMS, { id: caseId }, { cookie: parent }),
    ).communications;
    expect(asParent.map((c) => c.documentIds)).toEqual([[docs.evaluation.id]]);
    expect(asParent[0]!.documents.map((d) => d.title)).toEqual(['Evaluation report']);

    const reordered = ok<{ updateCommunication: Linked }>(
      await api.graphql(
        UPDATE_COMM,
        { input: { communicationId: logged.id, documentIds: [docs.evaluation.id, docs.iep.id] } },
        { cookie: advocate },
      ),
    ).updateCommunication;
    expect(reordered.documentIds).toEqual([docs.evaluation.id, docs.iep.id]);

    await api.graphql(
      'mutation ($id: ID!) { deleteCommunication(communicationId: $id) }',
      { id: logged.id },
      { cookie: advocate },
    );
    const rows = await asSuperuser((c) => c.query('SELECT 1 FROM communication_documents'));
    expect(rows.rowCount).toBe(0);
  });

  it("row-level security: organization A's connection sees none of B's links and cannot write one", async () => {
    const a = await world();
    const b = await world();
    for (const side of [a, b])
      await api.graphql(
        LOG_MEETING,
        {
          input: {
            caseId: side.caseId,
            heldOn: yesterday(),
            kind: 'iep',
            documentIds: [side.docs.iep.id],
          },
        },
        { cookie: side.advocate },
      );
    const actorOf = (organizationId: string) => ({
      userId: '',
      sessionId: null,
      organizationId,
      role: null,
    });
    const seenByA = await api.unitOfWork.run(actorOf(a.organization.id), (manager) =>
      manager.query<{ organization_id: string; document_id: string }[]>(
        'SELECT organization_id, document_id FROM meeting_documents',
      ),
    );
    expect(seenByA).toEqual([{ organization_id: a.organization.id, document_id: a.docs.iep.id }]);
    const [meetingOfB] = await asSuperuser(
      async (c) =>
        (
          await c.query<{ id: string }>('SELECT id FROM case_meetings WHERE organization_id = $1', [
            b.organization.id,
          ])
        ).rows,
    );
    const written = await api.unitOfWork
      .run(actorOf(a.organization.id), (manager) =>
        manager.query(
          'INSERT INTO meeting_documents (organization_id, meeting_id, document_id, position) VALUES ($1, $2, $3, 5)',
          [b.organization.id, meetingOfB!.id, b.docs.memo.id],
        ),
      )
      .then(
        () => 'written',
        (error: Error) => error.message,
      );
    expect(written).toMatch(/row-level security/);
  });

  it('the migration copies the old arrays: ids of documents of the same case, in order, once each', async () => {
    const { organization, caseId, docs } = await world();
    const owner = new DataSource(dataSourceOptions(databaseUrls().ownerUrl, 'migration-test'));
    await owner.initialize();
    try {
      // Back to just before this migration: every later one is undone first, then it.
      const index = owner.migrations.findIndex((m) => m.name === 'CaseLogDocuments1764300000000');
      expect(index).toBeGreaterThan(0);
      for (let undo = owner.migrations.length - index; undo > 0; undo -= 1)
        await owner.undoLastMigration({ transaction: 'each' });
      const meetingId = randomUUID();
      await asSuperuser((c) =>
        c.query(
          `INSERT INTO case_meetings (organization_id, id, case_id, held_on, kind, document_ids)
           VALUES ($1, $2, $3, current_date - 1, 'iep', $4)`,
          [
            organization.id,
            meetingId,
            caseId,
            [docs.evaluation.id, randomUUID(), docs.otherCase.id, docs.evaluation.id, docs.memo.id],
          ],
        ),
      );
      await owner.runMigrations({ transaction: 'each' });
      const links = await asSuperuser((c) =>
        c.query<{ document_id: string; position: number }>(
          'SELECT document_id, position FROM meeting_documents WHERE meeting_id = $1 ORDER BY position',
          [meetingId],
        ),
      );
      expect(links.rows).toEqual([
        { document_id: docs.evaluation.id, position: 0 },
        { document_id: docs.memo.id, position: 1 },
      ]);
      const forced = await asSuperuser((c) =>
        c.query<{ relname: string }>(
          `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relforcerowsecurity`,
          [['case_meetings', 'case_communications', 'documents', 'meeting_documents']],
        ),
      );
      expect(forced.rows.map((r) => r.relname).sort()).toEqual([
        'case_communications',
        'case_meetings',
        'documents',
        'meeting_documents',
      ]);
    } finally {
      await owner.destroy();
    }
  });
});
