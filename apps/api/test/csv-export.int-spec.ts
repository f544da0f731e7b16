import { cellsInCalc } from './support/spreadsheet';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

type Result = { data: Record<string, unknown> | null; errors?: unknown[] };

function ok<T>(result: Result): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

const ADD_SERVICE = `mutation ($input: AddServiceRequirementInput!) { addServiceRequirement(input: $input) { id } }`;
const LOG_SESSION = `mutation ($input: LogServiceSessionInput!) { logServiceSession(input: $input) { id } }`;

describe('CSV exports opened in a spreadsheet program', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('the service log opens in LibreOffice Calc with a line break kept in its cell, no formula run, accents intact, and is named after the student', async () => {
    const organization = await factories.organization({ name: 'Riverside' });
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { student } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { name: 'Sofía Núñez' },
    });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const cookie = await signIn(api, advocate.email, advocate.password);
    const service = ok<{ addServiceRequirement: { id: string } }>(
      await api.graphql(
        ADD_SERVICE,
        {
          input: {
            caseId: caseRow.id,
            service: 'Evaluación psicológica',
            minutes: 30,
            frequency: 'WEEKLY',
            provider: '-2+3',
            startDate: '2025-11-03',
            endDate: '2025-11-07',
          },
        },
        { cookie },
      ),
    ).addServiceRequirement;
    // The reproduction: a reason whose second line is a formula.
    ok(
      await api.graphql(
        LOG_SESSION,
        {
          input: {
            requirementId: service.id,
            date: '2025-11-04',
            minutes: 30,
            status: 'MISSED',
            reason: 'x\n=2*21',
          },
        },
        { cookie },
      ),
    );

    const response = await fetch(`${api.baseUrl}/cases/${caseRow.id}/services.csv`, {
      headers: { cookie: await signIn(api, parent.email, parent.password) },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="services-Sofia Nunez-${today}.csv"; ` +
        `filename*=UTF-8''services-Sof%C3%ADa%20N%C3%BA%C3%B1ez-${today}.csv`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The UTF-8 byte-order mark: without it Excel reads the file in the legacy code page.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const rows = await cellsInCalc(bytes);
    const header = rows[0]!;
    // The mark is read as the encoding, not as part of the first heading.
    expect(header[0]).toBe('row_type');
    const column = (name: string) => header.indexOf(name);
    const sessions = rows.filter((row) => row[0] === 'session');
    // One session row, its reason one cell: the second line stays inside it, as text.
    expect(sessions).toHaveLength(1);
    expect(rows.filter((row) => row[0] !== 'period' && row[0] !== 'session')).toEqual([header]);
    expect(sessions[0]![column('session_reason')]).toBe("x\n'=2*21");
    expect(rows.flat()).not.toContain('42');
    expect(sessions[0]![column('service')]).toBe('Evaluación psicológica');
    // A provider that starts like a sum stays text (not 1).
    expect(sessions[0]![column('provider')]).toBe("'-2+3");
  });
});
