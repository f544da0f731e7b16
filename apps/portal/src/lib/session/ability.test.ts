import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { abilityFor } from './ability';

// Rules as the API sends them for an org admin and a parent of the same organization.
const organizationId = 'a2b1c3d4-0000-4000-8000-000000000001';
const adminRules = [
  { action: 'read', subject: 'Organization', conditions: { id: organizationId } },
  { action: 'manage', subject: 'Membership', conditions: { organizationId } },
  { action: 'read', subject: 'AuditEvent' },
  { action: 'manage', subject: 'Invitation' },
];
const parentRules = [
  { action: 'read', subject: 'Membership', conditions: { organizationId, userId: 'u-1' } },
  {
    action: 'read',
    subject: 'Case',
    conditions: { organizationId, parentUserIds: { $all: ['u-1'] } },
  },
  { action: 'read', subject: 'Case', inverted: true, fields: ['internalNotes'] },
];

describe('abilityFor', () => {
  it('lets an org admin manage members and read the audit log', () => {
    const ability = abilityFor({ abilities: adminRules });
    expect(ability.can('manage', 'Membership')).toBe(true);
    expect(ability.can('read', 'AuditEvent')).toBe(true);
    expect(ability.can('create', 'Invitation')).toBe(true);
  });

  it('keeps a parent away from admin pages and from internal notes', () => {
    const ability = abilityFor({ abilities: parentRules });
    expect(ability.can('manage', 'Membership')).toBe(false);
    expect(ability.can('read', 'AuditEvent')).toBe(false);
    expect(ability.can('read', 'Case')).toBe(true);
    expect(ability.can('read', 'Case', 'internalNotes')).toBe(false);
  });

  it('evaluates conditions against a record', () => {
    const ability = abilityFor({ abilities: parentRules });
    const own = subject('Case', { organizationId, parentUserIds: ['u-1'] });
    const other = subject('Case', { organizationId, parentUserIds: ['u-2'] });
    expect(ability.can('read', own)).toBe(true);
    expect(ability.can('read', other)).toBe(false);
  });

  it('allows nothing when signed out or when the rules are malformed', () => {
    expect(abilityFor(null).can('read', 'Organization')).toBe(false);
    expect(abilityFor({ abilities: 'nonsense' }).can('read', 'Organization')).toBe(false);
  });
});
