import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/** The annual report, for the organization's admins. */
export function reportsNav(): NavItem[] {
  return [
    {
      href: resolve('/reports/annual'),
      label: m.reports_nav,
      visible: ({ ability }) => ability.can('read', 'AnnualReport'),
    },
  ];
}
