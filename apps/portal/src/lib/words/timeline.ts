import type {
  CaseStatus,
  CommunicationMode,
  MeetingKind,
  ServiceFrequency,
  ServiceSessionStatus,
} from '@continuum/graphql-client';
import {
  communicationModeLabel,
  COMMUNICATION_MODES,
  frequencyLabel,
  MEETING_KINDS,
  meetingKindLabel,
  sessionStatusLabel,
} from '$lib/caselogs/labels';
import { caseStatusLabel, pathwayTitle } from '$lib/family/labels';
import { m } from '$lib/paraglide/messages';

/**
 * A case's timeline in the reader's language. The API stores each entry as a `kind` and its
 * values (`params`); packages/rules ids among them (a proceeding kind, an event, a deadline
 * rule) come with their words from the rules' catalog. Everything else is worded here. An
 * entry of a kind this portal does not know yet gets a generic heading and no sentence: never
 * its kind or any other code.
 */

export interface TimelineParamInput {
  name: string;
  value: string;
  label?: string | null;
}

export interface TimelineEntryInput {
  kind: string;
  params: readonly TimelineParamInput[];
}

/** How dates read on the page: the family's long dates, the advocate's short ones. */
export type DayFormatter = (isoDate: string) => string;

interface Params {
  /** The value as stored. */
  raw(name: string): string | undefined;
  /** The words the API gave for a rules id, else the value as stored. */
  text(name: string): string | undefined;
}

function paramsOf(entry: TimelineEntryInput): Params {
  const byName = new Map(entry.params.map((p) => [p.name, p]));
  return {
    raw: (name) => byName.get(name)?.value,
    text: (name) => {
      const param = byName.get(name);
      return param ? (param.label ?? param.value) : undefined;
    },
  };
}

const HEADINGS: Readonly<Record<string, () => string>> = {
  case_opened: m.words_timeline_heading_case_opened,
  status_changed: m.words_timeline_heading_status_changed,
  stage_changed: m.words_timeline_heading_stage_changed,
  advocates_assigned: m.words_timeline_heading_advocates_assigned,
  notes_updated: m.words_timeline_heading_notes_updated,
  proceeding_opened: m.words_timeline_heading_proceeding_opened,
  event_recorded: m.words_timeline_heading_event_recorded,
  event_corrected: m.words_timeline_heading_event_corrected,
  deadline_changed: m.words_timeline_heading_deadline_changed,
  state_to_confirm: m.words_timeline_heading_state_to_confirm,
  state_confirmed: m.words_timeline_heading_state_confirmed,
  service_added: m.words_timeline_heading_service_added,
  service_removed: m.words_timeline_heading_service_removed,
  service_session_logged: m.words_timeline_heading_service_session_logged,
  service_session_corrected: m.words_timeline_heading_service_session_corrected,
  note_added: m.words_timeline_heading_note_added,
  communication_logged: m.words_timeline_heading_communication_logged,
  task_added: m.words_timeline_heading_task_added,
  meeting_logged: m.words_timeline_heading_meeting_logged,
  meeting_deleted: m.words_timeline_heading_meeting_deleted,
  letter_drafted: m.words_timeline_heading_letter_drafted,
  letter_finalized: m.words_timeline_heading_letter_finalized,
  letter_reopened: m.words_timeline_heading_letter_reopened,
  letter_deleted: m.words_timeline_heading_letter_deleted,
  document_added: m.words_timeline_heading_document_added,
  document_version_added: m.words_timeline_heading_document_version_added,
};

/** The kinds this portal words; any other kind reads as a generic update. */
export const TIMELINE_KINDS = Object.keys(HEADINGS);

/** A short heading for an entry's kind. */
export function timelineHeading(kind: string): string {
  return Object.hasOwn(HEADINGS, kind) ? HEADINGS[kind]!() : m.words_timeline_heading_other();
}

/** Every value a sentence needs, or null when one is missing (an entry too old to carry it). */
function all<T extends readonly (string | undefined)[]>(
  ...values: T
): { [K in keyof T]: string } | null {
  return values.every((v) => v !== undefined && v !== '')
    ? (values as unknown as { [K in keyof T]: string })
    : null;
}

