import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

/**
 * From intake to case, nothing is lost (docs/domain.md): the case reads the intake it was
 * opened from, its recommendation in the reader's language, and when the intake's state and
 * the student's record disagree no deadline is computed until a staff member says which is
 * right.
 */

const SAVE_DRAFT = `mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitIntake(intakeId: $id) { id recommendation } }`;
const INTAKE_QUESTION = `query ($id: ID!) { intake(intakeId: $id) { id status caseId stateQuestion { studentId intakeState studentState } } }`;
const CREATE_CASE = `mutation ($input: CreateCaseFromIntakeInput!) { createCaseFromIntake(input: $input) { id intakeId stateQuestion { intakeState studentState } student { state } } }`;
const CARRIED = `query ($id: ID!, $lang: Language) {
  case(caseId: $id) {
    id
    intakeId
    intake { id status caseId }
    carriedRecommendation(lang: $lang) {
      intakeId lang submittedOn revisedSinceSubmission
      warnings { id message basis confidence deadline }
      pathways { id rank reason basis confidence issues }
    }
    stateQuestion { studentId intakeState studentState }
    timeline { kind summary }
  }
}`;
const OPEN = `mutation ($input: OpenProceedingInput!) { openProceeding(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordProceedingEventInput!) { recordProceedingEvent(input: $input) { id deadlines { ruleId due status confidence note(lang: EN) { text } } } }`;
const CONFIRM = `mutation ($input: ConfirmCaseStateInput!) { confirmCaseState(input: $input) { id stateQuestion { intakeState } student { state } proceedings { deadlines { ruleId due status } } } }`;
const CASE_DEADLINES = `query ($id: ID!) { case(caseId: $id) { stateQuestion { intakeState studentState } student { state } proceedings { deadlines { ruleId due status note(lang: EN) { text } } } timeline { kind summary } } }`;

type Result = {
  data: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string; field?: string } }[];
};
function ok<T = Record<string, unknown>>(result: Result): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
function errorOf(result: Result) {
  return result.errors?.[0]?.extensions;
}
/** A calendar day n days from today (UTC, as the API counts), YYYY-MM-DD. */
function dayFromToday(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}
/** `day` plus n calendar days, YYYY-MM-DD. */
function plusDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

interface Carried {
  intakeId: string;
  lang: string;
  submittedOn: string;
  revisedSinceSubmission: boolean;
  warnings: { id: string; message: string; basis: string[]; deadline: string | null }[];
  pathways: { id: string; rank: number; reason: string; basis: string[]; issues: string[] }[];
}
interface CaseView {
  id: string;
  intakeId: string | null;
  intake: { id: string; status: string; caseId: string } | null;
  carriedRecommendation: Carried | null;
  stateQuestion: { studentId: string; intakeState: string; studentState: string } | null;
  timeline: { kind: string; summary: string }[];
}
interface Deadline {
  ruleId: string;
  due: string | null;
  status: string;
  confidence?: string;
  note?: { text: string };
}

