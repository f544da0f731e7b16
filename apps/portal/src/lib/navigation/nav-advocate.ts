import type { NavItem } from './nav';

/** Advocates' work: caseload, intakes awaiting triage, deadlines. */
export function advocateNav(): NavItem[] {
  return [];
}