const CASE_STATUSES = new Set<string>(['OPEN', 'ACTIVE', 'RESOLVED', 'CLOSED']);
const FREQUENCIES = new Set<string>(['WEEKLY', 'MONTHLY']);
const SESSION_STATUSES = new Set<string>(['DELIVERED', 'MISSED']);
const MEETING_KIND_SET = new Set<string>(MEETING_KINDS);
const MODES = new Set<string>(COMMUNICATION_MODES);

const status = (v: string | undefined) =>
  v && CASE_STATUSES.has(v) ? caseStatusLabel(v as CaseStatus) : undefined;
const frequency = (v: string | undefined) =>
  v && FREQUENCIES.has(v) ? frequencyLabel(v as ServiceFrequency) : undefined;
const sessionStatus = (v: string | undefined) =>
  v && SESSION_STATUSES.has(v) ? sessionStatusLabel(v as ServiceSessionStatus) : undefined;
const meetingKind = (v: string | undefined) =>
  v && MEETING_KIND_SET.has(v) ? meetingKindLabel(v as MeetingKind) : undefined;
const mode = (v: string | undefined) =>
  v && MODES.has(v) ? communicationModeLabel(v as CommunicationMode) : undefined;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A deadline's date before or after a change, or why it has none. */
function deadlineDate(day: DayFormatter, due: string | undefined, state: string | undefined) {
  if (due && ISO_DAY.test(due)) return day(due);
  switch (state ?? '') {
    case 'needs_calendar':
      return m.words_deadline_no_date_needs_calendar();
    case 'no_fixed_deadline':
      return m.words_deadline_no_date_no_fixed_deadline();
    case 'unknown':
      return m.words_deadline_no_date_unknown();
    default:
      return m.words_deadline_no_date();
  }
}

type Sentence = (p: Params, day: DayFormatter) => string | null;

const date = (day: DayFormatter, v: string | undefined) =>
  v && ISO_DAY.test(v) ? day(v) : undefined;

