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
});
