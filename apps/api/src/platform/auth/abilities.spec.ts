import { subject } from '@casl/ability';
import { defineAbilitiesFor } from './abilities';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const actor = (role: 'ORG_ADMIN' | 'ADVOCATE' | 'PARENT') => ({
  userId: 'u1',
  sessionId: 's1',
  organizationId: ORG,
  role,
});
const membership = (organizationId: string, userId = 'u2') =>
  subject('Membership', { organizationId, userId });

describe(defineAbilitiesFor.name, () => {
  it('an org admin manages members of their own organization only', () => {
    const ability = defineAbilitiesFor(actor('ORG_ADMIN'));
    expect(ability.can('update', membership(ORG))).toBe(true);
    expect(ability.can('update', membership(OTHER))).toBe(false);
    expect(ability.can('update', subject('Organization', { id: ORG }))).toBe(true);
  });

  it('an advocate reads members but changes none', () => {
    const ability = defineAbilitiesFor(actor('ADVOCATE'));
    expect(ability.can('read', membership(ORG))).toBe(true);
    expect(ability.can('update', membership(ORG))).toBe(false);
  });

  it('a parent sees only their own membership', () => {
    const ability = defineAbilitiesFor(actor('PARENT'));
    expect(ability.can('read', membership(ORG, 'u1'))).toBe(true);
    expect(ability.can('read', membership(ORG, 'u2'))).toBe(false);
  });

  it('no active organization, no abilities', () => {
    expect(
      defineAbilitiesFor({ userId: 'u1', sessionId: null, organizationId: null, role: null }).rules,
    ).toEqual([]);
    expect(defineAbilitiesFor(null).rules).toEqual([]);
  });

  describe('a family’s records', () => {
    const caseFile = (
      type: 'Family' | 'Case' | 'Intake',
      people: { parentUserIds?: string[]; advocateUserIds?: string[] },
      extra: { organizationId?: string; awaitingTriage?: boolean; status?: string } = {},
    ) =>
      subject(type, {
        organizationId: extra.organizationId ?? ORG,
        parentUserIds: people.parentUserIds ?? [],
        advocateUserIds: people.advocateUserIds ?? [],
        awaitingTriage: extra.awaitingTriage ?? false,
        ...(extra.status ? { status: extra.status } : {}),
      });

    it('an org admin reads and changes every case of the organization, and none elsewhere', () => {
      const ability = defineAbilitiesFor(actor('ORG_ADMIN'));
      expect(ability.can('update', caseFile('Case', {}))).toBe(true);
      expect(ability.can('read', caseFile('Case', {}, { organizationId: OTHER }))).toBe(false);
    });

    it('an advocate works the cases assigned to them, or all of them when the organization says so', () => {
      const ability = defineAbilitiesFor(actor('ADVOCATE'));
      expect(ability.can('update', caseFile('Case', { advocateUserIds: ['u9', 'u1'] }))).toBe(true);
      expect(ability.can('read', caseFile('Case', { advocateUserIds: ['u9'] }))).toBe(false);
      const seeAll = defineAbilitiesFor(actor('ADVOCATE'), { advocatesSeeAllCases: true });
      expect(seeAll.can('read', caseFile('Case', { advocateUserIds: ['u9'] }))).toBe(true);
      expect(seeAll.can('read', caseFile('Case', {}, { organizationId: OTHER }))).toBe(false);
    });

    it('every advocate may pick up an intake awaiting triage', () => {
      const ability = defineAbilitiesFor(actor('ADVOCATE'));
      expect(ability.can('update', caseFile('Intake', {}, { awaitingTriage: true }))).toBe(true);
      expect(ability.can('read', caseFile('Intake', {}, { status: 'DRAFT' }))).toBe(false);
    });

    it('a parent reads only their own family’s case, never its internal notes, and changes no case', () => {
      const ability = defineAbilitiesFor(actor('PARENT'));
      const own = caseFile('Case', { parentUserIds: ['u1'] });
      expect(ability.can('read', own)).toBe(true);
      expect(ability.can('read', own, 'internalNotes')).toBe(false);
      expect(ability.can('update', own)).toBe(false);
      expect(ability.can('read', caseFile('Case', { parentUserIds: ['u2'] }))).toBe(false);
    });

    it('a parent edits their intake only while it is a draft', () => {
      const ability = defineAbilitiesFor(actor('PARENT'));
      expect(
        ability.can('update', caseFile('Intake', { parentUserIds: ['u1'] }, { status: 'DRAFT' })),
      ).toBe(true);
      expect(
        ability.can(
          'update',
          caseFile('Intake', { parentUserIds: ['u1'] }, { status: 'SUBMITTED' }),
        ),
      ).toBe(false);
    });
  });

  describe('letters', () => {
    const letter = (
      status: 'DRAFT' | 'FINAL',
      people: { parentUserIds?: string[]; advocateUserIds?: string[] },
      organizationId = ORG,
    ) =>
      subject('Letter', {
        organizationId,
        parentUserIds: people.parentUserIds ?? [],
        advocateUserIds: people.advocateUserIds ?? [],
        status,
      });

    it('an org admin drafts, edits and deletes every letter of the organization, and none elsewhere', () => {
      const ability = defineAbilitiesFor(actor('ORG_ADMIN'));
      expect(ability.can('update', letter('DRAFT', {}))).toBe(true);
      expect(ability.can('delete', letter('FINAL', {}))).toBe(true);
      expect(ability.can('read', letter('FINAL', {}, OTHER))).toBe(false);
    });

    it('an advocate works the letters of the cases assigned to them', () => {
      const ability = defineAbilitiesFor(actor('ADVOCATE'));
      expect(ability.can('create', 'Letter')).toBe(true);
      expect(ability.can('update', letter('DRAFT', { advocateUserIds: ['u1'] }))).toBe(true);
      expect(ability.can('read', letter('FINAL', { advocateUserIds: ['u9'] }))).toBe(false);
    });

    it('a parent reads only the final letters of their own case, never drafts or earlier versions', () => {
      const ability = defineAbilitiesFor(actor('PARENT'));
      const own = letter('FINAL', { parentUserIds: ['u1'] });
      expect(ability.can('read', own)).toBe(true);
      expect(ability.can('read', own, 'versions')).toBe(false);
      expect(ability.can('update', own)).toBe(false);
      expect(ability.can('create', 'Letter')).toBe(false);
      expect(ability.can('read', letter('DRAFT', { parentUserIds: ['u1'] }))).toBe(false);
      expect(ability.can('read', letter('FINAL', { parentUserIds: ['u2'] }))).toBe(false);
    });
  });

  describe('a case’s records (meetings, services, communications, notes, tasks)', () => {
    const record = (
      type: 'Meeting' | 'Communication' | 'ServiceSession' | 'Note' | 'Task',
      fields: {
        parentUserIds?: string[];
        advocateUserIds?: string[];
        visibility?: string;
        authorUserId?: string | null;
        assigneeUserId?: string | null;
      } = {},
    ) =>
      subject(type, {
        organizationId: ORG,
        parentUserIds: [],
        advocateUserIds: [],
        ...fields,
      });

    it('a parent reads their own case’s meetings, sessions and communications, and changes none', () => {
      const ability = defineAbilitiesFor(actor('PARENT'));
      for (const type of ['Meeting', 'Communication', 'ServiceSession'] as const) {
        expect(ability.can('read', record(type, { parentUserIds: ['u1'] }))).toBe(true);
        expect(ability.can('read', record(type, { parentUserIds: ['u9'] }))).toBe(false);
        expect(ability.can('update', record(type, { parentUserIds: ['u1'] }))).toBe(false);
        expect(ability.can('create', record(type, { parentUserIds: ['u1'] }))).toBe(false);
      }
    });

    it('a parent never reads an internal note, and writes only shared ones', () => {
      const ability = defineAbilitiesFor(actor('PARENT'));
      const own = { parentUserIds: ['u1'] };
      expect(ability.can('read', record('Note', { ...own, visibility: 'INTERNAL' }))).toBe(false);
      expect(ability.can('read', record('Note', { ...own, visibility: 'SHARED' }))).toBe(true);
      expect(ability.can('create', record('Note', { ...own, visibility: 'INTERNAL' }))).toBe(false);
      expect(ability.can('create', record('Note', { ...own, visibility: 'SHARED' }))).toBe(true);
      const theirs = { ...own, visibility: 'SHARED', authorUserId: 'u2' };
      expect(ability.can('update', record('Note', theirs))).toBe(false);
      expect(ability.can('delete', record('Note', theirs))).toBe(false);
      expect(ability.can('update', record('Note', { ...theirs, authorUserId: 'u1' }))).toBe(true);
    });

    it('a parent sees only tasks assigned to them and may only tick them done', () => {
      const ability = defineAbilitiesFor(actor('PARENT'));
      const mine = record('Task', { parentUserIds: ['u1'], assigneeUserId: 'u1' });
      expect(ability.can('read', mine)).toBe(true);
      expect(ability.can('update', mine, 'done')).toBe(true);
      expect(ability.can('update', mine, 'title')).toBe(false);
      expect(ability.can('delete', mine)).toBe(false);
      expect(
        ability.can('read', record('Task', { parentUserIds: ['u1'], assigneeUserId: 'u2' })),
      ).toBe(false);
    });

    it('an advocate works the records of their cases, and rewrites only notes they wrote', () => {
      const ability = defineAbilitiesFor(actor('ADVOCATE'));
      const assigned = { advocateUserIds: ['u1'] };
      expect(ability.can('create', record('Meeting', assigned))).toBe(true);
      expect(ability.can('read', record('Meeting', { advocateUserIds: ['u2'] }))).toBe(false);
      const internal = { ...assigned, visibility: 'INTERNAL' };
      expect(ability.can('read', record('Note', internal))).toBe(true);
      expect(ability.can('update', record('Note', { ...internal, authorUserId: 'u1' }))).toBe(true);
      expect(ability.can('update', record('Note', { ...internal, authorUserId: 'u2' }))).toBe(
        false,
      );
      expect(ability.can('delete', record('Note', { ...internal, authorUserId: 'u2' }))).toBe(true);
    });
  });
});
