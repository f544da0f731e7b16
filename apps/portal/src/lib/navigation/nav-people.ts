import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/**
 * Staff log a call from any page: the site navigation always offers it (three fields, one
 * click), and the contacts it makes.
 */
export function peopleNav(): NavItem[] {
  return [
    {
      href: resolve('/contacts/call'),
      label: m.people_nav_log_call,
      visible: ({ ability }) => ability.can('create', 'Contact'),
    },
    {
      href: resolve('/contacts'),
      label: m.people_nav_contacts,
      visible: ({ ability }) => ability.can('read', 'Contact'),
    },
    {
      href: resolve('/trainings'),
      label: m.trainings_nav,
      visible: ({ ability }) => ability.can('read', 'Training'),
    },
  ];
}
