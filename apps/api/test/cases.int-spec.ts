import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id name primaryLanguage parents { userId name } students { id } } }`;
const CREATE_STUDENT = `mutation ($input: CreateStudentInput!) { createStudent(input: $input) { id name state planType disabilityCategories raceCategories } }`;
const SAVE_DRAFT = `mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { id status lang answers questionnaireVersion } }`;
const SUBMIT = `mutation ($id: ID!) { submitIntake(intakeId: $id) { id status recommendation } }`;
const CREATE_CASE = `mutation ($input: CreateCaseFromIntakeInput!) { createCaseFromIntake(input: $input) { id status stage issueCategories advocates { userId } student { name } } }`;
const OPEN = `mutation ($input: OpenProceedingInput!) { openProceeding(input: $input) { id kind state deadlines { ruleId status } } }`;
const RECORD = `mutation ($input: RecordProceedingEventInput!) { recordProceedingEvent(input: $input) { id state events { id type date superseded correctsEventId correctionReason } deadlines { ruleId due status basis note(lang: EN) { text lang } } } }`;
const CORRECT = `mutation ($input: CorrectProceedingEventInput!) { correctProceedingEvent(input: $input) { id state events { id type date superseded correctsEventId correctionReason } deadlines { ruleId due status basis } } }`;
const CASE = `query ($id: ID!) { case(caseId: $id) { id status stage outcome internalNotes timeline { kind summary } proceedings { kind state } nextDeadline { ruleId due } } }`;
const DEADLINES = `query ($days: Int!) { deadlines(withinDays: $days) { ruleId due overdue studentName proceedingKind basis } }`;

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
function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

describe('families, intakes, cases and proceedings', () => {
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
    const cookie = async (m: { email: string; password: string }) =>
      signIn(api, m.email, m.password);
    return {
      organization,
      admin,
      advocate,
      otherAdvocate,
      parent,
      cookies: {
        admin: await cookie(admin),
        advocate: await cookie(advocate),
        otherAdvocate: await cookie(otherAdvocate),
        parent: await cookie(parent),
      },
    };
  }

  it('a parent creates their family and student; invalid input names the field; reads are audited', async () => {
    const { cookies, parent } = await organizationWithPeople();
    const family = ok<{ createFamily: { id: string; parents: { userId: string }[] } }>(
      await api.graphql(
        CREATE_FAMILY,
        { input: { name: 'González', primaryLanguage: 'ES' } },
        { cookie: cookies.parent },
      ),
    ).createFamily;
    expect(family.parents.map((p) => p.userId)).toEqual([parent.user.id]);

    const bad = await api.graphql(
      CREATE_STUDENT,
      { input: { familyId: family.id, name: 'Lucía', state: 'XX', planType: 'IEP' } },
      { cookie: cookies.parent },
    );
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    const future = await api.graphql(
      CREATE_STUDENT,
      {
        input: {
          familyId: family.id,
          name: 'Lucía',
          state: 'TX',
          planType: 'IEP',
          dateOfBirth: '2999-01-01',
        },
      },
      { cookie: cookies.parent },
    );
    expect(errorOf(future)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateOfBirth' });

    const student = ok<{
      createStudent: { id: string; state: string; raceCategories: string[] | null };
    }>(
      await api.graphql(
        CREATE_STUDENT,
        {
          input: {
            familyId: family.id,
            name: 'Lucía González',
            state: 'tx',
            planType: 'SECTION_504',
            district: 'Austin ISD',
            disabilityCategories: ['other_health_impairment'],
            raceCategories: ['white'],
            ethnicity: 'hispanic_latino',
          },
        },
        { cookie: cookies.parent },
      ),
    ).createStudent;
    expect(student.state).toBe('TX');
    expect(student.raceCategories).toEqual(['white']);

    const updated = ok<{ updateStudent: { grade: string } }>(
      await api.graphql(
        `mutation ($input: UpdateStudentInput!) { updateStudent(input: $input) { grade } }`,
        { input: { studentId: student.id, grade: '7' } },
        { cookie: cookies.parent },
      ),
    );
    expect(updated.updateStudent.grade).toBe('7');
    const read = ok<{ student: { name: string } }>(
      await api.graphql(
        `query ($id: ID!) { student(studentId: $id) { name } }`,
        { id: student.id },
        { cookie: cookies.parent },
      ),
    );
    expect(read.student.name).toBe('Lucía González');
    const families = ok<{ families: { id: string; students: { id: string }[] }[] }>(
      await api.graphql('{ families { id students { id } } }', {}, { cookie: cookies.parent }),
    );
    expect(families.families).toEqual([{ id: family.id, students: [{ id: student.id }] }]);

    // An advocate who has no case with the family does not see it.
    const hidden = await api.graphql(
      `query ($id: ID!) { student(studentId: $id) { name } }`,
      { id: student.id },
      { cookie: cookies.advocate },
    );
    expect(errorOf(hidden)?.code).toBe('NOT_FOUND');

    const audited = await asSuperuser((c) =>
      c.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`,
        [student.id],
      ),
    );
    // The advocate's attempt is audited too, as a denial (issue 13).
    expect(audited.rows.map((r) => r.action)).toEqual([
      'student.create',
      'student.update',
      'student.read',
      'access.denied',
    ]);
  });

  it('an intake saves at every step, resumes, validates on submit, notifies advocates, and becomes a case', async () => {
    const { organization, parent, advocate, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, { parents: [parent.user] });

    const started = ok<{ saveIntakeDraft: { id: string; status: string } }>(
      await api.graphql(
        SAVE_DRAFT,
        { input: { familyId: family.id, lang: 'ES', answers: { state: 'CA' } } },
        { cookie: cookies.parent },
      ),
    ).saveIntakeDraft;
    expect(started.status).toBe('DRAFT');
    const badAnswer = await api.graphql(
      SAVE_DRAFT,
      { input: { intakeId: started.id, lang: 'ES', answers: { state: 'CA', plan_type: 'ifsp' } } },
      { cookie: cookies.parent },
    );
    expect(errorOf(badAnswer)).toMatchObject({
      code: 'INVALID_ANSWERS',
      field: 'answers.plan_type',
    });
    ok(
      await api.graphql(
        SAVE_DRAFT,
        {
          input: {
            intakeId: started.id,
            lang: 'ES',
            answers: { state: 'CA', plan_type: 'iep', issues: ['services_not_provided'] },
          },
        },
        { cookie: cookies.parent },
      ),
    );

    // Signing out and in again: the draft resumes where it was.
    const again = await signIn(api, parent.email, parent.password);
    const resumed = ok<{ intake: { answers: Record<string, unknown>; lang: string } }>(
      await api.graphql(
        `query ($id: ID!) { intake(intakeId: $id) { answers lang } }`,
        { id: started.id },
        { cookie: again },
      ),
    ).intake;
    expect(resumed).toEqual({
      lang: 'ES',
      answers: { state: 'CA', plan_type: 'iep', issues: ['services_not_provided'] },
    });

    const incomplete = await api.graphql(SUBMIT, { id: started.id }, { cookie: again });
    expect(errorOf(incomplete)).toMatchObject({
      code: 'INVALID_ANSWERS',
      field: 'answers.has_decision_date',
    });
    ok(
      await api.graphql(
        SAVE_DRAFT,
        {
          input: {
            intakeId: started.id,
            studentId: student.id,
            lang: 'ES',
            answers: {
              state: 'CA',
              plan_type: 'iep',
              issues: ['services_not_provided'],
              has_decision_date: false,
            },
          },
        },
        { cookie: again },
      ),
    );
    const submitted = ok<{
      submitIntake: {
        status: string;
        recommendation: { pathways: { id: string; rank: number }[] };
      };
    }>(await api.graphql(SUBMIT, { id: started.id }, { cookie: again })).submitIntake;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.recommendation.pathways[0]?.rank).toBe(1);
    const resubmit = await api.graphql(SUBMIT, { id: started.id }, { cookie: again });
    expect(errorOf(resubmit)).toMatchObject({ code: 'INTAKE_NOT_DRAFT', field: 'intakeId' });

    const mails = await asSuperuser((c) =>
      c.query<{ to_address: string; template: string }>(
        `SELECT to_address, template FROM mail_outbox WHERE organization_id = $1`,
        [organization.id],
      ),
    );
    expect(mails.rows.filter((m) => m.template === 'intake_submitted')).toHaveLength(2);

    // Every advocate sees it awaiting triage, and one turns it into a case.
    const queue = ok<{ intakes: { id: string }[] }>(
      await api.graphql('{ intakes(status: SUBMITTED) { id } }', {}, { cookie: cookies.advocate }),
    );
    expect(queue.intakes.map((i) => i.id)).toEqual([started.id]);
    const created = ok<{
      createCaseFromIntake: {
        id: string;
        status: string;
        issueCategories: string[];
        advocates: { userId: string }[];
        student: { name: string };
      };
    }>(
      await api.graphql(
        CREATE_CASE,
        { input: { intakeId: started.id } },
        { cookie: cookies.advocate },
      ),
    ).createCaseFromIntake;
    expect(created).toMatchObject({
      status: 'OPEN',
      issueCategories: ['services_not_provided'],
      advocates: [{ userId: advocate.user.id }],
      student: { name: 'Sam Rivera' },
    });
    const twice = await api.graphql(
      CREATE_CASE,
      { input: { intakeId: started.id } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(twice)).toMatchObject({ code: 'INTAKE_NOT_SUBMITTED', field: 'intakeId' });

    // The other advocate, not assigned, no longer sees the triaged intake or the case.
    const otherView = await api.graphql(
      CASE,
      { id: created.id },
      { cookie: cookies.otherAdvocate },
    );
    expect(errorOf(otherView)?.code).toBe('NOT_FOUND');
    const parentCase = ok<{ case: { internalNotes: string | null } }>(
      await api.graphql(CASE, { id: created.id }, { cookie: cookies.parent }),
    );
    expect(parentCase.case.internalNotes).toBeNull();
  });

  it('records proceeding events: deadlines with their basis, an invalid transition refused, a correction kept in the history', async () => {
    const { organization, parent, advocate, cookies } = await organizationWithPeople();
    const { student } = await factories.newFamily(organization, { parents: [parent.user] });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
      internalNotes: 'call district',
    });

    const opened = ok<{ openProceeding: { id: string; state: string } }>(
      await api.graphql(
        OPEN,
        { input: { caseId: caseRow.id, kind: 'due_process' } },
        { cookie: cookies.advocate },
      ),
    ).openProceeding;
    expect(opened.state).toBe('draft');

    const received = daysAgo(3);
    const recorded = ok<{
      recordProceedingEvent: {
        state: string;
        events: { id: string }[];
        deadlines: { ruleId: string; due: string; basis: string[] }[];
      };
    }>(
      await api.graphql(
        RECORD,
        { input: { proceedingId: opened.id, type: 'complaint_received', date: received } },
        { cookie: cookies.advocate },
      ),
    ).recordProceedingEvent;
    expect(recorded.state).toBe('resolution_period');
    const meeting = recorded.deadlines.find((d) => d.ruleId === 'resolution_meeting');
    expect(meeting?.basis).toEqual(['34 CFR 300.510(a)(1)']);
    expect(meeting?.due).toBe(
      new Date(Date.parse(received) + 15 * 86_400_000).toISOString().slice(0, 10),
    );

    const invalid = await api.graphql(
      RECORD,
      { input: { proceedingId: opened.id, type: 'agreement_signed', date: received } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(invalid)).toMatchObject({ code: 'INVALID_TRANSITION', field: 'type' });
    const future = await api.graphql(
      RECORD,
      { input: { proceedingId: opened.id, type: 'decision_issued', date: '2999-01-01' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(future)).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'date' });
    const stored = await asSuperuser((c) =>
      c.query(`SELECT id FROM proceeding_events WHERE proceeding_id = $1`, [opened.id]),
    );
    expect(stored.rowCount).toBe(1);

    const corrected = ok<{
      correctProceedingEvent: {
        events: {
          type: string;
          date: string;
          superseded: boolean;
          correctsEventId: string | null;
          correctionReason: string | null;
        }[];
        deadlines: { ruleId: string; due: string }[];
      };
    }>(
      await api.graphql(
        CORRECT,
        {
          input: {
            eventId: recorded.events[0]!.id,
            type: 'complaint_received',
            date: daysAgo(5),
            reason: 'the district stamped it two days earlier',
          },
        },
        { cookie: cookies.advocate },
      ),
    ).correctProceedingEvent;
    expect(corrected.events.map((e) => [e.date, e.superseded])).toEqual([
      [daysAgo(5), false],
      [received, true],
    ]);
    expect(corrected.events[0]?.correctionReason).toBe('the district stamped it two days earlier');
    expect(corrected.deadlines.find((d) => d.ruleId === 'resolution_meeting')?.due).toBe(
      new Date(Date.parse(daysAgo(5)) + 15 * 86_400_000).toISOString().slice(0, 10),
    );
    const again = await api.graphql(
      CORRECT,
      {
        input: {
          eventId: recorded.events[0]!.id,
          type: 'complaint_received',
          date: daysAgo(4),
          reason: 'again',
        },
      },
      { cookie: cookies.advocate },
    );
    expect(errorOf(again)).toMatchObject({ code: 'EVENT_ALREADY_CORRECTED', field: 'eventId' });

    // The parent reads the case: stage moved to due process, timeline without internal entries.
    const parentView = ok<{
      case: {
        stage: string;
        status: string;
        internalNotes: string | null;
        timeline: { kind: string }[];
        proceedings: { state: string }[];
        nextDeadline: { ruleId: string } | null;
      };
    }>(await api.graphql(CASE, { id: caseRow.id }, { cookie: cookies.parent })).case;
    expect(parentView).toMatchObject({
      stage: 'due_process',
      status: 'ACTIVE',
      internalNotes: null,
      proceedings: [{ state: 'resolution_period' }],
    });
    expect(parentView.timeline.map((t) => t.kind)).toEqual([
      'proceeding_opened',
      'event_recorded',
      'event_corrected',
    ]);
    expect(parentView.nextDeadline).not.toBeNull();
    const parentRecord = await api.graphql(
      RECORD,
      { input: { proceedingId: opened.id, type: 'resolution_meeting_held', date: daysAgo(1) } },
      { cookie: cookies.parent },
    );
    expect(errorOf(parentRecord)?.code).toBe('FORBIDDEN');

    // My deadlines: the advocate and the parent see it; an unassigned advocate does not,
    // until the organization lets advocates see every case.
    const forAdvocate = ok<{
      deadlines: { ruleId: string; studentName: string; proceedingKind: string }[];
    }>(await api.graphql(DEADLINES, { days: 30 }, { cookie: cookies.advocate })).deadlines;
    expect(forAdvocate.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['resolution_meeting', 'resolution_period_end']),
    );
    expect(forAdvocate[0]).toMatchObject({
      studentName: 'Sam Rivera',
      proceedingKind: 'due_process',
    });
    expect(
      ok<{ deadlines: unknown[] }>(
        await api.graphql(DEADLINES, { days: 30 }, { cookie: cookies.parent }),
      ).deadlines.length,
    ).toBe(forAdvocate.length);
    expect(
      ok<{ deadlines: unknown[] }>(
        await api.graphql(DEADLINES, { days: 30 }, { cookie: cookies.otherAdvocate }),
      ).deadlines,
    ).toEqual([]);
    await asSuperuser((c) =>
      c.query(
        `UPDATE organizations SET settings = '{"advocatesSeeAllCases": true}' WHERE id = $1`,
        [organization.id],
      ),
    );
    expect(
      ok<{ deadlines: unknown[] }>(
        await api.graphql(DEADLINES, { days: 30 }, { cookie: cookies.otherAdvocate }),
      ).deadlines.length,
    ).toBe(forAdvocate.length);
  });

  it('school-day deadlines say needs_calendar until the district calendar is stored', async () => {
    const { organization, advocate, cookies } = await organizationWithPeople();
    const { student } = await factories.newFamily(organization);
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const opened = ok<{ openProceeding: { id: string } }>(
      await api.graphql(
        OPEN,
        { input: { caseId: caseRow.id, kind: 'discipline' } },
        { cookie: cookies.advocate },
      ),
    ).openProceeding;
    const removal = daysAgo(2);
    const before = ok<{
      recordProceedingEvent: { deadlines: { ruleId: string; status: string }[] };
    }>(
      await api.graphql(
        RECORD,
        { input: { proceedingId: opened.id, type: 'removal_decision', date: removal } },
        { cookie: cookies.advocate },
      ),
    ).recordProceedingEvent;
    expect(before.deadlines).toEqual([
      expect.objectContaining({ ruleId: 'manifestation_determination', status: 'needs_calendar' }),
    ]);

    const year = Number(removal.slice(0, 4));
    const badCalendar = await api.graphql(
      `mutation ($input: SaveDistrictCalendarInput!) { saveDistrictCalendar(input: $input) { id } }`,
      {
        input: {
          state: 'CA',
          district: 'Oakland Unified',
          firstDay: `${year}-13-01`,
          lastDay: `${year + 1}-06-10`,
          nonSchoolDays: [],
        },
      },
      { cookie: cookies.advocate },
    );
    expect(errorOf(badCalendar)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstDay' });
    ok(
      await api.graphql(
        `mutation ($input: SaveDistrictCalendarInput!) { saveDistrictCalendar(input: $input) { id } }`,
        {
          input: {
            state: 'CA',
            district: 'oakland unified',
            firstDay: `${year - 1}-08-01`,
            lastDay: `${year + 1}-06-10`,
            nonSchoolDays: [],
          },
        },
        { cookie: cookies.advocate },
      ),
    );
    const listed = ok<{ districtCalendars: { district: string }[] }>(
      await api.graphql('{ districtCalendars { district } }', {}, { cookie: cookies.advocate }),
    );
    expect(listed.districtCalendars).toHaveLength(1);
    const after = ok<{
      recordProceedingEvent: {
        deadlines: { ruleId: string; status: string; due: string | null }[];
      };
    }>(
      await api.graphql(
        RECORD,
        {
          input: {
            proceedingId: opened.id,
            type: 'manifestation_determination_held',
            date: daysAgo(1),
          },
        },
        { cookie: cookies.advocate },
      ),
    ).recordProceedingEvent;
    const md = after.deadlines.find((d) => d.ruleId === 'manifestation_determination');
    expect(md?.status).toBe('computed');
    expect(md?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('cases update with coded errors and keep a timeline; assignments change who sees them', async () => {
    const { organization, advocate, otherAdvocate, cookies } = await organizationWithPeople();
    const { student } = await factories.newFamily(organization);
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const UPDATE = `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { status outcome stage internalNotes } }`;
    const noOutcome = await api.graphql(
      UPDATE,
      { input: { caseId: caseRow.id, status: 'RESOLVED' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(noOutcome)).toMatchObject({ code: 'OUTCOME_REQUIRED', field: 'outcome' });
    const badStage = await api.graphql(
      UPDATE,
      { input: { caseId: caseRow.id, stage: 'lawsuit' } },
      { cookie: cookies.advocate },
    );
    expect(errorOf(badStage)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    const resolved = ok<{ updateCase: unknown }>(
      await api.graphql(
        UPDATE,
        {
          input: {
            caseId: caseRow.id,
            status: 'RESOLVED',
            outcome: 'District agreed to compensatory services',
            internalNotes: 'n',
          },
        },
        { cookie: cookies.advocate },
      ),
    );
    expect(resolved.updateCase).toEqual({
      status: 'RESOLVED',
      outcome: 'District agreed to compensatory services',
      stage: 'intake',
      internalNotes: 'n',
    });

    const ASSIGN = `mutation ($input: AssignCaseAdvocatesInput!) { assignCaseAdvocates(input: $input) { advocates { userId } } }`;
    const notAdvocate = await api.graphql(
      ASSIGN,
      { input: { caseId: caseRow.id, advocateUserIds: ['6f1c0a52-3c1e-4d59-9a57-1b0c7f0e2a01'] } },
      { cookie: cookies.admin },
    );
    expect(errorOf(notAdvocate)).toMatchObject({
      code: 'NOT_AN_ADVOCATE',
      field: 'advocateUserIds',
    });
    ok(
      await api.graphql(
        ASSIGN,
        { input: { caseId: caseRow.id, advocateUserIds: [otherAdvocate.user.id] } },
        { cookie: cookies.admin },
      ),
    );
    expect(
      errorOf(await api.graphql(CASE, { id: caseRow.id }, { cookie: cookies.advocate }))?.code,
    ).toBe('NOT_FOUND');
    const seen = ok<{ case: { timeline: { kind: string }[] } }>(
      await api.graphql(CASE, { id: caseRow.id }, { cookie: cookies.otherAdvocate }),
    );
    expect(seen.case.timeline.map((t) => t.kind)).toEqual([
      'status_changed',
      'notes_updated',
      'advocates_assigned',
    ]);
  });

  it("refuses another organization's family, student, intake, case and proceeding", async () => {
    const a = await organizationWithPeople();
    const b = await factories.organization({ name: 'Bravo' });
    const bAdvocate = await factories.member(b, 'ADVOCATE');
    const { family, student } = await factories.newFamily(b);
    const caseRow = await factories.newCase(b, {
      studentId: student.id,
      advocates: [bAdvocate.user],
    });
    const bCookie = await signIn(api, bAdvocate.email, bAdvocate.password);
    const proceeding = ok<{ openProceeding: { id: string } }>(
      await api.graphql(
        OPEN,
        { input: { caseId: caseRow.id, kind: 'state_complaint' } },
        { cookie: bCookie },
      ),
    ).openProceeding;
    for (const cookie of Object.values(a.cookies)) {
      for (const [query, variables] of [
        [`query ($id: ID!) { family(familyId: $id) { id } }`, { id: family.id }],
        [`query ($id: ID!) { student(studentId: $id) { id } }`, { id: student.id }],
        [CASE, { id: caseRow.id }],
        [`query ($id: ID!) { proceeding(proceedingId: $id) { id } }`, { id: proceeding.id }],
        [
          RECORD,
          { input: { proceedingId: proceeding.id, type: 'complaint_filed', date: daysAgo(1) } },
        ],
        [SAVE_DRAFT, { input: { familyId: family.id, lang: 'EN', answers: {} } }],
      ] as const) {
        const result = await api.graphql(query, variables, { cookie });
        expect(errorOf(result)?.code).toBe('NOT_FOUND');
      }
    }
  });
});
