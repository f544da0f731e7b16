import { describe, expect, it } from 'vitest';
import { abilityFor } from '$lib/session/ability';
import { caseLogSubject } from './ability';

// Rules as the API sends them (platform/auth/abilities.ts) for an advocate and a parent.
const organizationId = 'org-1';
const advocateRules = [
  {
    action: ['create', 'read', 'update', 'delete'],
    subject: ['Meeting', 'Communication', 'Note'],
    conditions: { organizationId, advocateUserIds: { $all: ['adv-1'] } },
  },
  {
    action: 'update',
    subject: 'Note',
    inverted: true,
    conditions: { authorUserId: { $ne: 'adv-1' } },
  },
];
const own = { organizationId, parentUserIds: { $all: ['par-1'] } };
const parentRules = [
  { action: 'read', subject: ['Meeting', 'Communication'], conditions: own },
  { action: 'read', subject: 'Note', conditions: { ...own, visibility: 'SHARED' } },
  {
    action: ['update', 'delete'],
    subject: 'Note',
    conditions: { ...own, visibility: 'SHARED', authorUserId: 'par-1' },
  },
];
const advocate = {
  user: { id: 'adv-1', name: 'A', email: 'a@x' },
  role: 'ADVOCATE' as const,
  activeOrganization: { id: organizationId, name: 'Org', timeZone: 'UTC' },
};
const parent = {
  ...advocate,
  user: { id: 'par-1', name: 'P', email: 'p@x' },
  role: 'PARENT' as const,
};
const caseFile = { advocates: [{ userId: 'adv-1' }] };

describe('caseLogSubject', () => {
  it("lets the case's advocate change its meetings, and no other advocate", () => {
    const ability = abilityFor({ abilities: advocateRules });
    expect(ability.can('update', caseLogSubject('Meeting', advocate, caseFile))).toBe(true);
    const other = { advocates: [{ userId: 'adv-2' }] };
    expect(ability.can('update', caseLogSubject('Meeting', advocate, other))).toBe(false);
  });

  it('lets staff delete any note of the case but rewrite only their own', () => {
    const ability = abilityFor({ abilities: advocateRules });
    const theirs = caseLogSubject('Note', advocate, caseFile, { authorUserId: 'adv-2' });
    const mine = caseLogSubject('Note', advocate, caseFile, { authorUserId: 'adv-1' });
    expect(ability.can('delete', theirs)).toBe(true);
    expect(ability.can('update', theirs)).toBe(false);
    expect(ability.can('update', mine)).toBe(true);
  });

  it('lets a parent read meetings but change only the shared notes they wrote', () => {
    const ability = abilityFor({ abilities: parentRules });
    expect(ability.can('read', caseLogSubject('Meeting', parent, caseFile))).toBe(true);
    expect(ability.can('update', caseLogSubject('Meeting', parent, caseFile))).toBe(false);
    expect(ability.can('delete', caseLogSubject('Communication', parent, caseFile))).toBe(false);
    const mine = { visibility: 'SHARED', authorUserId: 'par-1' };
    expect(ability.can('update', caseLogSubject('Note', parent, caseFile, mine))).toBe(true);
    const staffs = { visibility: 'SHARED', authorUserId: 'adv-1' };
    expect(ability.can('delete', caseLogSubject('Note', parent, caseFile, staffs))).toBe(false);
  });
});
