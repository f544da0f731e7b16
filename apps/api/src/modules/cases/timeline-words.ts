import {
  deadlineTitle,
  eventLabel,
  getState,
  type Lang,
  letterTemplates,
  PROCEEDING_KINDS,
  proceedingKindLabel,
  type ProceedingKind,
} from '@continuum/rules';

/** A value a timeline entry stores in `details`. */
export type TimelineValue = string | number | boolean | null;

/** One parameter a page writes a timeline entry's sentence with. */
export interface TimelineParam {
  name: string;
  value: string;
  label: string | null;
}

const isKind = (value: TimelineValue | undefined): value is ProceedingKind =>
  typeof value === 'string' && (PROCEEDING_KINDS as readonly string[]).includes(value);

function stateName(value: string): string | null {
  try {
    return getState(value).name;
  } catch {
    return null;
  }
}

/**
 * Words for the values that are packages/rules ids, by parameter name: the portal never
 * imports the rules package, so these come from its catalog through the API. Every other
 * value (a date, a count, a status, a title someone typed) the portal words itself.
 */
const LABELS: Readonly<
  Record<
    string,
    (value: string, data: Readonly<Record<string, TimelineValue>>, lang: Lang) => string | null
  >
> = {
  // A meeting's `kind` (meeting_logged) is not a proceeding kind: only real kinds get words.
  kind: (value, _data, lang) => (isKind(value) ? proceedingKindLabel(value, lang) : null),
  type: (value, data, lang) => (isKind(data.kind) ? eventLabel(data.kind, value, lang) : null),
  fromType: (value, data, lang) => (isKind(data.kind) ? eventLabel(data.kind, value, lang) : null),
  ruleId: (value, _data, lang) => deadlineTitle(value, lang),
  // A state's name is a proper name, the same in both languages (the rules' states table).
  state: stateName,
  previousState: stateName,
  intakeState: stateName,
  studentState: stateName,
  template: (value, _data, lang) =>
    letterTemplates.find((t) => t.id === value)?.title[lang] ?? null,
};

/**
 * A timeline entry's stored details as parameters, with words in `lang` for the rules' ids.
 *
 * @example
 *   timelineParams({ kind: 'due_process', type: 'complaint_received', date: '2026-03-02' }, 'es');
 *   // [{ name: 'kind', value: 'due_process', label: 'Audiencia de debido proceso' }, ...]
 */
export function timelineParams(
  data: Readonly<Record<string, TimelineValue>>,
  lang: Lang,
): TimelineParam[] {
  return Object.entries(data)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null)
    .map(([name, raw]) => {
      const value = String(raw);
      const label = Object.hasOwn(LABELS, name) ? LABELS[name]!(value, data, lang) : null;
      return { name, value, label };
    });
}
