import { GraphQLSchemaHost } from '@nestjs/graphql';
import { waitFor } from './support/wait-for';
import {
  getNamedType,
  getNullableType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { TestSmtpServer } from './support/smtp';

/** What the probes need: ids of one organization's records, tokens from real mail. */
interface Fixture {
  organizationId: string;
  otherOrganizationId: string;
  adminUserId: string;
  advocateUserId: string;
  parentUserId: string;
  parentEmail: string;
  familyId: string;
  studentId: string;
  caseId: string;
  draftIntakeId: string;
  submittedIntakeId: string;
  documentId: string;
  proceedingId: string;
  eventId: string;
  meetingId: string;
  communicationId: string;
  requirementId: string;
  sessionId: string;
  noteId: string;
  taskId: string;
  personId: string;
  mergePersonId: string;
  contactId: string;
  trainingId: string;
  letterId: string;
  draftToDeleteId: string;
  letterDocumentId: string;
  calendarId: string;
  invitationId: string;
  invitationToken: string;
  invitationToResendId: string;
  resetToken: string;
  signUpToken: string;
  membershipId: string;
}

type Variables = Record<string, unknown>;

const day = '2026-01-05';

/** "Save my answers and get help" for an address, to the probe organization's public page. */
const HELP = (email: string) => ({
  organizationSlug: 'probe-org',
  email,
  name: 'Lucía Ramírez',
  password: 'a long enough passphrase',
  childName: 'Diego',
  lang: 'ES',
  answers: {
    state: 'AZ',
    plan_type: 'iep',
    issues: ['services_insufficient'],
    has_decision_date: false,
  },
});
const LETTER_FACTS = {
  parent: { name: 'María Núñez' },
  student: { name: 'Sofía Núñez' },
  district: { name: 'Oakland Unified' },
};

/**
 * A call of every mutation that the API accepts as it stands (the last test makes each one
 * for real), so that a probe changes exactly one leaf of an otherwise valid call. Ordered so
 * that a call that ends a record (delete, revoke, sign out) comes after those that use it.
 */
const BASE_CALLS: Record<string, (f: Fixture) => Variables> = {
  setOrganizationTimeZone: () => ({ input: { timeZone: 'America/Chicago' } }),
  submitAnnualReport: () => ({ year: 2024 }),
  updateOrganizationSettings: () => ({
    input: { name: 'Probe Center', advocatesSeeAllCases: true, deadlineReminderDays: 5 },
  }),
  setReportList: () => ({
    input: {
      name: 'languages',
      items: [
        { code: 'en', en: 'English', es: 'Inglés' },
        { en: 'Somali', es: 'Somalí' },
      ],
    },
  }),
  resetReportList: () => ({ name: 'languages' }),
  createPerson: () => ({
    input: {
      name: 'Ana Probe',
      role: 'parent',
      email: 'ana.probe@example.org',
      phone: '(555) 010-2222',
    },
  }),
  updatePerson: (f) => ({ input: { id: f.personId, name: 'Ana P.', email: 'ana.p@example.org' } }),
  createTraining: () => ({
    input: {
      title: 'Probe workshop',
      delivery: 'in_person',
      funded: true,
      topics: ['iep'],
      presenters: ['Rosa'],
      sessions: [{ startsAt: '2026-03-01T18:00:00.000Z', minutes: 60 }],
    },
  }),
  addTrainingAttendee: (f) => ({
    input: {
      trainingId: f.trainingId,
      newPerson: { name: 'Attendee Probe', email: 'attendee@example.org' },
    },
  }),
  setTrainingHeadcount: (f) => ({ trainingId: f.trainingId, role: 'parent', count: 5 }),
  importSignInSheet: (f) => ({
    trainingId: f.trainingId,
    csv: 'name,email\nSheet Probe,sheet@example.org\n',
  }),
  logOutreach: () => ({
    input: {
      kind: 'newsletter',
      occurredOn: '2026-03-01',
      description: 'Spring newsletter',
      count: 300,
    },
  }),
  logCall: () => ({ input: { name: 'Caller Probe', phone: '(555) 010-3333', topic: 'iep' } }),
  logContact: (f) => ({
    input: {
      personId: f.personId,
      mode: 'meeting',
      delivery: 'virtual',
      notes: 'Talked',
      topics: ['iep'],
    },
  }),
  updateContact: (f) => ({
    input: { id: f.contactId, notes: 'More about the IEP', followUp: 'Call back' },
  }),
  updateOrganizationPublicPage: () => ({
    input: {
      slug: 'probe-org',
      enabled: true,
      statesServed: ['CA'],
      countiesServed: ['Alameda (CA)'],
      languages: ['en', 'es'],
      contactPhone: '(555) 010-1000',
      contactEmail: 'help@probe.example',
      website: 'https://probe.example',
      address: '1 Main Street',
      brandColor: '#1f5f8b',
    },
  }),
  createFamily: (f) => ({
    input: { name: 'Okafor', primaryLanguage: 'EN', parentUserIds: [f.parentUserId] },
  }),
  updateFamily: (f) => ({ input: { familyId: f.familyId, name: 'Rivera-Okafor' } }),
  createStudent: (f) => ({
    input: {
      familyId: f.familyId,
      name: 'Ana Rivera',
      planType: 'IEP',
      state: 'CA',
      dateOfBirth: '2016-05-01',
      district: 'Oakland Unified',
      school: 'Lincoln Elementary',
      grade: '3',
      ethnicity: 'not_hispanic_latino',
      disabilityCategories: ['autism'],
      raceCategories: ['asian'],
    },
  }),
  updateStudent: (f) => ({
    input: { studentId: f.studentId, name: 'Sam Rivera', dateOfBirth: '2015-04-02' },
  }),
  saveIntakeDraft: (f) => ({
    input: {
      intakeId: f.draftIntakeId,
      familyId: f.familyId,
      studentId: f.studentId,
      lang: 'EN',
      answers: {
        state: 'CA',
        plan_type: 'iep',
        issues: ['services_not_provided'],
        has_decision_date: false,
      },
    },
  }),
  submitIntake: (f) => ({ intakeId: f.draftIntakeId }),
  createCaseFromIntake: (f) => ({
    input: {
      intakeId: f.submittedIntakeId,
      studentId: f.studentId,
      confirmedState: 'CA',
      issueCategories: ['services_not_provided'],
      advocateUserIds: [f.advocateUserId],
    },
  }),
  updateCase: (f) => ({
    input: {
      caseId: f.caseId,
      internalNotes: 'Called the district.',
      issueCategories: ['services_not_provided'],
      stage: 'intake',
    },
  }),
  assignCaseAdvocates: (f) => ({
    input: { caseId: f.caseId, advocateUserIds: [f.advocateUserId] },
  }),
  confirmCaseState: (f) => ({ input: { caseId: f.caseId, state: 'CA' } }),
  openProceeding: (f) => ({ input: { caseId: f.caseId, kind: 'due_process', filedBy: 'parent' } }),
  recordProceedingEvent: (f) => ({
    input: { proceedingId: f.proceedingId, type: 'resolution_meeting_held', date: day },
  }),
  correctProceedingEvent: (f) => ({
    input: { eventId: f.eventId, type: 'complaint_received', date: day, reason: 'Typo' },
  }),
  saveDistrictCalendar: (f) => ({
    input: {
      calendarId: f.calendarId,
      state: 'CA',
      district: 'Oakland Unified',
      firstDay: '2026-08-12',
      lastDay: '2027-06-03',
      nonSchoolDays: ['2026-11-26'],
    },
  }),
  logMeeting: (f) => ({
    input: {
      caseId: f.caseId,
      heldOn: day,
      kind: 'iep',
      attendees: ['Ms. Park'],
      followUps: 'Send the draft.',
      parentObjections: 'None.',
      proposed: 'Speech twice a week.',
      documentIds: [f.documentId],
    },
  }),
  updateMeeting: (f) => ({
    input: { meetingId: f.meetingId, heldOn: day, followUps: 'Sent.', documentIds: [] },
  }),
  logCommunication: (f) => ({
    input: {
      caseId: f.caseId,
      occurredOn: day,
      mode: 'phone',
      summary: 'Asked for records.',
      parties: ['Principal'],
      documentIds: [f.documentId],
    },
  }),
  updateCommunication: (f) => ({
    input: { communicationId: f.communicationId, occurredOn: day, summary: 'Records asked.' },
  }),
  addServiceRequirement: (f) => ({
    input: {
      caseId: f.caseId,
      service: 'Speech',
      minutes: 60,
      frequency: 'WEEKLY',
      startDate: '2026-01-05',
      endDate: '2026-06-05',
      provider: 'District SLP',
    },
  }),
  updateServiceRequirement: (f) => ({
    input: { requirementId: f.requirementId, service: 'Speech therapy', startDate: day },
  }),
  logServiceSession: (f) => ({
    input: {
      requirementId: f.requirementId,
      date: day,
      minutes: 30,
      status: 'MISSED',
      reason: 'Provider absent',
    },
  }),
  updateServiceSession: (f) => ({ input: { sessionId: f.sessionId, date: day, minutes: 25 } }),
  addNote: (f) => ({ input: { caseId: f.caseId, body: 'A note.', visibility: 'INTERNAL' } }),
  updateNote: (f) => ({ input: { noteId: f.noteId, body: 'A better note.' } }),
  createTask: (f) => ({
    input: { caseId: f.caseId, title: 'Call', dueOn: '2026-02-01', assigneeUserId: f.adminUserId },
  }),
  updateTask: (f) => ({ input: { taskId: f.taskId, title: 'Call back', dueOn: '2026-02-02' } }),
  updateDocument: (f) => ({
    input: { documentId: f.documentId, title: 'IEP 2026', documentDate: '2026-01-02' },
  }),
  draftLetter: (f) => ({
    input: { caseId: f.caseId, template: 'records_request', lang: 'EN', facts: LETTER_FACTS },
  }),
  reviseLetter: (f) => ({
    input: {
      letterId: f.letterId,
      baseVersion: 1,
      title: 'Records request',
      blocks: [
        { type: 'heading', text: 'Request', level: 1 },
        { type: 'paragraph', text: 'Please send the records.' },
        { type: 'list', items: ['IEP', 'Evaluations'], ordered: false },
        { type: 'address', lines: ['1 Main St', 'Oakland, CA'] },
        { type: 'signature', closing: 'Sincerely,', name: 'María Núñez' },
      ],
    },
  }),
  saveLetterToDocuments: (f) => ({ input: { letterId: f.letterId, format: 'DOCX' } }),
  setLetterStatus: (f) => ({ input: { letterId: f.letterId, status: 'FINAL' } }),
  saveBinderToDocuments: (f) => ({
    input: {
      proceedingId: f.proceedingId,
      documentIds: [f.letterDocumentId],
      lang: 'EN',
      includeInternal: true,
    },
  }),
  inviteMember: () => ({ email: 'new.member@example.org', role: 'ADVOCATE' }),
  startPhoneIntake: () => ({
    input: {
      parentName: 'Ana Torres',
      phone: '(555) 010-4433',
      email: 'ana.torres@example.org',
      primaryLanguage: 'ES',
      childName: 'Mateo',
      state: 'AZ',
      planType: 'IEP',
      grade: '3',
      school: 'Mesa Verde Elementary',
    },
  }),
  inviteFamilyParent: (f) => ({
    input: { familyId: f.familyId, email: 'second.parent@example.org' },
  }),
  resendInvitation: (f) => ({ invitationId: f.invitationToResendId }),
  updateMemberRole: (f) => ({ membershipId: f.membershipId, role: 'PARENT' }),
  createCalendarFeed: () => ({}),
  revokeCalendarFeed: () => ({}),
  requestPasswordReset: (f) => ({ email: f.parentEmail }),
  resetPassword: (f) => ({ token: f.resetToken, password: 'a new long passphrase' }),
  acceptInvitation: (f) => ({
    input: { token: f.invitationToken, name: 'Nia Okafor', password: 'a long enough passphrase' },
  }),
  archiveDocument: (f) => ({ documentId: f.documentId }),
  restoreDocument: (f) => ({ documentId: f.documentId }),
  deleteServiceSession: (f) => ({ sessionId: f.sessionId }),
  deleteServiceRequirement: (f) => ({ requirementId: f.requirementId }),
  deleteMeeting: (f) => ({ meetingId: f.meetingId }),
  deleteCommunication: (f) => ({ communicationId: f.communicationId }),
  deleteNote: (f) => ({ noteId: f.noteId }),
  deleteContact: (f) => ({ id: f.contactId }),
  mergePeople: (f) => ({ keepId: f.personId, mergeId: f.mergePersonId }),
  deleteTask: (f) => ({ taskId: f.taskId }),
  deleteLetter: (f) => ({ letterId: f.draftToDeleteId }),
  revokeInvitation: (f) => ({ invitationId: f.invitationToResendId }),
  removeMember: (f) => ({ membershipId: f.membershipId }),
  switchOrganization: (f) => ({ organizationId: f.otherOrganizationId }),
  signIn: (f) => ({ email: f.parentEmail, password: 'a new long passphrase' }),
  requestHelp: () => ({ input: HELP('help.probe@example.org') }),
  confirmSignUp: (f) => ({ token: f.signUpToken }),
  signOut: () => ({}),
};

/** Made by someone following a mailed link or signing in: sent without a session. */
const PUBLIC = new Set([
  'signIn',
  'requestPasswordReset',
  'resetPassword',
  'acceptInvitation',
  'requestHelp',
  'confirmSignUp',
]);

/** Mutations no valid call can be made for here, each with why. None today. */
const WITHOUT_BASE_CALL: Record<string, string> = {};

const BAD_TEXT: [string, string, string][] = [
  ['a NUL character', 'a\u0000b', 'TEXT_CONTROL_CHARACTER'],
  ['a lone surrogate', '\ud800', 'TEXT_BROKEN_CHARACTER'],
];
const BAD_DATES: [string, string, string][] = [
  ['year 0', '0000-01-01', 'DATE_INVALID'],
  ['a day February does not have', '2026-02-30', 'DATE_INVALID'],
];
/** The inputs that hold a calendar day (`YYYY-MM-DD`), by their names in the schema. */
const DATE_LEAF = /[dD]ate|On$|Days?$/;

interface Leaf {
  /** Field names from the argument down; `[]` marks a list. */
  path: string[];
  type: GraphQLInputType;
  field: string;
}

/** Every String, ID and JSON leaf under an argument, through input objects and lists. */
function leavesOf(name: string, type: GraphQLInputType, path: string[] = []): Leaf[] {
  const nullable = getNullableType(type);
  if (nullable instanceof GraphQLList) {
    const item = getNullableType(nullable.ofType);
    if (item instanceof GraphQLInputObjectType)
      return Object.values(item.getFields()).flatMap((f) =>
        leavesOf(f.name, f.type, [...path, name, '[]']),
      );
  }
  if (nullable instanceof GraphQLInputObjectType)
    return Object.values(nullable.getFields()).flatMap((f) =>
      leavesOf(f.name, f.type, [...path, name]),
    );
  const named = getNamedType(type);
  if (named instanceof GraphQLScalarType && ['String', 'ID', 'JSON'].includes(named.name))
    return [{ path: [...path, name], type, field: name }];
  return [];
}

/** The base call with one leaf replaced; a list leaf becomes a list of that value. */
function withLeaf(base: Variables, leaf: Leaf, value: string): Variables {
  const variables = structuredClone(base);
  let target: Record<string, unknown> = variables;
  const path = leaf.path;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (path[i + 1] === '[]') {
      const list = Array.isArray(target[key]) ? (target[key] as Record<string, unknown>[]) : [];
      target[key] = [{ ...(list[0] ?? {}) }];
      target = (target[key] as Record<string, unknown>[])[0]!;
      i++;
    } else {
      target[key] = { ...(target[key] ?? {}) };
      target = target[key] as Record<string, unknown>;
    }
  }
  const named = getNamedType(leaf.type);
  const last = path.at(-1)!;
  const leafValue = named.name === 'JSON' ? { probe: value } : value;
  target[last] = getNullableType(leaf.type) instanceof GraphQLList ? [leafValue] : leafValue;
  return variables;
}

