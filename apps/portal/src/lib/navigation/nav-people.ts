import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import type { NavItem } from './nav';

/**
 * Staff log a call from any page: the site navigation always offers it (three fields, one
 * click), the contacts it makes, the people they were with, trainings and outreach.
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
      href: resolve('/people'),
      label: m.people_nav_people,
      visible: ({ ability }) => ability.can('read', 'Person'),
    },
    {
      // Merging deletes one of the two records: org admins only.
      href: resolve('/people/duplicates'),
      label: m.people_nav_duplicates,
      visible: ({ ability }) => ability.can('delete', 'Person'),
    },
    {
      href: resolve('/outreach'),
      label: m.people_nav_outreach,
      visible: ({ ability }) => ability.can('read', 'OutreachActivity'),
    },
    {
      href: resolve('/trainings'),
      label: m.trainings_nav,
      visible: ({ ability }) => ability.can('read', 'Training'),
    },
  ];
}
