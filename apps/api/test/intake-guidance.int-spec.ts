import { currentQuestionnaireVersion } from '@continuum/rules';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

const SAVE_DRAFT = `mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { id questionnaireVersion } }`;
const SUBMIT = `mutation ($id: ID!) { submitIntake(intakeId: $id) { id status recommendation } }`;
const CREATE_CASE = `mutation ($input: CreateCaseFromIntakeInput!) { createCaseFromIntake(input: $input) { id stage } }`;
const UPDATE = `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { stage } }`;
const CASELOAD = `query ($filter: CaseloadFilterInput) { caseload(filter: $filter) { stageCounts { stage count } nodes { id stage } } }`;

type Result = {
  data: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string; field?: string } }[];
};

function ok<T>(result: Result): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

type Recommendation = {
  pathways: { id: string; rank: number; basis: string[]; reason: string }[];
  warnings: { id: string }[];
};

/*
 * The recommendation stored with an intake follows the child's plan: a child with only a 504
 * plan gets the Section 504 routes, never a Part B step (34 CFR 104.36, 104.7(b);
 * rules-corrections-2026-12.md), and each new route is a stage a case can reach.
 */
describe('intake guidance: the plan answer, the Section 504 routes and the case stages', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function submitted(answers: Record<string, unknown>) {
    const organization = await factories.organization({ name: 'Riverside' });
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
    });
    const parentCookie = await signIn(api, parent.email, parent.password);
    const draft = ok<{ saveIntakeDraft: { id: string; questionnaireVersion: string } }>(
      await api.graphql(
        SAVE_DRAFT,
        { input: { familyId: family.id, studentId: student.id, lang: 'EN', answers } },
        { cookie: parentCookie },
      ),
    ).saveIntakeDraft;
    const intake = ok<{ submitIntake: { status: string; recommendation: Recommendation } }>(
      await api.graphql(SUBMIT, { id: draft.id }, { cookie: parentCookie }),
    ).submitIntake;
    return {
      draft,
      intake,
      advocateCookie: await signIn(api, advocate.email, advocate.password),
    };
  }

  it('34 CFR 104.36, 104.7(b): a 504-only child is recommended the 504 routes, records first when a meeting is coming', async () => {
    const { draft, intake } = await submitted({
      state: 'CA',
      plan_type: '504',
      issues: ['services_insufficient'],
      has_decision_date: false,
      meeting_scheduled: true,
    });
    expect(draft.questionnaireVersion).toBe(currentQuestionnaireVersion);
    expect(intake.status).toBe('SUBMITTED');
    const ids = intake.recommendation.pathways.map((p) => p.id);
    expect(ids).toEqual([
      'records_request',
      'section_504_meeting',
      'section_504_grievance',
      'section_504_hearing',
      'ocr_complaint',
    ]);
    expect(intake.recommendation.pathways[0]?.reason).toContain('A meeting is coming.');
    for (const partB of ['pwn_request', 'iee_request', 'state_complaint', 'due_process']) {
      expect(ids).not.toContain(partB);
    }
  });

  it('an IEP child with the same answers keeps the IDEA routes', async () => {
    const { intake } = await submitted({
      state: 'CA',
      plan_type: 'iep',
      issues: ['services_insufficient'],
      has_decision_date: false,
    });
    expect(intake.recommendation.pathways.map((p) => p.id)).toEqual([
      'records_request',
      'iep_meeting_request',
      'facilitation',
      'mediation',
      'due_process',
    ]);
  });

  it('each Section 504 route is a case stage: the advocate sets it and the caseload counts it', async () => {
    const { draft, advocateCookie } = await submitted({
      state: 'TX',
      plan_type: 'none',
      issues: ['discrimination'],
      has_decision_date: false,
    });
    const created = ok<{ createCaseFromIntake: { id: string; stage: string } }>(
      await api.graphql(CREATE_CASE, { input: { intakeId: draft.id } }, { cookie: advocateCookie }),
    ).createCaseFromIntake;
    expect(created.stage).toBe('intake');
    for (const stage of [
      'section_504_notice_request',
      'section_504_meeting',
      'section_504_grievance',
      'ferpa_complaint',
      'section_504_hearing',
    ]) {
      const updated = ok<{ updateCase: { stage: string } }>(
        await api.graphql(
          UPDATE,
          { input: { caseId: created.id, stage } },
          { cookie: advocateCookie },
        ),
      );
      expect(updated.updateCase.stage).toBe(stage);
    }
    const page = ok<{
      caseload: { stageCounts: { stage: string; count: number }[]; nodes: { stage: string }[] };
    }>(
      await api.graphql(
        CASELOAD,
        { filter: { stage: 'section_504_hearing' } },
        { cookie: advocateCookie },
      ),
    ).caseload;
    expect(page.nodes.map((n) => n.stage)).toEqual(['section_504_hearing']);
    expect(page.stageCounts.find((s) => s.stage === 'section_504_hearing')?.count).toBe(1);
    expect(page.stageCounts.map((s) => s.stage)).toEqual(['section_504_hearing']);
  });
});
