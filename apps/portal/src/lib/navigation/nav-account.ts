import type { NavItem } from './nav';

/** Organization administration: members, audit log, development mailbox. */
export function accountNav(): NavItem[] {
  return [];
}
