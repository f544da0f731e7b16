import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/**
 * A family's own pages: intake, guidance, their case. Parents see both; an advocate may
 * enter an intake on a family's behalf (CASL lets them create intakes) and follows cases in
 * their caseload rather than on "My case", which is written to a parent.
 */
export function familyNav(): NavItem[] {
  return [
    {
      href: resolve('/intake'),
      label: m.family_nav_intake,
      visible: ({ me, ability }) => me.role === 'PARENT' && ability.can('create', 'Intake'),
    },
    // Staff see it as what it is for them: entering a new intake on a family's behalf, next
    // to "Triage" (the submitted ones).
    {
      href: resolve('/intake'),
      label: m.family_nav_new_intake,
      visible: ({ me, ability }) => me.role !== 'PARENT' && ability.can('create', 'Intake'),
    },
    {
      href: resolve('/family'),
      label: m.family_area_nav,
      visible: ({ me, ability }) => me.role === 'PARENT' && ability.can('create', 'Student'),
    },
    {
      href: resolve('/my-case'),
      label: m.family_nav_my_case,
      visible: ({ me }) => me.role === 'PARENT',
    },
  ];
}
