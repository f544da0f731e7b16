import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/**
 * Advocates' work: caseload, intakes awaiting triage, deadlines. Shown to whoever may update
 * cases (advocates and org admins), never to parents, who may only read their own.
 */
export function advocateNav(): NavItem[] {
  const worksCases: NavItem['visible'] = ({ ability }) => ability.can('update', 'Case');
  return [
    { href: resolve('/caseload'), label: m.advocate_nav_caseload, visible: worksCases },
    { href: resolve('/intakes'), label: m.advocate_nav_intakes, visible: worksCases },
    { href: resolve('/deadlines'), label: m.advocate_nav_deadlines, visible: worksCases },
  ];
}
