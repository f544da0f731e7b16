import type {
  CommunicationMode,
  MeetingKind,
  NoteVisibility,
  ServiceFrequency,
  ServicePeriodStatus,
  ServiceSessionStatus,
} from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';

/** The API's codes in the reader's language; a `switch` so a new code fails the type check. */
export function frequencyLabel(frequency: ServiceFrequency): string {
  switch (frequency) {
    case 'WEEKLY':
      return m.caselogs_frequency_weekly();
    case 'MONTHLY':
      return m.caselogs_frequency_monthly();
  }
}

export function sessionStatusLabel(status: ServiceSessionStatus): string {
  switch (status) {
    case 'DELIVERED':
      return m.caselogs_status_delivered();
    case 'MISSED':
      return m.caselogs_status_missed();
  }
}

/**
 * What the log shows for a week or month. A running period with nothing logged is not yet
 * "not logged": its sessions may still come.
 */
export function periodStatusLabel(status: ServicePeriodStatus, elapsed: boolean): string {
  switch (status) {
    case 'NO_SCHOOL':
      return m.ledger_status_no_school();
    case 'MET':
      return m.ledger_status_met();
    case 'NOT_LOGGED':
      return elapsed ? m.ledger_status_not_logged() : m.ledger_status_not_yet();
    case 'MISSED':
      return m.ledger_status_missed();
    case 'SHORT':
      return m.ledger_status_short();
  }
}

export function visibilityLabel(visibility: NoteVisibility): string {
  switch (visibility) {
    case 'INTERNAL':
      return m.caselogs_visibility_internal();
    case 'SHARED':
      return m.caselogs_visibility_shared();
  }
}

export const MEETING_KINDS: MeetingKind[] = [
  'iep',
  'ifsp',
  'plan_504',
  'eligibility',
  'resolution',
  'mediation',
  'facilitation',
  'hearing',
  'other',
];

export function meetingKindLabel(kind: MeetingKind): string {
  switch (kind) {
    case 'iep':
      return m.caselogs_meeting_iep();
    case 'ifsp':
      return m.caselogs_meeting_ifsp();
    case 'plan_504':
      return m.caselogs_meeting_plan_504();
    case 'hearing':
      return m.caselogs_meeting_hearing();
    case 'eligibility':
      return m.caselogs_meeting_eligibility();
    case 'resolution':
      return m.caselogs_meeting_resolution();
    case 'mediation':
      return m.caselogs_meeting_mediation();
    case 'facilitation':
      return m.caselogs_meeting_facilitation();
    case 'other':
      return m.caselogs_meeting_other();
  }
}

export const COMMUNICATION_MODES: CommunicationMode[] = [
  'phone',
  'email_or_text',
  'letter',
  'in_person_meeting',
  'virtual_meeting',
];

export function communicationModeLabel(mode: CommunicationMode): string {
  switch (mode) {
    case 'phone':
      return m.caselogs_mode_phone();
    case 'email_or_text':
      return m.caselogs_mode_email_or_text();
    case 'letter':
      return m.caselogs_mode_letter();
    case 'in_person_meeting':
      return m.caselogs_mode_in_person_meeting();
    case 'virtual_meeting':
      return m.caselogs_mode_virtual_meeting();
  }
}
