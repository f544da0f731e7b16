import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

const CASELOAD = `query ($filter: CaseloadFilterInput, $sort: CaseloadSort, $first: Int, $after: String) {
  caseload(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount nextCursor stageCounts { stage count }
    nodes { id status stage issueCategories student { name state } advocates { name }
      proceedings { kind state events { type } deadlines { ruleId due } } nextDeadline { ruleId due }
      timeline { kind } }
  }
}`;

type Page = {
  caseload: {
    totalCount: number;
    nextCursor: string | null;
    stageCounts: { stage: string; count: number }[];
    nodes: { id: string; stage: string; student: { name: string; state: string } }[];
  };
};

describe('the caseload', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function seed(count: number) {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const other = await factories.member(organization, 'ADVOCATE');
    const stages = ['intake', 'mediation', 'state_complaint', 'due_process'];
    const states = ['CA', 'NC', 'TX'];
    for (let i = 0; i < count; i += 1) {
      const { student } = await factories.newFamily(organization, {
        student: { name: `Student ${String(i).padStart(3, '0')}`, state: states[i % 3]! },
      });
      await factories.newCase(organization, {
        studentId: student.id,
        advocates: i % 5 === 4 ? [other.user] : [advocate.user],
        stage: stages[i % 4]!,
        status: i % 10 === 9 ? 'CLOSED' : 'ACTIVE',
        issueCategories: i % 2 ? ['discipline'] : ['services_not_provided'],
      });
    }
    return {
      organization,
      advocate,
      other,
      cookie: await signIn(api, advocate.email, advocate.password),
    };
  }

  it('filters, counts per stage, sorts and pages with a cursor, for the cases the advocate is assigned', async () => {
    const { cookie } = await seed(20);
    // 16 of the 20 are assigned to this advocate.
    const all = await api.graphql<Page>(CASELOAD, { first: 100 }, { cookie });
    expect(all.errors).toBeUndefined();
    expect(all.data!.caseload.totalCount).toBe(16);
    expect(all.data!.caseload.stageCounts.reduce((s, c) => s + c.count, 0)).toBe(16);

    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: { data: Page | null } = await api.graphql<Page>(
        CASELOAD,
        { first: 5, after, sort: 'STUDENT_NAME_ASC' },
        { cookie },
      );
      names.push(...page.data!.caseload.nodes.map((n) => n.student.name));
      after = page.data!.caseload.nextCursor;
    } while (after);
    expect(names).toHaveLength(16);
    expect([...names].sort()).toEqual(names);

    const filtered = await api.graphql<Page>(
      CASELOAD,
      {
        first: 50,
        filter: { stage: 'mediation', state: 'NC', statuses: ['ACTIVE'], issue: 'discipline' },
      },
      { cookie },
    );
    expect(filtered.errors).toBeUndefined();
    for (const node of filtered.data!.caseload.nodes) {
      expect(node.stage).toBe('mediation');
      expect(node.student.state).toBe('NC');
    }
    const bad = await api.graphql(
      CASELOAD,
      { first: 50, filter: { issue: 'lawsuit' } },
      { cookie },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'issueCategories',
    });
    const badCursor = await api.graphql(CASELOAD, { first: 5, after: 'nonsense' }, { cookie });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('dueBefore keeps the cases with a deadline by that day', async () => {
    const { cookie } = await seed(3);
    const page = await api.graphql<Page>(CASELOAD, { first: 50 }, { cookie });
    const caseId = page.data!.caseload.nodes[0]!.id;
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
      { id: caseId },
      { cookie },
    );
    const received = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await api.graphql(
      'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { id } }',
      { id: opened.data!.openProceeding.id, d: received },
      { cookie },
    );
    const soon = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const due = await api.graphql<Page>(
      CASELOAD,
      { first: 50, filter: { dueBefore: soon }, sort: 'NEXT_DUE_ASC' },
      { cookie },
    );
    expect(due.data!.caseload.nodes.map((n) => n.id)).toEqual([caseId]);
  });

  it('a page of 50 cases costs as many SQL statements as a page of 5 (DataLoaders, no N+1)', async () => {
    const { cookie } = await seed(70); // 56 assigned to this advocate
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored below, called with apply
    const original = PostgresQueryRunner.prototype.query;
    let statements = 0;
    PostgresQueryRunner.prototype.query = function (
      this: PostgresQueryRunner,
      ...args: Parameters<typeof original>
    ) {
      statements += 1;
      return original.apply(this, args);
    } as typeof original;
    try {
      const count = async (first: number) => {
        statements = 0;
        const result = await api.graphql<Page>(CASELOAD, { first }, { cookie });
        expect(result.errors).toBeUndefined();
        expect(result.data!.caseload.nodes).toHaveLength(first);
        return statements;
      };
      const small = await count(5);
      const large = await count(50);
      expect(large).toBe(small);
      expect(large).toBeLessThan(25);
    } finally {
      PostgresQueryRunner.prototype.query = original;
    }
  });

  it("gives an org admin the same counts per stage from the organization's kept counts, through new cases, stage and status changes", async () => {
    const { organization } = await seed(12);
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const cookie = await signIn(api, admin.email, admin.password);
    const counted = async (statuses: string[] | null) =>
      (
        await asSuperuser((c) =>
          c.query<{ stage: string; count: number }>(
            `SELECT stage, count(*)::int AS count FROM cases WHERE organization_id = $1
               AND ($2::text[] IS NULL OR status = ANY($2)) GROUP BY stage ORDER BY stage`,
            [organization.id, statuses],
          ),
        )
      ).rows;
    const shown = async (statuses: string[] | null) => {
      const page = await api.graphql<Page>(
        CASELOAD,
        { first: 5, filter: statuses ? { statuses } : {} },
        { cookie },
      );
      expect(page.errors).toBeUndefined();
      return [...page.data!.caseload.stageCounts].sort((a, b) => a.stage.localeCompare(b.stage));
    };
    expect(await shown(null)).toEqual(await counted(null));

    // A stage moves on, a case closes, another reopens: the kept counts follow each change.
    const page = await api.graphql<Page>(CASELOAD, { first: 3 }, { cookie });
    const [first, second] = page.data!.caseload.nodes;
    const update = `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`;
    for (const input of [
      { caseId: first!.id, stage: 'due_process' },
      { caseId: second!.id, status: 'CLOSED', outcome: 'Agreement at the IEP meeting.' },
      { caseId: second!.id, status: 'ACTIVE' },
      { caseId: first!.id, status: 'RESOLVED', outcome: 'Services restored.' },
    ]) {
      const updated = await api.graphql(update, { input }, { cookie });
      expect(updated.errors).toBeUndefined();
    }
    expect(await shown(null)).toEqual(await counted(null));
    expect(await shown(['OPEN', 'ACTIVE'])).toEqual(await counted(['OPEN', 'ACTIVE']));
    expect(await shown(['RESOLVED'])).toEqual(await counted(['RESOLVED']));
  });
});
