import type { LetterTemplateId } from '@continuum/graphql-client';

/**
 * The facts form of a new letter: which facts it asks for, how each is typed, and the
 * conversion between the API's nested facts (`{ student: { school } }`) and flat form fields
 * named by dotted path (`student.school`). The API validates the facts again on draftLetter
 * (validateLetterFacts in packages/rules); this only shapes them.
 */

export type FactKind = 'text' | 'date' | 'multiline' | 'list';

export interface FactField {
  /** Dotted path in the facts, also the form field's name: `student.school`. */
  path: string;
  kind: FactKind;
}

/** Who writes, about whom, to whom, and when: asked for every letter. */
export const COMMON_FACTS: readonly FactField[] = [
  { path: 'date', kind: 'date' },
  { path: 'state', kind: 'text' },
  { path: 'parent.name', kind: 'text' },
  { path: 'parent.relationship', kind: 'text' },
  { path: 'parent.address', kind: 'multiline' },
  { path: 'parent.phone', kind: 'text' },
  { path: 'parent.email', kind: 'text' },
  { path: 'student.name', kind: 'text' },
  { path: 'student.dateOfBirth', kind: 'date' },
  { path: 'student.grade', kind: 'text' },
  { path: 'student.school', kind: 'text' },
  { path: 'student.address', kind: 'multiline' },
  { path: 'student.homelessContact', kind: 'multiline' },
  { path: 'district.name', kind: 'text' },
  { path: 'district.recipient', kind: 'text' },
  { path: 'district.address', kind: 'multiline' },
];

/** The facts about what happened, each letter's own (LetterFacts in packages/rules). */
export const DETAIL_FACTS: readonly FactField[] = [
  { path: 'decision', kind: 'multiline' },
  { path: 'decisionDate', kind: 'date' },
  { path: 'meetingDate', kind: 'date' },
  { path: 'objections', kind: 'list' },
  { path: 'evaluationDate', kind: 'date' },
  { path: 'evaluationDescription', kind: 'multiline' },
  { path: 'concerns', kind: 'list' },
  { path: 'records', kind: 'list' },
  { path: 'availability', kind: 'list' },
  { path: 'problem', kind: 'multiline' },
  { path: 'violations', kind: 'list' },
  { path: 'servicesNotDelivered', kind: 'list' },
  { path: 'supportingFacts', kind: 'list' },
  { path: 'proposedResolution', kind: 'list' },
];

/**
 * The detail facts each template prints (as LetterFacts documents them). Required ones come
 * from the API's `requiredFacts` as well, so a template gaining a requirement is still asked.
 */
const TEMPLATE_DETAILS: Record<LetterTemplateId, readonly string[]> = {
  iep_objection: ['meetingDate', 'objections', 'decision', 'decisionDate', 'proposedResolution'],
  pwn_request: ['decision', 'decisionDate'],
  records_request: ['records', 'meetingDate'],
  iee_request: ['evaluationDate', 'evaluationDescription'],
  evaluation_request: ['concerns'],
  iep_meeting_request: ['concerns', 'availability'],
  facilitation_request: ['concerns'],
  mediation_request: ['problem', 'decision', 'decisionDate', 'proposedResolution'],
  state_complaint: [
    'violations',
    'servicesNotDelivered',
    'problem',
    'supportingFacts',
    'proposedResolution',
  ],
  due_process_complaint: [
    'problem',
    'decision',
    'decisionDate',
    'servicesNotDelivered',
    'supportingFacts',
    'proposedResolution',
  ],
};

/** A fact's value at a dotted path of nested facts. */
export function factAt(facts: unknown, path: string): unknown {
  let current: unknown = facts;
  for (const key of path.split('.')) {
    current =
      typeof current === 'object' && current !== null && !Array.isArray(current)
        ? (current as Record<string, unknown>)[key]
        : undefined;
  }
  return current;
}

function hasValue(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/**
 * The detail fields to ask for a template: its own, the required ones, and any the case
 * already has a value for (so a prefilled fact is never silently dropped from the letter).
 */
export function detailFields(
  template: LetterTemplateId,
  requiredFacts: readonly string[],
  facts: unknown,
): FactField[] {
  const wanted = new Set([...TEMPLATE_DETAILS[template], ...requiredFacts]);
  return DETAIL_FACTS.filter(
    (field) => wanted.has(field.path) || hasValue(factAt(facts, field.path)),
  );
}

/** The form's id for a fact's input: `fact-student-school`. */
export function factFieldId(path: string): string {
  return `fact-${path.replace(/\./g, '-')}`;
}

/**
 * The input id an API error about the facts points at: `facts.objections[2]` and
 * `objections[2]` are the objections field. Unknown names give undefined (the error is then
 * shown without a link).
 */
export function factFieldIdForError(
  field: string,
  fields: readonly FactField[],
): string | undefined {
  const path = field.replace(/^facts\./, '').replace(/\[\d+\]$/, '');
  return fields.some((candidate) => candidate.path === path) ? factFieldId(path) : undefined;
}

/** The facts as form values: lists one item per line. */
export function factsToValues(
  facts: unknown,
  fields: readonly FactField[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = factAt(facts, field.path);
    if (Array.isArray(value)) values[field.path] = value.map(String).join('\n');
    else if (typeof value === 'string' || typeof value === 'number')
      values[field.path] = String(value);
    else values[field.path] = '';
  }
  return values;
}

/** Lines of a textarea, trimmed, blank ones left out. */
export function linesOf(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Nested facts from the submitted form. Empty answers are left out rather than sent blank,
 * so the API names a missing required fact instead of printing an empty one. The three
 * people/organization objects are always present, as draftLetter's shape requires.
 */
export function valuesToFacts(
  values: Record<string, string>,
  fields: readonly FactField[],
): Record<string, unknown> {
  const facts: Record<string, unknown> = { parent: {}, student: {}, district: {} };
  for (const field of fields) {
    const raw = (values[field.path] ?? '').replace(/\r\n/g, '\n');
    const value: string | string[] =
      field.kind === 'list'
        ? linesOf(raw)
        : field.kind === 'multiline'
          ? linesOf(raw).join('\n')
          : raw.trim();
    if (value.length === 0) continue;
    const keys = field.path.split('.');
    let target = facts;
    for (const key of keys.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1]!] = value;
  }
  return facts;
}
