import type { OrganizationEntity } from '../src/modules/identity/organization.entity';
import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

const CONTACT =
  'id personId personName role mode delivery occurredAt staffName topics minutes notes';
const LOG_CALL = `mutation ($input: LogCallInput!) { logCall(input: $input) { ${CONTACT} } }`;
const LOG = `mutation ($input: LogContactInput!) { logContact(input: $input) { ${CONTACT} } }`;
const UPDATE = `mutation ($input: UpdateContactInput!) { updateContact(input: $input) { ${CONTACT} } }`;

interface Contact {
  id: string;
  personId: string;
  personName: string;
  role: string;
  mode: string;
  delivery: string | null;
  staffName: string | null;
  topics: string[];
}

/** People and individual-assistance contacts (issue 15). */
describe('people and contacts', () => {
  let api: TestApi;
  let factories: Factories;
  let org: OrganizationEntity;
  let other: OrganizationEntity;
  const cookies: Record<string, string> = {};
  const users: Record<string, { id: string }> = {};

  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
    await resetDatabase();
    org = await factories.organization({ name: 'Valley Parent Center' });
    other = await factories.organization({ name: 'Other Center' });
    for (const [key, organization, role, name] of [
      ['admin', org, 'ORG_ADMIN', 'Ada Admin'],
      ['advocate', org, 'ADVOCATE', 'Avi Advocate'],
      ['advocate2', org, 'ADVOCATE', 'Bea Advocate'],
      ['parent', org, 'PARENT', 'Pia Parent'],
      ['otherAdmin', other, 'ORG_ADMIN', 'Olga Other'],
    ] as const) {
      const member = await factories.member(organization, role, { name });
      users[key] = member.user;
      cookies[key] = await signIn(api, member.email, member.password);
    }
  });
  afterAll(() => api.close());

  async function call<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    return api.graphql<T>(query, variables, { cookie: cookies[who]! });
  }
  async function ok<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    const result = await call<T>(who, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  it('logs a call in three fields, finding the caller again by their number', async () => {
    const first = await ok<{ logCall: Contact }>('advocate', LOG_CALL, {
      input: { name: 'Carmen Ruiz', phone: '(555) 010-4400', topic: 'iep' },
    });
    expect(first.logCall).toMatchObject({
      personName: 'Carmen Ruiz',
      role: 'parent',
      mode: 'phone',
      delivery: null,
      staffName: 'Avi Advocate',
      topics: ['iep'],
    });
    // Calling again from the same number, written another way: the same person.
    const second = await ok<{ logCall: Contact }>('admin', LOG_CALL, {
      input: { name: 'Carmen R.', phone: '555.010.4400', topic: 'evaluation' },
    });
    expect(second.logCall.personId).toBe(first.logCall.personId);
    const bad = await call('advocate', LOG_CALL, {
      input: { name: '', phone: '12', topic: 'not-a-topic' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    const badTopic = await call('advocate', LOG_CALL, {
      input: { name: 'X', phone: '(555) 010-9999', topic: 'not-a-topic' },
    });
    expect(badTopic.errors?.[0]?.extensions).toMatchObject({
      key: 'CHOICE_INVALID',
      field: 'topic',
    });
  });

  it('asks in person or virtual for a meeting, and only for a meeting', async () => {
    const noDelivery = await call('advocate', LOG, {
      input: { newPerson: { name: 'Dev Professional', role: 'professional' }, mode: 'meeting' },
    });
    expect(noDelivery.errors?.[0]?.extensions).toMatchObject({
      key: 'CONTACT_DELIVERY_REQUIRED',
      field: 'delivery',
    });
    const phoneWithDelivery = await call('advocate', LOG, {
      input: { newPerson: { name: 'Dev Professional' }, mode: 'phone', delivery: 'virtual' },
    });
    expect(phoneWithDelivery.errors?.[0]?.extensions).toMatchObject({
      key: 'CONTACT_DELIVERY_NOT_MEETING',
    });
    // Nothing half-saved: the person of the refused contact was not created either.
    const people = await ok<{ people: { name: string }[] }>(
      'admin',
      '{ people(search: "Dev") { name } }',
    );
    expect(people.people).toEqual([]);
    const meeting = await ok<{ logContact: Contact }>('advocate', LOG, {
      input: {
        newPerson: { name: 'Dev Professional', role: 'professional', email: 'dev@school.example' },
        mode: 'meeting',
        delivery: 'virtual',
        topics: ['transition'],
        minutes: 45,
      },
    });
    expect(meeting.logContact).toMatchObject({ role: 'professional', delivery: 'virtual' });
  });

  it('audits every change to a contact, and lets an advocate change only their own', async () => {
    const { logCall } = await ok<{ logCall: Contact }>('advocate', LOG_CALL, {
      input: { name: 'Eli Moss', phone: '(555) 010-5500', topic: 'rights' },
    });
    const denied = await call('advocate2', UPDATE, { input: { id: logCall.id, mode: 'letter' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const changed = await ok<{ updateContact: Contact }>('admin', UPDATE, {
      input: { id: logCall.id, mode: 'letter', minutes: 15 },
    });
    expect(changed.updateContact.mode).toBe('letter');
    const audit = await asSuperuser((c) =>
      c.query<{ details: Record<string, unknown> }>(
        `SELECT details FROM audit_events WHERE action = 'contact.update' AND subject_id = $1`,
        [logCall.id],
      ),
    );
    expect(audit.rows[0]!.details).toMatchObject({
      'mode.from': 'phone',
      'mode.to': 'letter',
      'minutes.from': null,
      'minutes.to': 15,
    });
  });

  it('finds likely duplicates and merges them, keeping every contact', async () => {
    const a = await ok<{ logCall: Contact }>('admin', LOG_CALL, {
      input: { name: 'Fatima Haddad', phone: '(555) 010-6600', topic: 'iep' },
    });
    const b = await ok<{ logContact: Contact }>('admin', LOG, {
      input: { newPerson: { name: 'Fatima Hadad', email: 'fatima@example.org' }, mode: 'letter' },
    });
    const pairs = await ok<{
      personDuplicates: { first: { id: string }; second: { id: string }; reason: string }[];
    }>('admin', '{ personDuplicates { first { id } second { id } reason } }');
    const pair = pairs.personDuplicates.find(
      (p) =>
        [p.first.id, p.second.id].sort().join() ===
        [a.logCall.personId, b.logContact.personId].sort().join(),
    );
    expect(pair?.reason).toBe('name');
    expect(
      (await call('advocate', '{ personDuplicates { reason } }')).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const merged = await ok<{
      mergePeople: { person: { id: string; email: string; phone: string }; moved: number };
    }>(
      'admin',
      'mutation ($k: ID!, $m: ID!) { mergePeople(keepId: $k, mergeId: $m) { person { id email phone } moved } }',
      { k: a.logCall.personId, m: b.logContact.personId },
    );
    expect(merged.mergePeople).toEqual({
      person: { id: a.logCall.personId, email: 'fatima@example.org', phone: '(555) 010-6600' },
      moved: 1,
    });
    const theirs = await ok<{ contacts: { mode: string }[] }>(
      'admin',
      'query ($p: ID!) { contacts(personId: $p) { mode } }',
      { p: a.logCall.personId },
    );
    expect(theirs.contacts.map((c) => c.mode).sort()).toEqual(['letter', 'phone']);
    const audit = await asSuperuser((c) =>
      c.query(`SELECT 1 FROM audit_events WHERE action = 'person.merge' AND subject_id = $1`, [
        a.logCall.personId,
      ]),
    );
    expect(audit.rowCount).toBe(1);
  });

  it("never shows a parent contacts or people, nor one organization's to another", async () => {
    const { logCall } = await ok<{ logCall: Contact }>('advocate', LOG_CALL, {
      input: { name: 'Gina Secret', phone: '(555) 010-7700', topic: 'iep' },
    });
    for (const query of ['{ people { id } }', '{ contacts { id } }']) {
      expect((await call('parent', query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (
        await call('parent', LOG_CALL, {
          input: { name: 'P', phone: '(555) 010-1111', topic: 'iep' },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const theirs = await ok<{ people: { name: string }[]; contacts: { id: string }[] }>(
      'otherAdmin',
      '{ people { name } contacts { id } }',
    );
    expect(theirs).toEqual({ people: [], contacts: [] });
    for (const query of [
      'query ($id: ID!) { contact(id: $id) { id } }',
      'query ($id: ID!) { person(id: $id) { id } }',
    ]) {
      const id = query.includes('contact') ? logCall.id : logCall.personId;
      expect((await call('otherAdmin', query, { id })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
    }
    const update = await call('otherAdmin', UPDATE, { input: { id: logCall.id, mode: 'letter' } });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("shows each person with their contacts counted, their trainings and their case's communications", async () => {
    const { family, student } = await factories.newFamily(org, { name: 'Okafor' });
    const caseFile = await factories.newCase(org, {
      studentId: student.id,
      advocates: [users.advocate!],
    });
    const records = await factories.parentCenterRecords(org, {
      familyId: family.id,
      name: 'Ngozi Okafor',
    });
    const theirs = await factories.parentCenterRecords(other, { name: 'Ngozi Elsewhere' });
    const LOG_COMMUNICATION = `mutation ($input: LogCommunicationInput!) {
      logCommunication(input: $input) { id personId personName } }`;
    const input = {
      caseId: caseFile.id,
      occurredOn: '2026-03-02',
      mode: 'phone',
      summary: 'Talked about the evaluation',
    };
    // Who was spoken with is one of the organization's people, never another's.
    for (const personId of [theirs.person.id, '9b2f4c1e-0000-4000-8000-000000000000']) {
      const refused = await call('advocate', LOG_COMMUNICATION, { input: { ...input, personId } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        key: 'COMMUNICATION_PERSON_UNKNOWN',
        field: 'personId',
      });
    }
    const logged = await ok<{
      logCommunication: { id: string; personId: string; personName: string };
    }>('advocate', LOG_COMMUNICATION, { input: { ...input, personId: records.person.id } });
    expect(logged.logCommunication).toMatchObject({
      personId: records.person.id,
      personName: 'Ngozi Okafor',
    });

    const PERSON = `query ($id: ID!) { person(id: $id) {
      name familyName contactCount lastContactAt
      trainings { trainingId title }
      caseCommunications { id caseId studentName occurredOn mode summary } } }`;
    const seen = await ok<{
      person: {
        familyName: string;
        contactCount: number;
        lastContactAt: string;
        trainings: { trainingId: string; title: string }[];
        caseCommunications: { id: string; studentName: string; mode: string }[];
      };
    }>('admin', PERSON, { id: records.person.id });
    expect(seen.person).toMatchObject({
      familyName: 'Okafor',
      contactCount: 1,
      lastContactAt: records.contact.occurredAt.toISOString(),
      trainings: [{ trainingId: records.training.id, title: 'Ngozi Okafor workshop' }],
      caseCommunications: [
        { id: logged.logCommunication.id, studentName: 'Sam Rivera', mode: 'phone' },
      ],
    });
    // An advocate not on the case reads the person, not the case's log.
    const unassigned = await ok<{ person: { caseCommunications: unknown[] } }>(
      'advocate2',
      PERSON,
      { id: records.person.id },
    );
    expect(unassigned.person.caseCommunications).toEqual([]);

    // The list: by audience and by family, each with its contacts counted.
    const family_ = await ok<{ people: { name: string; contactCount: number }[] }>(
      'advocate',
      'query ($f: ID!) { people(familyId: $f) { name contactCount } }',
      { f: family.id },
    );
    expect(family_.people).toEqual([{ name: 'Ngozi Okafor', contactCount: 1 }]);
    const professionals = await ok<{ people: { role: string }[] }>(
      'admin',
      '{ people(role: professional) { role } }',
    );
    expect(professionals.people.length).toBeGreaterThan(0);
    expect(new Set(professionals.people.map((p) => p.role))).toEqual(new Set(['professional']));

    // Changing who was spoken with, then naming nobody.
    const UPDATE_COMMUNICATION = `mutation ($input: UpdateCommunicationInput!) {
      updateCommunication(input: $input) { personId personName } }`;
    const otherOrgs = await call('advocate', UPDATE_COMMUNICATION, {
      input: { communicationId: logged.logCommunication.id, personId: theirs.person.id },
    });
    expect(otherOrgs.errors?.[0]?.extensions).toMatchObject({ field: 'personId' });
    const cleared = await ok<{ updateCommunication: { personId: string | null } }>(
      'advocate',
      UPDATE_COMMUNICATION,
      { input: { communicationId: logged.logCommunication.id, personId: '' } },
    );
    expect(cleared.updateCommunication).toEqual({ personId: null, personName: null });
  });
});