describe('from intake to case', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function organizationWithPeople() {
    const organization = await factories.organization({ name: 'Riverside' });
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE', { name: 'Marcus Lee' });
    const otherAdvocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT', { name: 'María González' });
    const otherParent = await factories.member(organization, 'PARENT');
    const cookie = (m: { email: string; password: string }) => signIn(api, m.email, m.password);
    return {
      organization,
      advocate,
      parent,
      cookies: {
        admin: await cookie(admin),
        advocate: await cookie(advocate),
        otherAdvocate: await cookie(otherAdvocate),
        parent: await cookie(parent),
        otherParent: await cookie(otherParent),
      },
    };
  }

  /** The parent sends an intake for their child with these answers, in `lang`. */
  async function sendIntake(
    cookie: string,
    familyId: string,
    studentId: string,
    answers: Record<string, unknown>,
    lang: 'EN' | 'ES' = 'EN',
  ) {
    const draft = ok<{ saveIntakeDraft: { id: string } }>(
      await api.graphql(SAVE_DRAFT, { input: { familyId, studentId, lang, answers } }, { cookie }),
    ).saveIntakeDraft;
    const submitted = ok<{ submitIntake: { id: string; recommendation: Carried } }>(
      await api.graphql(SUBMIT, { id: draft.id }, { cookie }),
    ).submitIntake;
    return submitted;
  }

  it("carries the intake's recommendation and warnings to the case, links the intake, and reads in the reader's language", async () => {
    const { organization, parent, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
      primaryLanguage: 'es',
      student: { state: 'NC' },
    });
    // N.C.G.S. 115C-109.6(b): one year to ask for due process, from the district's decision;
    // 34 CFR 300.153(c): one year for a state complaint. A decision 300 days ago leaves both
    // within the last 90 days: "near", each ending one year after the decision.
    let decision = dayFromToday(-300);
    if (decision.endsWith('-02-29')) decision = dayFromToday(-301);
    const limitEnds = `${Number(decision.slice(0, 4)) + 1}${decision.slice(4)}`;
    const intake = await sendIntake(
      cookies.parent,
      family.id,
      student.id,
      {
        state: 'NC',
        plan_type: 'iep',
        issues: ['services_not_provided'],
        has_decision_date: true,
        district_decision_date: decision,
        written_notice: true,
      },
      'ES',
    );

    const created = ok<{ createCaseFromIntake: { id: string; intakeId: string } }>(
      await api.graphql(
        CREATE_CASE,
        { input: { intakeId: intake.id } },
        { cookie: cookies.advocate },
      ),
    ).createCaseFromIntake;
    expect(created.intakeId).toBe(intake.id);

    const english = ok<{ case: CaseView }>(
      await api.graphql(CARRIED, { id: created.id, lang: 'EN' }, { cookie: cookies.advocate }),
    ).case;
    // The link: the case names its intake, and the intake its case.
    expect(english.intake).toEqual({ id: intake.id, status: 'TRIAGED', caseId: created.id });
    expect(english.timeline.map((t) => t.kind)).toEqual(['case_opened']);
    const carried = english.carriedRecommendation!;
    expect(carried).toMatchObject({
      intakeId: intake.id,
      lang: 'EN',
      submittedOn: dayFromToday(0),
      revisedSinceSubmission: false,
    });
    // Warnings first, with their dates and basis; the same ones the family was shown.
    expect(carried.warnings.map((w) => [w.id, w.deadline])).toEqual([
      ['due_process_limit_near', limitEnds],
      ['state_complaint_limit_near', limitEnds],
    ]);
    expect(carried.warnings[0]!.basis).toContain('115C-109.6(b)');
    expect(carried.warnings[0]!.message).toMatch(/due process hearing/);
    expect(carried.warnings.map((w) => [w.id, w.deadline])).toEqual(
      intake.recommendation.warnings.map((w) => [w.id, w.deadline]),
    );
    // Ranked pathways with their reasons, best first, the same order as at submission.
    expect(carried.pathways.map((p) => p.rank)).toEqual(carried.pathways.map((_, i) => i + 1));
    expect(carried.pathways.map((p) => p.id)).toEqual(
      [...intake.recommendation.pathways].sort((a, b) => a.rank - b.rank).map((p) => p.id),
    );
    expect(carried.pathways.every((p) => p.reason.length > 0 && p.basis.length > 0)).toBe(true);

    // In Spanish for a Spanish reader: the same advice in the family's words.
    const spanish = ok<{ case: CaseView }>(
      await api.graphql(CARRIED, { id: created.id, lang: 'ES' }, { cookie: cookies.parent }),
    ).case.carriedRecommendation!;
    expect(spanish.lang).toBe('ES');
    expect(spanish.warnings[0]!.message).toMatch(/audiencia de debido proceso/);
    expect(spanish.warnings.map((w) => w.deadline)).toEqual(
      carried.warnings.map((w) => w.deadline),
    );
    expect(spanish.pathways.map((p) => p.id)).toEqual(carried.pathways.map((p) => p.id));
    // Without a language asked for: the family's, exactly as it was stored at submission.
    const asSent = ok<{ case: CaseView }>(
      await api.graphql(CARRIED, { id: created.id }, { cookie: cookies.advocate }),
    ).case.carriedRecommendation!;
    expect(asSent.lang).toBe('ES');
    expect(asSent.warnings.map((w) => w.message)).toEqual(
      intake.recommendation.warnings.map((w) => w.message),
    );

    // Nothing was copied: the case row holds the link only.
    const row = await asSuperuser((c) =>
      c.query<{ intake_id: string }>('SELECT intake_id FROM cases WHERE id = $1', [created.id]),
    );
    expect(row.rows[0]!.intake_id).toBe(intake.id);
    // Reading the intake through the case is a read of the student's records: audited.
    const audit = await asSuperuser((c) =>
      c.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE organization_id = $1 AND subject_id = $2`,
        [organization.id, intake.id],
      ),
    );
    expect(audit.rows.map((a) => a.action)).toContain('intake.read');
  });

  it('a case opened without an intake carries nothing', async () => {
    const { organization, advocate, cookies } = await organizationWithPeople();
    const { student } = await factories.newFamily(organization);
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const view = ok<{ case: CaseView }>(
      await api.graphql(CARRIED, { id: caseRow.id, lang: 'EN' }, { cookie: cookies.advocate }),
    ).case;
    expect(view).toMatchObject({ intake: null, carriedRecommendation: null, stateQuestion: null });
  });

  it('34 CFR 300.510(b)(1) is not counted while the state is in question: the intake says TX, the record CA; deadlines read unknown until a staff member confirms, then the 30 days count', async () => {
    const { organization, parent, advocate, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { state: 'CA' },
    });
    const intake = await sendIntake(cookies.parent, family.id, student.id, {
      state: 'TX',
      plan_type: 'iep',
      issues: ['services_not_provided'],
      has_decision_date: false,
    });

    // The intake review says so and asks, before anything is computed.
    const review = ok<{ intake: { stateQuestion: unknown } }>(
      await api.graphql(INTAKE_QUESTION, { id: intake.id }, { cookie: cookies.advocate }),
    ).intake;
    expect(review.stateQuestion).toEqual({
      studentId: student.id,
      intakeState: 'TX',
      studentState: 'CA',
    });

    // Turned into a case without answering: the case asks in turn.
    const created = ok<{
      createCaseFromIntake: { id: string; stateQuestion: unknown; student: { state: string } };
    }>(
      await api.graphql(
        CREATE_CASE,
        { input: { intakeId: intake.id } },
        { cookie: cookies.advocate },
      ),
    ).createCaseFromIntake;
    expect(created.stateQuestion).toEqual({ intakeState: 'TX', studentState: 'CA' });
    expect(created.student.state).toBe('CA');
    const afterTriage = ok<{ intake: { stateQuestion: unknown } }>(
      await api.graphql(INTAKE_QUESTION, { id: intake.id }, { cookie: cookies.advocate }),
    ).intake;
    expect(afterTriage.stateQuestion).toEqual(review.stateQuestion);

    // A due process complaint received 5 days ago: no date is computed with either state.
    const received = dayFromToday(-5);
    const proceedingId = ok<{ openProceeding: { id: string } }>(
      await api.graphql(
        OPEN,
        { input: { caseId: created.id, kind: 'due_process' } },
        { cookie: cookies.advocate },
      ),
    ).openProceeding.id;
    const held = ok<{ recordProceedingEvent: { deadlines: Deadline[] } }>(
      await api.graphql(
        RECORD,
        { input: { proceedingId, type: 'complaint_received', date: received } },
        { cookie: cookies.advocate },
      ),
    ).recordProceedingEvent.deadlines;
    expect(held.map((d) => d.ruleId)).toContain('resolution_period_end');
    for (const d of held) {
      expect(d).toMatchObject({ due: null, status: 'unknown', confidence: 'unknown' });
      expect(d.note?.text).toMatch(/state is confirmed.*Texas.*California/);
    }
    // Nothing undated leaks into the deadline lists either.
    const upcoming = ok<{ deadlines: unknown[] }>(
      await api.graphql(
        '{ deadlines(withinDays: 366) { ruleId } }',
        {},
        { cookie: cookies.advocate },
      ),
    ).deadlines;
    expect(upcoming).toEqual([]);

    // A parent sees why, and may not answer for the staff.
    const parentView = ok<{ case: { stateQuestion: unknown } }>(
      await api.graphql(CASE_DEADLINES, { id: created.id }, { cookie: cookies.parent }),
    ).case;
    expect(parentView.stateQuestion).toEqual({ intakeState: 'TX', studentState: 'CA' });
    const parentConfirms = await api.graphql(
      CONFIRM,
      { input: { caseId: created.id, state: 'TX' } },
      { cookie: cookies.parent },
    );
    expect(errorOf(parentConfirms)?.code).toBe('FORBIDDEN');
    const badState = await api.graphql(
      CONFIRM,
      { input: { caseId: created.id, state: 'Texas!' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(badState)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'state',
      key: 'STATE_CODE_INVALID',
    });

    // The advocate confirms Texas: the record takes it and the deadlines are computed again.
    const confirmed = ok<{
      confirmCaseState: {
        stateQuestion: unknown;
        student: { state: string };
        proceedings: { deadlines: Deadline[] }[];
      };
    }>(
      await api.graphql(
        CONFIRM,
        { input: { caseId: created.id, state: 'tx' } },
        { cookie: cookies.advocate },
      ),
    ).confirmCaseState;
    expect(confirmed.stateQuestion).toBeNull();
    expect(confirmed.student.state).toBe('TX');
    const dated = confirmed.proceedings[0]!.deadlines;
    // 34 CFR 300.510(b)(1): the resolution period ends 30 days after the district received it;
    // 34 CFR 300.508(e): the district responds within 10 days.
    expect(dated.find((d) => d.ruleId === 'resolution_period_end')).toMatchObject({
      status: 'computed',
      due: plusDays(received, 30),
    });
    expect(dated.find((d) => d.ruleId === 'lea_response')).toMatchObject({
      status: 'computed',
      due: plusDays(received, 10),
    });

    const after = ok<{
      case: { stateQuestion: unknown; timeline: { kind: string; summary: string }[] };
    }>(await api.graphql(CASE_DEADLINES, { id: created.id }, { cookie: cookies.parent })).case;
    expect(after.stateQuestion).toBeNull();
    expect(after.timeline.map((t) => t.kind)).toEqual([
      'case_opened',
      'state_to_confirm',
      'proceeding_opened',
      'event_recorded',
      'state_confirmed',
    ]);
    expect(after.timeline.at(-1)!.summary).toMatch(/confirmed as TX \(the record said CA\)/);
    const reviewAfter = ok<{ intake: { stateQuestion: unknown } }>(
      await api.graphql(INTAKE_QUESTION, { id: intake.id }, { cookie: cookies.advocate }),
    ).intake;
    expect(reviewAfter.stateQuestion).toBeNull();

    // Every change is audited: who confirmed which state, and the student's record changing.
    const audit = await asSuperuser((c) =>
      c.query<{ action: string; subject_id: string; actor_user_id: string; details: unknown }>(
        `SELECT action, subject_id, actor_user_id, details FROM audit_events
         WHERE organization_id = $1 AND action IN ('case.confirm_state', 'student.update')`,
        [organization.id],
      ),
    );
    const event = (action: string) => audit.rows.find((row) => row.action === action);
    expect(event('case.confirm_state')).toMatchObject({
      subject_id: created.id,
      actor_user_id: advocate.user.id,
      details: { state: 'TX', previousState: 'CA', studentId: student.id },
    });
    expect(event('student.update')).toMatchObject({
      subject_id: student.id,
      actor_user_id: advocate.user.id,
      details: { field: 'state', from: 'CA', to: 'TX', caseId: created.id },
    });
  });

  it("confirming the student's record (not the intake) also resolves the question, and the record stays", async () => {
    const { organization, parent, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { state: 'CA' },
    });
    const intake = await sendIntake(cookies.parent, family.id, student.id, {
      state: 'TX',
      plan_type: 'iep',
      issues: ['services_not_provided'],
      has_decision_date: false,
    });
    const created = ok<{ createCaseFromIntake: { id: string } }>(
      await api.graphql(CREATE_CASE, { input: { intakeId: intake.id } }, { cookie: cookies.admin }),
    ).createCaseFromIntake;
    const confirmed = ok<{
      confirmCaseState: { stateQuestion: unknown; student: { state: string } };
    }>(
      await api.graphql(
        CONFIRM,
        { input: { caseId: created.id, state: 'CA' } },
        { cookie: cookies.admin },
      ),
    ).confirmCaseState;
    expect(confirmed).toMatchObject({ stateQuestion: null, student: { state: 'CA' } });
    const students = await asSuperuser((c) =>
      c.query<{ state: string }>('SELECT state FROM students WHERE id = $1', [student.id]),
    );
    expect(students.rows[0]!.state).toBe('CA');
    const proceedingId = ok<{ openProceeding: { id: string } }>(
      await api.graphql(
        OPEN,
        { input: { caseId: created.id, kind: 'due_process' } },
        { cookie: cookies.admin },
      ),
    ).openProceeding.id;
    const received = dayFromToday(-3);
    const deadlines = ok<{ recordProceedingEvent: { deadlines: Deadline[] } }>(
      await api.graphql(
        RECORD,
        { input: { proceedingId, type: 'complaint_received', date: received } },
        { cookie: cookies.admin },
      ),
    ).recordProceedingEvent.deadlines;
    expect(deadlines.find((d) => d.ruleId === 'resolution_period_end')).toMatchObject({
      status: 'computed',
      due: plusDays(received, 30),
    });
  });

  it('the state answered at triage is confirmed with the case: the record takes it and nothing waits', async () => {
    const { organization, parent, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { state: 'CA' },
    });
    const intake = await sendIntake(cookies.parent, family.id, student.id, {
      state: 'TX',
      plan_type: 'iep',
      issues: ['services_not_provided'],
      has_decision_date: false,
    });
    const bad = await api.graphql(
      CREATE_CASE,
      { input: { intakeId: intake.id, confirmedState: 'ZZ' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(bad)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'confirmedState',
      key: 'STATE_CODE_INVALID',
    });
    const created = ok<{
      createCaseFromIntake: { id: string; stateQuestion: unknown; student: { state: string } };
    }>(
      await api.graphql(
        CREATE_CASE,
        { input: { intakeId: intake.id, confirmedState: 'TX' } },
        { cookie: cookies.advocate },
      ),
    ).createCaseFromIntake;
    expect(created).toMatchObject({ stateQuestion: null, student: { state: 'TX' } });
    const view = ok<{ case: { timeline: { kind: string }[] } }>(
      await api.graphql(CASE_DEADLINES, { id: created.id }, { cookie: cookies.advocate }),
    ).case;
    expect(view.timeline.map((t) => t.kind)).toEqual(['case_opened', 'state_confirmed']);
  });

  it('a parent of another family, an advocate not on the case and another organization cannot read the intake or its recommendation through the case', async () => {
    const { organization, parent, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
      student: { state: 'CA' },
    });
    const intake = await sendIntake(cookies.parent, family.id, student.id, {
      state: 'TX',
      plan_type: 'iep',
      issues: ['services_not_provided'],
      has_decision_date: false,
    });
    const created = ok<{ createCaseFromIntake: { id: string } }>(
      await api.graphql(
        CREATE_CASE,
        { input: { intakeId: intake.id } },
        { cookie: cookies.advocate },
      ),
    ).createCaseFromIntake;
    // The family's own parent reads it.
    const own = ok<{ case: CaseView }>(
      await api.graphql(CARRIED, { id: created.id, lang: 'EN' }, { cookie: cookies.parent }),
    ).case;
    expect(own.intake?.id).toBe(intake.id);
    expect(own.carriedRecommendation?.pathways.length).toBeGreaterThan(0);

    const other = await factories.organization({ name: 'Elsewhere' });
    const outsider = await factories.member(other, 'ORG_ADMIN');
    const outsiderCookie = await signIn(api, outsider.email, outsider.password);
    for (const cookie of [cookies.otherParent, cookies.otherAdvocate, outsiderCookie]) {
      const viaCase = await api.graphql(CARRIED, { id: created.id, lang: 'EN' }, { cookie });
      expect(errorOf(viaCase)?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(viaCase.data)).not.toContain(intake.id);
      const direct = await api.graphql(INTAKE_QUESTION, { id: intake.id }, { cookie });
      expect(errorOf(direct)?.code).toBe('NOT_FOUND');
      const confirm = await api.graphql(
        CONFIRM,
        { input: { caseId: created.id, state: 'TX' } },
        { cookie },
      );
      expect(errorOf(confirm)?.code).toBe('NOT_FOUND');
    }
    const untouched = await asSuperuser((c) =>
      c.query<{ state: string; confirmed_state: string | null }>(
        `SELECT s.state, c.confirmed_state FROM cases c JOIN students s ON s.id = c.student_id WHERE c.id = $1`,
        [created.id],
      ),
    );
    expect(untouched.rows[0]).toEqual({ state: 'CA', confirmed_state: null });
  });
});
