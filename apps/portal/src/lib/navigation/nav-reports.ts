import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/** The dashboard for staff (an advocate's own work), and the annual report for org admins. */
export function reportsNav(): NavItem[] {
  return [
    {
      href: resolve('/dashboard'),
      label: m.dashboard_nav,
      visible: ({ ability }) => ability.can('read', 'Dashboard'),
    },
    {
      href: resolve('/reports/annual'),
      label: m.reports_nav,
      visible: ({ ability }) => ability.can('read', 'AnnualReport'),
    },
  ];
}