/**
 * The field an error must name: the path below an `input` object (`blocks[0].text`), the
 * argument's own name otherwise, the probed list entry `[0]`, the JSON value's `probe` key.
 */
function expectedField(leaf: Leaf, argument: GraphQLArgument): string {
  const path =
    getNullableType(argument.type) instanceof GraphQLInputObjectType
      ? leaf.path.slice(1)
      : leaf.path;
  let field = path.join('.').replaceAll('.[]', '[0]');
  if (getNullableType(leaf.type) instanceof GraphQLList) field += '[0]';
  if (getNamedType(leaf.type).name === 'JSON') field += '.probe';
  return field;
}

function operation(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = getNamedType(field.type) instanceof GraphQLObjectType ? '{ __typename }' : '';
  return `mutation Probe${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

/** Every row of every table and every queued job, as one value to compare. */
async function everything(): Promise<string> {
  return asSuperuser(async (client) => {
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const parts: string[] = [];
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query<{ digest: string }>(
        `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM "${tablename}" t`,
      );
      parts.push(`${tablename}:${rows[0]!.digest}`);
    }
    // Archiving moves a job from one table to the other: a new job is what changes the sum.
    const jobs = await client.query<{ n: string }>(
      'SELECT ((SELECT count(*) FROM pgboss.job) + (SELECT count(*) FROM pgboss.archive))::text AS n',
    );
    parts.push(`jobs:${jobs.rows[0]!.n}`);
    return parts.join('\n');
  });
}

/**
 * Waits until no job that is due waits or runs: a mail an earlier call queued writes its
 * delivery when a worker sends it, which is not the probed call's doing.
 */
async function jobsSettled(): Promise<void> {
  await waitFor(
    'the queued jobs to run',
    async () =>
      (
        await asSuperuser((c) =>
          c.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pgboss.job
              WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
          ),
        )
      ).rows[0]!.n === 0,
    { timeoutMs: 15_000 },
  );
}

describe('text and dates a database cannot keep', () => {
  let api: TestApi;
  let smtp: TestSmtpServer;
  let schema: GraphQLSchema;
  let fixture: Fixture;
  let cookie: string;

  beforeAll(async () => {
    await resetDatabase();
    smtp = await TestSmtpServer.start();
    api = await TestApi.start({
      SMTP_URL: smtp.url,
      JOB_POLLING_SECONDS: '1',
      PORTAL_URL: 'http://portal.test',
    });
    schema = api.app.get(GraphQLSchemaHost).schema;
    const factories = new Factories(api.unitOfWork);
    const organization = await factories.organization({ name: 'Probe Org' });
    const other = await factories.organization({ name: 'Other Org' });
    // Published, so a family can ask it for help (requestHelp, confirmSignUp).
    await asSuperuser((c) =>
      c.query(
        `UPDATE organizations SET slug = 'probe-org', public_page_enabled = true, states_served = '{AZ}' WHERE id = $1`,
        [organization.id],
      ),
    );
    const helped = await api.graphql(
      'mutation ($i: RequestHelpInput!) { requestHelp(input: $i) }',
      {
        i: HELP('help.fixture@example.org'),
      },
    );
    expect(helped.errors).toBeUndefined();
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: 'Ada Admin' });
    await factories.member(other, 'ORG_ADMIN', { email: admin.email });
    const advocate = await factories.member(organization, 'ADVOCATE', { name: 'Avi Advocate' });
    const parent = await factories.member(organization, 'PARENT', {
      name: 'María Núñez',
      email: 'maria@example.org',
    });
    const leaving = await factories.member(organization, 'ADVOCATE', { name: 'Lee Leaving' });
    cookie = await signIn(api, admin.email, admin.password);
    const { family, student } = await factories.newFamily(organization, {
      parents: [parent.user],
    });
    const caseRow = await factories.newCase(organization, {
      studentId: student.id,
      advocates: [admin.user, advocate.user],
    });
    const draft = await factories.newIntake(organization, {
      familyId: family.id,
      studentId: student.id,
      status: 'DRAFT',
    });
    const submitted = await factories.newIntake(organization, {
      familyId: family.id,
      studentId: student.id,
    });
    const document = await factories.newDocument(organization, { caseId: caseRow.id });

    const as = async <T>(query: string, variables: Variables = {}): Promise<T> => {
      const result = await api.graphql<T>(query, variables, { cookie });
      if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
      return result.data!;
    };
    const proceeding = await as<{ openProceeding: { id: string } }>(
      'mutation ($c: ID!) { openProceeding(input: { caseId: $c, kind: due_process, filedBy: parent }) { id } }',
      { c: caseRow.id },
    );
    const recorded = await as<{ recordProceedingEvent: { events: { id: string }[] } }>(
      'mutation ($p: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $p, type: "complaint_received", date: $d }) { events { id } } }',
      { p: proceeding.openProceeding.id, d: '2026-01-02' },
    );
    const meeting = await as<{ logMeeting: { id: string } }>(
      'mutation ($c: ID!, $d: String!) { logMeeting(input: { caseId: $c, heldOn: $d, kind: iep }) { id } }',
      { c: caseRow.id, d: day },
    );
    const communication = await as<{ logCommunication: { id: string } }>(
      'mutation ($c: ID!, $d: String!) { logCommunication(input: { caseId: $c, occurredOn: $d, mode: phone, summary: "Call" }) { id } }',
      { c: caseRow.id, d: day },
    );
    const requirement = await as<{ addServiceRequirement: { id: string } }>(
      'mutation ($c: ID!, $d: String!) { addServiceRequirement(input: { caseId: $c, service: "Speech", minutes: 60, frequency: WEEKLY, startDate: $d }) { id } }',
      { c: caseRow.id, d: '2026-01-05' },
    );
    const session = await as<{ logServiceSession: { sessions: { id: string }[] } }>(
      'mutation ($r: ID!, $d: String!) { logServiceSession(input: { requirementId: $r, date: $d, minutes: 30, status: DELIVERED }) { sessions { id } } }',
      { r: requirement.addServiceRequirement.id, d: day },
    );
    const note = await as<{ addNote: { id: string } }>(
      'mutation ($c: ID!) { addNote(input: { caseId: $c, body: "Note", visibility: INTERNAL }) { id } }',
      { c: caseRow.id },
    );
    const task = await as<{ createTask: { id: string } }>(
      'mutation ($c: ID!) { createTask(input: { caseId: $c, title: "Task" }) { id } }',
      { c: caseRow.id },
    );
    const letter = await as<{ draftLetter: { id: string } }>(
      'mutation ($c: ID!, $f: JSON!) { draftLetter(input: { caseId: $c, template: records_request, lang: EN, facts: $f }) { id } }',
      { c: caseRow.id, f: LETTER_FACTS },
    );
    const draftToDelete = await as<{ draftLetter: { id: string } }>(
      'mutation ($c: ID!, $f: JSON!) { draftLetter(input: { caseId: $c, template: records_request, lang: EN, facts: $f }) { id } }',
      { c: caseRow.id, f: LETTER_FACTS },
    );
    // A document with its file stored, as a binder reads it.
    const letterDocument = await as<{ saveLetterToDocuments: { id: string } }>(
      'mutation ($l: ID!) { saveLetterToDocuments(input: { letterId: $l, format: PDF }) { id } }',
      { l: letter.draftLetter.id },
    );
    const toResend = await as<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(email: "resent@example.org", role: PARENT) { id } }',
    );
    const calendar = await as<{ saveDistrictCalendar: { id: string } }>(
      'mutation { saveDistrictCalendar(input: { state: "CA", district: "Oakland Unified", firstDay: "2026-08-12", lastDay: "2027-06-03", nonSchoolDays: [] }) { id } }',
    );
    const invitation = await as<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(email: "invitee@example.org", role: PARENT) { id } }',
    );
    await as('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: parent.email });
    const members = await as<{ organizationMembers: { id: string; user: { id: string } }[] }>(
      '{ organizationMembers { id user { id } } }',
    );
    const caller = await as<{ logCall: { id: string; personId: string } }>(
      'mutation { logCall(input: { name: "Fixture Caller", phone: "(555) 010-4444", topic: "iep" }) { id personId } }',
    );
    const duplicate = await as<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Fixture Calller" }) { id } }',
    );
    const training = await as<{ createTraining: { id: string } }>(
      'mutation { createTraining(input: { title: "Fixture workshop", delivery: virtual, funded: true, sessions: [{ startsAt: "2026-02-01T18:00:00.000Z" }] }) { id } }',
    );
    fixture = {
      trainingId: training.createTraining.id,
      personId: caller.logCall.personId,
      mergePersonId: duplicate.createPerson.id,
      contactId: caller.logCall.id,
      organizationId: organization.id,
      otherOrganizationId: other.id,
      adminUserId: admin.user.id,
      advocateUserId: advocate.user.id,
      parentUserId: parent.user.id,
      parentEmail: parent.email,
      familyId: family.id,
      studentId: student.id,
      caseId: caseRow.id,
      draftIntakeId: draft.id,
      submittedIntakeId: submitted.id,
      documentId: document.id,
      proceedingId: proceeding.openProceeding.id,
      eventId: recorded.recordProceedingEvent.events[0]!.id,
      meetingId: meeting.logMeeting.id,
      communicationId: communication.logCommunication.id,
      requirementId: requirement.addServiceRequirement.id,
      sessionId: session.logServiceSession.sessions[0]!.id,
      noteId: note.addNote.id,
      taskId: task.createTask.id,
      letterId: letter.draftLetter.id,
      draftToDeleteId: draftToDelete.draftLetter.id,
      letterDocumentId: letterDocument.saveLetterToDocuments.id,
      calendarId: calendar.saveDistrictCalendar.id,
      invitationId: invitation.inviteMember.id,
      invitationToken: TestSmtpServer.token(await smtp.mailTo('invitee@example.org')),
      invitationToResendId: toResend.inviteMember.id,
      resetToken: TestSmtpServer.token(await smtp.mailTo(parent.email)),
      signUpToken: TestSmtpServer.token(await smtp.mailTo('help.fixture@example.org')),
      membershipId: members.organizationMembers.find((m) => m.user.id === leaving.user.id)!.id,
    };
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const mutations = () => Object.values(schema.getMutationType()!.getFields());

  it('has a base call, or a stated reason for none, for every mutation in the schema', () => {
    const names = mutations()
      .map((m) => m.name)
      .sort();
    const listed = [...Object.keys(BASE_CALLS), ...Object.keys(WITHOUT_BASE_CALL)].sort();
    expect(listed).toEqual(names);
  });

  it('refuses NUL, lone surrogates and impossible dates in every argument of every mutation, naming the field, saving nothing', async () => {
    const unmet: string[] = [];
    let probes = 0;
    for (const mutation of mutations()) {
      const base = BASE_CALLS[mutation.name];
      if (!base) continue;
      const query = operation(mutation);
      await jobsSettled();
      const before = await everything();
      for (const argument of mutation.args) {
        for (const leaf of leavesOf(argument.name, argument.type)) {
          const bad = [
            ...BAD_TEXT,
            ...(DATE_LEAF.test(leaf.field) && getNamedType(leaf.type).name === 'String'
              ? BAD_DATES
              : []),
          ];
          for (const [what, value, key] of bad) {
            probes++;
            const result = await api.graphql(
              query,
              withLeaf(base(fixture), leaf, value),
              PUBLIC.has(mutation.name) ? {} : { cookie },
            );
            const error = result.errors?.[0];
            const got = {
              status: result.status,
              code: error?.extensions?.code,
              key: (error?.extensions as { key?: string } | undefined)?.key,
              field: error?.extensions?.field,
            };
            const want = {
              status: 200,
              code: 'BAD_USER_INPUT',
              key,
              field: expectedField(leaf, argument),
            };
            if (JSON.stringify(got) !== JSON.stringify(want))
              unmet.push(
                `${mutation.name} ${leaf.path.join('.')} with ${what}: ${JSON.stringify(got)} ${JSON.stringify(error?.message ?? '')}`,
              );
          }
        }
      }
      await jobsSettled();
      if ((await everything()) !== before) unmet.push(`${mutation.name}: a refused call wrote`);
    }
    expect(unmet).toEqual([]);
    expect(probes).toBeGreaterThan(300);
  }, 300_000);

  it('accepts every base call as it stands, so each probe changed only the bad leaf', async () => {
    const refused: string[] = [];
    for (const [name, base] of Object.entries(BASE_CALLS)) {
      const field = schema.getMutationType()!.getFields()[name]!;
      const result = await api.graphql(
        operation(field),
        base(fixture),
        PUBLIC.has(name) ? {} : { cookie },
      );
      if (result.errors) refused.push(`${name}: ${JSON.stringify(result.errors[0])}`);
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
