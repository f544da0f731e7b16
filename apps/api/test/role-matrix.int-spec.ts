import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

type Role = 'ORG_ADMIN' | 'ADVOCATE' | 'PARENT';
type Fixture = {
  invitationId: string;
  targetMembershipId: string;
  otherOrganizationId: string;
  familyId: string;
  studentId: string;
  caseId: string;
  intakeId: string;
  draftIntakeId: string;
  proceedingId: string;
  eventId: string;
  advocateUserId: string;
  letterId: string;
  finalLetterId: string;
  documentId: string;
  meetingId: string;
  communicationId: string;
  requirementId: string;
  sessionId: string;
  sharedNoteId: string;
  taskId: string;
};
const ALL: Role[] = ['ORG_ADMIN', 'ADVOCATE', 'PARENT'];
const STAFF: Role[] = ['ORG_ADMIN', 'ADVOCATE'];
const LETTER_FACTS =
  '{ parent: { name: "Rosa Rivera" }, student: { name: "Sam Rivera" }, district: { name: "Oakland Unified" } }';
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

/**
 * Each role x each operation -> allowed or denied, in the active organization. Mirrored in
 * docs/security.md: change both together.
 */
const MATRIX: [
  operation: string,
  query: string,
  variables: (f: Fixture) => Record<string, unknown>,
  allowed: Role[],
][] = [
  ['me', '{ me { role } }', () => ({}), ['ORG_ADMIN', 'ADVOCATE', 'PARENT']],
  [
    'switchOrganization',
    'mutation ($id: ID!) { switchOrganization(organizationId: $id) { role } }',
    (f) => ({ id: f.otherOrganizationId }),
    ['ORG_ADMIN', 'ADVOCATE', 'PARENT'],
  ],
  [
    'organizationMembers',
    '{ organizationMembers { id } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE', 'PARENT'],
  ],
  ['invitations', '{ invitations { id } }', () => ({}), ['ORG_ADMIN']],
  [
    'setOrganizationTimeZone',
    'mutation { setOrganizationTimeZone(input: { timeZone: "America/Denver" }) { id } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'organizationPublicPage',
    '{ organizationPublicPage { enabled } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE', 'PARENT'],
  ],
  [
    'updateOrganizationPublicPage',
    'mutation { updateOrganizationPublicPage(input: { countiesServed: ["Alameda (CA)"] }) { enabled } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'organizationSettings',
    '{ organizationSettings { name } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE', 'PARENT'],
  ],
  [
    'updateOrganizationSettings',
    'mutation { updateOrganizationSettings(input: { deadlineReminderDays: 5 }) { name } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'setReportList',
    'mutation { setReportList(input: { name: "languages", items: [{ en: "Somali", es: "Somalí" }] }) { name } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'resetReportList',
    'mutation { resetReportList(name: "languages") { name } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  ['annualReport', '{ annualReport(year: 2025) { programYear } }', () => ({}), ['ORG_ADMIN']],
  [
    'dashboard',
    '{ dashboard(input: { from: "2025-10-01", to: "2025-12-31" }) { deadlinesOverdue } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE'],
  ],
  [
    'annualReportRows',
    '{ annualReportRows(year: 2025, line: "II.1") { total } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'submitAnnualReport',
    'mutation { submitAnnualReport(year: 2024) { programYear } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  ['people', '{ people { id } }', () => ({}), ['ORG_ADMIN', 'ADVOCATE']],
  ['contacts', '{ contacts { id } }', () => ({}), ['ORG_ADMIN', 'ADVOCATE']],
  ['personDuplicates', '{ personDuplicates { reason } }', () => ({}), ['ORG_ADMIN']],
  [
    'logCall',
    'mutation { logCall(input: { name: "Rae Caller", phone: "(555) 010-8181", topic: "iep" }) { id } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE'],
  ],
  [
    'createPerson',
    'mutation { createPerson(input: { name: "Sam Newcomer", role: professional }) { id } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE'],
  ],
  ['trainings', '{ trainings { id } }', () => ({}), ['ORG_ADMIN', 'ADVOCATE']],
  ['outreachActivities', '{ outreachActivities { id } }', () => ({}), ['ORG_ADMIN', 'ADVOCATE']],
  [
    'createTraining',
    'mutation { createTraining(input: { title: "Rights 101", delivery: in_person, funded: true, sessions: [{ startsAt: "2026-03-01T18:00:00.000Z" }] }) { id } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE'],
  ],
  [
    'logOutreach',
    'mutation { logOutreach(input: { kind: "website", occurredOn: "2026-03-01", count: 10 }) { id } }',
    () => ({}),
    ['ORG_ADMIN', 'ADVOCATE'],
  ],
  [
    'inviteMember',
    'mutation { inviteMember(email: "new.person@example.org", role: PARENT) { id } }',
    () => ({}),
    ['ORG_ADMIN'],
  ],
  [
    'resendInvitation',
    'mutation ($id: ID!) { resendInvitation(invitationId: $id) { id } }',
    (f) => ({ id: f.invitationId }),
    ['ORG_ADMIN'],
  ],
  [
    'revokeInvitation',
    'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }',
    (f) => ({ id: f.invitationId }),
    ['ORG_ADMIN'],
  ],
  [
    'updateMemberRole',
    'mutation ($id: ID!) { updateMemberRole(membershipId: $id, role: PARENT) { id } }',
    (f) => ({ id: f.targetMembershipId }),
    ['ORG_ADMIN'],
  ],
  [
    'removeMember',
    'mutation ($id: ID!) { removeMember(membershipId: $id) }',
    (f) => ({ id: f.targetMembershipId }),
    ['ORG_ADMIN'],
  ],
  ['auditEvents', '{ auditEvents { nodes { id } } }', () => ({}), ['ORG_ADMIN']],
  ['developmentMailbox', '{ developmentMailbox { id } }', () => ({}), ['ORG_ADMIN']],
  // The case file: a parent acts on their own family, an advocate on the families of the
  // cases assigned to them (every row's fixture is such a family and case).
  ['families', '{ families { id } }', () => ({}), ALL],
  ['family', 'query ($id: ID!) { family(familyId: $id) { id } }', (f) => ({ id: f.familyId }), ALL],
  [
    'createFamily',
    'mutation { createFamily(input: { name: "Nguyen", primaryLanguage: EN }) { id } }',
    () => ({}),
    ALL,
  ],
  [
    'updateFamily',
    'mutation ($id: ID!) { updateFamily(input: { familyId: $id, name: "Rivera-Lopez" }) { id } }',
    (f) => ({ id: f.familyId }),
    ALL,
  ],
  [
    'student',
    'query ($id: ID!) { student(studentId: $id) { id } }',
    (f) => ({ id: f.studentId }),
    ALL,
  ],
  [
    'createStudent',
    'mutation ($id: ID!) { createStudent(input: { familyId: $id, name: "Ana", state: "NC", planType: NONE }) { id } }',
    (f) => ({ id: f.familyId }),
    ALL,
  ],
  [
    'updateStudent',
    'mutation ($id: ID!) { updateStudent(input: { studentId: $id, grade: "5" }) { id } }',
    (f) => ({ id: f.studentId }),
    ALL,
  ],
  ['districtCalendars', '{ districtCalendars { id } }', () => ({}), STAFF],
  [
    'saveDistrictCalendar',
    'mutation { saveDistrictCalendar(input: { state: "CA", district: "Oakland Unified", firstDay: "2026-08-12", lastDay: "2027-06-03", nonSchoolDays: ["2026-11-26"] }) { id } }',
    () => ({}),
    STAFF,
  ],
  ['intakeQuestionnaire', '{ intakeQuestionnaire(lang: ES) }', () => ({}), ALL],
  ['intakes', '{ intakes { id } }', () => ({}), ALL],
  ['intake', 'query ($id: ID!) { intake(intakeId: $id) { id } }', (f) => ({ id: f.intakeId }), ALL],
  [
    'startPhoneIntake',
    'mutation { startPhoneIntake(input: { parentName: "Ana Torres", phone: "602 555 0147", primaryLanguage: ES, childName: "Mateo", state: "AZ" }) { id } }',
    () => ({}),
    STAFF,
  ],
  [
    'inviteFamilyParent',
    'mutation ($id: ID!) { inviteFamilyParent(input: { familyId: $id, email: "co.parent@example.org" }) { id } }',
    (f) => ({ id: f.familyId }),
    STAFF,
  ],
  [
    'saveIntakeDraft',
    'mutation ($id: ID!) { saveIntakeDraft(input: { familyId: $id, lang: EN, answers: { state: "CA" } }) { id } }',
    (f) => ({ id: f.familyId }),
    ALL,
  ],
  [
    'submitIntake',
    'mutation ($id: ID!) { submitIntake(intakeId: $id) { id } }',
    (f) => ({ id: f.draftIntakeId }),
    ALL,
  ],
  [
    'createCaseFromIntake',
    'mutation ($id: ID!) { createCaseFromIntake(input: { intakeId: $id }) { id } }',
    (f) => ({ id: f.intakeId }),
    STAFF,
  ],
  ['case', 'query ($id: ID!) { case(caseId: $id) { id } }', (f) => ({ id: f.caseId }), ALL],
  ['caseload', '{ caseload { totalCount } }', () => ({}), ALL],
  [
    'updateCase',
    'mutation ($id: ID!) { updateCase(input: { caseId: $id, status: ACTIVE }) { id } }',
    (f) => ({ id: f.caseId }),
    STAFF,
  ],
  [
    'confirmCaseState',
    'mutation ($id: ID!) { confirmCaseState(input: { caseId: $id, state: "NC" }) { id } }',
    (f) => ({ id: f.caseId }),
    STAFF,
  ],
  [
    'case intake, carriedRecommendation, stateQuestion',
    'query ($id: ID!) { case(caseId: $id) { intake { id } carriedRecommendation(lang: ES) { intakeId } stateQuestion { intakeState } } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'intake stateQuestion',
    'query ($id: ID!) { intake(intakeId: $id) { stateQuestion { intakeState studentState } } }',
    (f) => ({ id: f.intakeId }),
    ALL,
  ],
  [
    'assignCaseAdvocates',
    'mutation ($id: ID!, $a: ID!) { assignCaseAdvocates(input: { caseId: $id, advocateUserIds: [$a] }) { id } }',
    (f) => ({ id: f.caseId, a: f.advocateUserId }),
    STAFF,
  ],
  [
    'proceeding',
    'query ($id: ID!) { proceeding(proceedingId: $id) { id } }',
    (f) => ({ id: f.proceedingId }),
    ALL,
  ],
  [
    'openProceeding',
    'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: mediation }) { id } }',
    (f) => ({ id: f.caseId }),
    STAFF,
  ],
  [
    'recordProceedingEvent',
    'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "resolution_meeting_held", date: $d }) { id } }',
    (f) => ({ id: f.proceedingId, d: DAY }),
    STAFF,
  ],
  [
    'correctProceedingEvent',
    'mutation ($id: ID!, $d: String!) { correctProceedingEvent(input: { eventId: $id, type: "complaint_received", date: $d, reason: "wrong day" }) { id } }',
    (f) => ({ id: f.eventId, d: DAY }),
    STAFF,
  ],
  ['deadlines', '{ deadlines { id } }', () => ({}), ALL],
  ['createCalendarFeed', 'mutation { createCalendarFeed { path } }', () => ({}), ALL],
  ['revokeCalendarFeed', 'mutation { revokeCalendarFeed }', () => ({}), ALL],
  // Letters: advocates draft and edit; a parent reads a letter once it is marked FINAL.
  ['letterTemplates', '{ letterTemplates(lang: ES) { id } }', () => ({}), ALL],
  [
    'letterFactsForCase',
    'query ($id: ID!) { letterFactsForCase(caseId: $id, template: records_request, lang: EN) { missing } }',
    (f) => ({ id: f.caseId }),
    STAFF,
  ],
  [
    'draftLetter',
    `mutation ($id: ID!) { draftLetter(input: { caseId: $id, template: records_request, lang: EN, facts: ${LETTER_FACTS} }) { id } }`,
    (f) => ({ id: f.caseId }),
    STAFF,
  ],
  [
    'caseLetters',
    'query ($id: ID!) { caseLetters(caseId: $id) { id } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'letter (draft)',
    'query ($id: ID!) { letter(letterId: $id) { id } }',
    (f) => ({ id: f.letterId }),
    STAFF,
  ],
  [
    'letter (final)',
    'query ($id: ID!) { letter(letterId: $id) { id } }',
    (f) => ({ id: f.finalLetterId }),
    ALL,
  ],
  [
    'reviseLetter',
    'mutation ($id: ID!) { reviseLetter(input: { letterId: $id, blocks: [{ type: paragraph, text: "Edited." }] }) { id } }',
    (f) => ({ id: f.letterId }),
    STAFF,
  ],
  [
    'setLetterStatus',
    'mutation ($id: ID!) { setLetterStatus(input: { letterId: $id, status: FINAL }) { id } }',
    (f) => ({ id: f.letterId }),
    STAFF,
  ],
  // A parent reads a FINAL letter but never writes an internal document (the final one here).
  [
    'saveLetterToDocuments',
    'mutation ($id: ID!) { saveLetterToDocuments(input: { letterId: $id, format: PDF }) { id } }',
    (f) => ({ id: f.finalLetterId }),
    STAFF,
  ],
  [
    'deleteLetter',
    'mutation ($id: ID!) { deleteLetter(letterId: $id) }',
    (f) => ({ id: f.letterId }),
    STAFF,
  ],
  // Documents (the fixture's is shared with the family; internal ones: documents.int-spec.ts).
  [
    'caseDocuments',
    'query ($id: ID!) { caseDocuments(caseId: $id) { id } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'document',
    'query ($id: ID!) { document(documentId: $id) { id } }',
    (f) => ({ id: f.documentId }),
    ALL,
  ],
  [
    'searchCaseRecords',
    'query ($id: ID!) { searchCaseRecords(caseId: $id, query: "education") { id } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'updateDocument',
    'mutation ($id: ID!) { updateDocument(input: { documentId: $id, title: "IEP 2026" }) { id } }',
    (f) => ({ id: f.documentId }),
    STAFF,
  ],
  [
    'archiveDocument',
    'mutation ($id: ID!) { archiveDocument(documentId: $id) { id } }',
    (f) => ({ id: f.documentId }),
    STAFF,
  ],
  [
    'restoreDocument',
    'mutation ($id: ID!) { restoreDocument(documentId: $id) { id } }',
    (f) => ({ id: f.documentId }),
    STAFF,
  ],
  // A case's records: the family reads meetings, services, communications, shared notes and
  // the tasks assigned to them; staff of the case write them.
  ['meetings', 'query ($id: ID!) { meetings(caseId: $id) { id } }', (f) => ({ id: f.caseId }), ALL],
  [
    'meeting',
    'query ($id: ID!) { meeting(meetingId: $id) { id } }',
    (f) => ({ id: f.meetingId }),
    ALL,
  ],
  [
    'logMeeting',
    'mutation ($id: ID!, $d: String!) { logMeeting(input: { caseId: $id, heldOn: $d, kind: iep }) { id } }',
    (f) => ({ id: f.caseId, d: DAY }),
    STAFF,
  ],
  [
    'updateMeeting',
    'mutation ($id: ID!) { updateMeeting(input: { meetingId: $id, followUps: "PWN due" }) { id } }',
    (f) => ({ id: f.meetingId }),
    STAFF,
  ],
  [
    'deleteMeeting',
    'mutation ($id: ID!) { deleteMeeting(meetingId: $id) }',
    (f) => ({ id: f.meetingId }),
    STAFF,
  ],
  [
    'communications',
    'query ($id: ID!) { communications(caseId: $id) { id } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'logCommunication',
    'mutation ($id: ID!, $d: String!) { logCommunication(input: { caseId: $id, occurredOn: $d, mode: phone, summary: "Called" }) { id } }',
    (f) => ({ id: f.caseId, d: DAY }),
    STAFF,
  ],
  [
    'updateCommunication',
    'mutation ($id: ID!) { updateCommunication(input: { communicationId: $id, mode: letter }) { id } }',
    (f) => ({ id: f.communicationId }),
    STAFF,
  ],
  [
    'deleteCommunication',
    'mutation ($id: ID!) { deleteCommunication(communicationId: $id) }',
    (f) => ({ id: f.communicationId }),
    STAFF,
  ],
  [
    'serviceLog',
    'query ($id: ID!) { serviceLog(caseId: $id) { compensatoryMinutesOwed } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'serviceLogCsv',
    'query ($id: ID!) { serviceLogCsv(caseId: $id) }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'addServiceRequirement',
    'mutation ($id: ID!, $d: String!) { addServiceRequirement(input: { caseId: $id, service: "OT", minutes: 30, frequency: MONTHLY, startDate: $d }) { id } }',
    (f) => ({ id: f.caseId, d: DAY }),
    STAFF,
  ],
  [
    'updateServiceRequirement',
    'mutation ($id: ID!) { updateServiceRequirement(input: { requirementId: $id, minutes: 90 }) { id } }',
    (f) => ({ id: f.requirementId }),
    STAFF,
  ],
  [
    'deleteServiceRequirement',
    'mutation ($id: ID!) { deleteServiceRequirement(requirementId: $id) }',
    (f) => ({ id: f.requirementId }),
    STAFF,
  ],
  [
    'logServiceSession',
    'mutation ($id: ID!, $d: String!) { logServiceSession(input: { requirementId: $id, date: $d, minutes: 30, status: DELIVERED }) { id } }',
    (f) => ({ id: f.requirementId, d: DAY }),
    STAFF,
  ],
  [
    'updateServiceSession',
    'mutation ($id: ID!) { updateServiceSession(input: { sessionId: $id, status: MISSED, reason: "Provider absent" }) { id } }',
    (f) => ({ id: f.sessionId }),
    STAFF,
  ],
  [
    'deleteServiceSession',
    'mutation ($id: ID!) { deleteServiceSession(sessionId: $id) { id } }',
    (f) => ({ id: f.sessionId }),
    STAFF,
  ],
  ['notes', 'query ($id: ID!) { notes(caseId: $id) { id } }', (f) => ({ id: f.caseId }), ALL],
  ['note', 'query ($id: ID!) { note(noteId: $id) { id } }', (f) => ({ id: f.sharedNoteId }), ALL],
  [
    'searchCaseNotes',
    'query ($id: ID!) { searchCaseNotes(caseId: $id, query: "meeting") { id } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  [
    'addNote',
    'mutation ($id: ID!) { addNote(input: { caseId: $id, body: "Spoke with the school" }) { id } }',
    (f) => ({ id: f.caseId }),
    ALL,
  ],
  // The fixture's note was written by the org admin: only its author rewrites a note.
  [
    'updateNote',
    'mutation ($id: ID!) { updateNote(input: { noteId: $id, body: "Corrected" }) { id } }',
    (f) => ({ id: f.sharedNoteId }),
    ['ORG_ADMIN'],
  ],
  [
    'deleteNote',
    'mutation ($id: ID!) { deleteNote(noteId: $id) }',
    (f) => ({ id: f.sharedNoteId }),
    STAFF,
  ],
  ['tasks', 'query ($id: ID!) { tasks(caseId: $id) { id } }', (f) => ({ id: f.caseId }), ALL],
  ['myTasks', '{ myTasks { id } }', () => ({}), ALL],
  [
    'createTask',
    'mutation ($id: ID!) { createTask(input: { caseId: $id, title: "Request records" }) { id } }',
    (f) => ({ id: f.caseId }),
    STAFF,
  ],
  [
    'updateTask',
    'mutation ($id: ID!) { updateTask(input: { taskId: $id, done: true }) { id } }',
    (f) => ({ id: f.taskId }),
    STAFF,
  ],
  [
    'deleteTask',
    'mutation ($id: ID!) { deleteTask(taskId: $id) }',
    (f) => ({ id: f.taskId }),
    STAFF,
  ],
];