const SENTENCES: Readonly<Record<string, Sentence>> = {
  case_opened: () => m.words_timeline_case_opened(),
  status_changed: (p) => {
    const v = all(status(p.raw('from')), status(p.raw('to')));
    return v && m.words_timeline_status_changed({ from: v[0], to: v[1] });
  },
  stage_changed: (p) => {
    const stage = p.raw('stage');
    return stage ? m.words_timeline_stage_changed({ stage: pathwayTitle(stage) }) : null;
  },
  advocates_assigned: (p) => {
    const count = p.raw('count');
    return count ? m.words_timeline_advocates_assigned({ count }) : null;
  },
  notes_updated: () => m.words_timeline_notes_updated(),
  proceeding_opened: (p) => {
    const v = all(p.text('kind'));
    return v && m.words_timeline_proceeding_opened({ kind: v[0] });
  },
  event_recorded: (p, day) => {
    const v = all(p.text('kind'), p.text('type'), date(day, p.raw('date')));
    return v && m.words_timeline_event_recorded({ kind: v[0], event: v[1], date: v[2] });
  },
  event_corrected: (p, day) => {
    const v = all(
      p.text('kind'),
      p.text('fromType'),
      date(day, p.raw('fromDate')),
      p.text('type'),
      date(day, p.raw('date')),
      p.raw('reason'),
    );
    return (
      v &&
      m.words_timeline_event_corrected({
        kind: v[0],
        from: v[1],
        fromDate: v[2],
        event: v[3],
        date: v[4],
        reason: v[5],
      })
    );
  },
  deadline_changed: (p, day) => {
    const v = all(p.text('kind'), p.text('ruleId'));
    if (!v) return null;
    const sentence = m.words_timeline_deadline_changed({
      kind: v[0],
      deadline: v[1],
      from: deadlineDate(day, p.raw('oldDue'), p.raw('oldStatus')),
      to: deadlineDate(day, p.raw('newDue'), p.raw('newStatus')),
    });
    const reason = p.raw('reason');
    if (reason === 'calendar') return `${sentence} ${m.words_timeline_deadline_changed_calendar()}`;
    if (reason === 'rules_data')
      return `${sentence} ${m.words_timeline_deadline_changed_rules_data()}`;
    return sentence;
  },
  state_to_confirm: (p) => {
    const v = all(p.text('intakeState'), p.text('studentState'));
    return v && m.words_timeline_state_to_confirm({ intakeState: v[0], studentState: v[1] });
  },
  state_confirmed: (p) => {
    const v = all(p.text('state'));
    if (!v) return null;
    const previous = p.text('previousState');
    return previous && previous !== v[0]
      ? m.words_timeline_state_confirmed_changed({ state: v[0], previous })
      : m.words_timeline_state_confirmed({ state: v[0] });
  },
  service_added: (p) => {
    const v = all(p.raw('service'), p.raw('minutes'), frequency(p.raw('frequency')));
    return v && m.words_timeline_service_added({ service: v[0], minutes: v[1], frequency: v[2] });
  },
  service_removed: (p) => {
    const v = all(p.raw('service'));
    return v && m.words_timeline_service_removed({ service: v[0] });
  },
  service_session_logged: (p, day) => {
    const v = all(p.raw('service'), p.raw('minutes'), date(day, p.raw('date')));
    if (!v) return null;
    const values = { service: v[0], minutes: v[1], date: v[2] };
    switch (p.raw('status') ?? '') {
      case 'DELIVERED':
        return m.words_timeline_service_session_delivered(values);
      case 'MISSED':
        return m.words_timeline_service_session_missed(values);
      default:
        return null;
    }
  },
  service_session_corrected: (p, day) => {
    const v = all(p.raw('service'), date(day, p.raw('date')), sessionStatus(p.raw('status')));
    return (
      v && m.words_timeline_service_session_corrected({ service: v[0], date: v[1], status: v[2] })
    );
  },
  note_added: (p) => {
    switch (p.raw('visibility') ?? '') {
      case 'SHARED':
        return m.words_timeline_note_shared();
      case 'INTERNAL':
        return m.words_timeline_note_internal();
      default:
        return null;
    }
  },
  communication_logged: (p, day) => {
    const v = all(mode(p.raw('mode')), date(day, p.raw('date')));
    return v && m.words_timeline_communication_logged({ mode: v[0], date: v[1] });
  },
  task_added: (p) => {
    const v = all(p.raw('title'));
    return v && m.words_timeline_task_added({ title: v[0] });
  },
  meeting_logged: (p, day) => {
    const v = all(meetingKind(p.raw('kind')), date(day, p.raw('heldOn')));
    return v && m.words_timeline_meeting_logged({ kind: v[0], date: v[1] });
  },
  meeting_deleted: (p, day) => {
    const v = all(meetingKind(p.raw('kind')), date(day, p.raw('heldOn')));
    return v && m.words_timeline_meeting_deleted({ kind: v[0], date: v[1] });
  },
  letter_drafted: (p) => {
    const v = all(p.raw('title'));
    return v && m.words_timeline_letter_drafted({ title: v[0] });
  },
  letter_finalized: (p) => {
    const v = all(p.raw('title'));
    return v && m.words_timeline_letter_finalized({ title: v[0] });
  },
  letter_reopened: (p) => {
    const v = all(p.raw('title'));
    return v && m.words_timeline_letter_reopened({ title: v[0] });
  },
  letter_deleted: (p) => {
    const v = all(p.raw('title'));
    return v && m.words_timeline_letter_deleted({ title: v[0] });
  },
  document_added: (p) => {
    const v = all(p.raw('title'));
    return v && m.words_timeline_document_added({ title: v[0] });
  },
  document_version_added: (p) => {
    const v = all(p.raw('version'), p.raw('title'));
    return v && m.words_timeline_document_version_added({ version: v[0], title: v[1] });
  },
};

/**
 * An entry's sentence in the reader's language, or null when its kind is unknown here or it
 * lacks a value the sentence needs (the heading then says what happened).
 *
 * @example
 *   timelineSentence({ kind: 'event_recorded', params: [...] }, (d) => formatDay(d, 'es'));
 *   // 'Audiencia de debido proceso: La otra parte recibió la queja (2 mar 2026).'
 */
export function timelineSentence(entry: TimelineEntryInput, day: DayFormatter): string | null {
  if (!Object.hasOwn(SENTENCES, entry.kind)) return null;
  return SENTENCES[entry.kind]!(paramsOf(entry), day);
}
