import type { NavItem } from './nav';

/** A family's own pages: intake, guidance, their case. */
export function familyNav(): NavItem[] {
  return [];
}
