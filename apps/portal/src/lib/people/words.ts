import type { ContactMode, Delivery, PersonRole } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';

/** The API's people codes in the reader's language; a `switch` so a new code fails the type check. */
export function roleWords(role: PersonRole): string {
  switch (role) {
    case 'parent':
      return m.people_role_parent();
    case 'professional':
      return m.people_role_professional();
    case 'student':
      return m.people_role_student();
  }
}

export const PERSON_ROLES: readonly PersonRole[] = ['parent', 'professional', 'student'];

/**
 * How a contact was made, as one choice: a meeting is in person or virtual, anything else has
 * no delivery (the API refuses one).
 */
export const CONTACT_HOWS = [
  'phone',
  'letter',
  'electronic',
  'meeting_in_person',
  'meeting_virtual',
] as const;
export type ContactHow = (typeof CONTACT_HOWS)[number];

export function contactHow(mode: ContactMode, delivery: Delivery | null | undefined): ContactHow {
  if (mode === 'meeting') return delivery === 'virtual' ? 'meeting_virtual' : 'meeting_in_person';
  return mode;
}

export function modeAndDelivery(how: ContactHow): { mode: ContactMode; delivery: Delivery | null } {
  switch (how) {
    case 'meeting_in_person':
      return { mode: 'meeting', delivery: 'in_person' };
    case 'meeting_virtual':
      return { mode: 'meeting', delivery: 'virtual' };
    case 'phone':
    case 'letter':
    case 'electronic':
      return { mode: how, delivery: null };
  }
}

export function howWords(how: ContactHow): string {
  switch (how) {
    case 'phone':
      return m.people_mode_phone();
    case 'letter':
      return m.people_mode_letter();
    case 'electronic':
      return m.people_mode_electronic();
    case 'meeting_in_person':
      return m.people_mode_meeting_in_person();
    case 'meeting_virtual':
      return m.people_mode_meeting_virtual();
  }
}

/** Why `personDuplicates` paired two records (the API says email, phone or name). */
export function duplicateReasonWords(reason: string): string {
  switch (reason) {
    case 'email':
      return m.people_duplicates_reason_email();
    case 'phone':
      return m.people_duplicates_reason_phone();
    default:
      return m.people_duplicates_reason_name();
  }
}