describe('the role matrix', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  const cases = MATRIX.flatMap(([operation, query, variables, allowed]) =>
    (['ORG_ADMIN', 'ADVOCATE', 'PARENT'] as const).map(
      (role) =>
        [operation, role, allowed.includes(role) ? 'allowed' : 'denied', query, variables] as const,
    ),
  );

  it.each(cases)('%s as %s is %s', async (_operation, role, expected, query, variables) => {
    const organization = await factories.organization();
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const actor = role === 'ORG_ADMIN' ? admin : await factories.member(organization, role);
    const target = await factories.member(organization, 'ADVOCATE');
    const other = await factories.organization();
    await factories.member(other, 'PARENT', { email: actor.email });

    const adminCookie = await signIn(api, admin.email, admin.password);
    const invited = await api.graphql<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(email: "invitee@example.org", role: PARENT) { id } }',
      {},
      { cookie: adminCookie },
    );
    const membership = await asSuperuser((c) =>
      c.query<{ id: string }>(
        'SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2',
        [organization.id, target.user.id],
      ),
    );
    // The actor's own family (a parent) or assigned case (an advocate).
    const parent = role === 'PARENT' ? actor : await factories.member(organization, 'PARENT');
    const advocate = role === 'ADVOCATE' ? actor : await factories.member(organization, 'ADVOCATE');
    const { family, student } = await factories.newFamily(organization, { parents: [parent.user] });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [advocate.user],
    });
    const intake = await factories.newIntake(organization, {
      familyId: family.id,
      studentId: student.id,
    });
    const draft = await factories.newIntake(organization, {
      familyId: family.id,
      studentId: student.id,
      status: 'DRAFT',
    });
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
      { id: caseRow.id },
      { cookie: adminCookie },
    );
    const recorded = await api.graphql<{ recordProceedingEvent: { events: { id: string }[] } }>(
      'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { events { id } } }',
      { id: opened.data!.openProceeding.id, d: DAY },
      { cookie: adminCookie },
    );
    const DRAFT_LETTER = `mutation ($id: ID!) { draftLetter(input: { caseId: $id, template: records_request, lang: EN, facts: ${LETTER_FACTS} }) { id } }`;
    const letter = await api.graphql<{ draftLetter: { id: string } }>(
      DRAFT_LETTER,
      { id: caseRow.id },
      { cookie: adminCookie },
    );
    const finalLetter = await api.graphql<{ draftLetter: { id: string } }>(
      DRAFT_LETTER,
      { id: caseRow.id },
      { cookie: adminCookie },
    );
    await api.graphql(
      'mutation ($id: ID!) { setLetterStatus(input: { letterId: $id, status: FINAL }) { id } }',
      { id: finalLetter.data!.draftLetter.id },
      { cookie: adminCookie },
    );
    const asAdmin = async <T>(query: string, vars: Record<string, unknown>): Promise<T> => {
      const result = await api.graphql<T>(query, vars, { cookie: adminCookie });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    };
    const meeting = await asAdmin<{ logMeeting: { id: string } }>(
      'mutation ($id: ID!, $d: String!) { logMeeting(input: { caseId: $id, heldOn: $d, kind: iep }) { id } }',
      { id: caseRow.id, d: DAY },
    );
    const communication = await asAdmin<{ logCommunication: { id: string } }>(
      'mutation ($id: ID!, $d: String!) { logCommunication(input: { caseId: $id, occurredOn: $d, mode: phone, summary: "Called the school" }) { id } }',
      { id: caseRow.id, d: DAY },
    );
    const requirement = await asAdmin<{ addServiceRequirement: { id: string } }>(
      'mutation ($id: ID!, $d: String!) { addServiceRequirement(input: { caseId: $id, service: "Speech", minutes: 60, frequency: WEEKLY, startDate: $d }) { id } }',
      { id: caseRow.id, d: DAY },
    );
    const session = await asAdmin<{ logServiceSession: { sessions: { id: string }[] } }>(
      'mutation ($id: ID!, $d: String!) { logServiceSession(input: { requirementId: $id, date: $d, minutes: 30, status: DELIVERED }) { sessions { id } } }',
      { id: requirement.addServiceRequirement.id, d: DAY },
    );
    const note = await asAdmin<{ addNote: { id: string } }>(
      'mutation ($id: ID!) { addNote(input: { caseId: $id, body: "The IEP meeting is Tuesday", visibility: SHARED }) { id } }',
      { id: caseRow.id },
    );
    const task = await asAdmin<{ createTask: { id: string } }>(
      'mutation ($id: ID!, $a: ID!) { createTask(input: { caseId: $id, title: "Call the district", assigneeUserId: $a }) { id } }',
      { id: caseRow.id, a: advocate.user.id },
    );
    const fixture: Fixture = {
      invitationId: invited.data!.inviteMember.id,
      targetMembershipId: membership.rows[0]!.id,
      otherOrganizationId: other.id,
      familyId: family.id,
      studentId: student.id,
      caseId: caseRow.id,
      intakeId: intake.id,
      draftIntakeId: draft.id,
      proceedingId: opened.data!.openProceeding.id,
      eventId: recorded.data!.recordProceedingEvent.events[0]!.id,
      advocateUserId: advocate.user.id,
      letterId: letter.data!.draftLetter.id,
      finalLetterId: finalLetter.data!.draftLetter.id,
      documentId: (await factories.newDocument(organization, { caseId: caseRow.id })).id,
      meetingId: meeting.logMeeting.id,
      communicationId: communication.logCommunication.id,
      requirementId: requirement.addServiceRequirement.id,
      sessionId: session.logServiceSession.sessions[0]!.id,
      sharedNoteId: note.addNote.id,
      taskId: task.createTask.id,
    };

    const cookie = await signIn(api, actor.email, actor.password);
    const result = await api.graphql(query, variables(fixture), { cookie });
    const code = result.errors?.[0]?.extensions?.code;
    if (expected === 'allowed') expect(result.errors ?? []).toEqual([]);
    else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
  });
});
