import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/**
 * The case logs' one entry of the site navigation: tasks given to the signed-in member,
 * across their cases. The logs themselves are reached from each case.
 */
export function caselogsNav(): NavItem[] {
  return [
    {
      href: resolve('/tasks'),
      label: m.caselogs_nav_my_tasks,
      visible: ({ ability }) => ability.can('read', 'Task'),
    },
  ];
}
