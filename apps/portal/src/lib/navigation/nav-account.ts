import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/**
 * Organization administration: members, audit log, the organization's settings, development
 * mailbox. Each entry shows
 * when the CASL rules allow what its page's guard checks, so no one is offered a 403.
 */
export function accountNav(): NavItem[] {
  return [
    {
      href: resolve('/members'),
      label: () => m.account_nav_members(),
      visible: ({ ability }) => ability.can('manage', 'Membership'),
    },
    {
      href: resolve('/audit'),
      label: () => m.account_nav_audit(),
      visible: ({ ability }) => ability.can('read', 'AuditEvent'),
    },
    {
      href: resolve('/organization'),
      label: () => m.settings_nav_organization(),
      visible: ({ ability }) => ability.can('update', 'Organization'),
    },
    {
      href: resolve('/organization/settings'),
      label: () => m.orgsettings_nav(),
      visible: ({ ability }) => ability.can('update', 'Organization'),
    },
    {
      href: resolve('/mailbox'),
      label: () => m.account_nav_mailbox(),
      visible: ({ ability }) => ability.can('read', 'Invitation'),
    },
  ];
}
