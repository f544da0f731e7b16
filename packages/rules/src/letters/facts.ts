import { RulesInputError } from '../errors.js';
import { parseIsoDate, type IsoDate } from '../days/index.js';
import { isRecord } from '../is-record.js';

/**
 * The letters Continuum drafts, one per step of the dispute-resolution continuum that a
 * family starts in writing.
 *
 * @example
 * ```ts
 * const id: LetterTemplateId = 'records_request';
 * ```
 */
export type LetterTemplateId =
  | 'iep_objection'
  | 'pwn_request'
  | 'records_request'
  | 'iee_request'
  | 'evaluation_request'
  | 'iep_meeting_request'
  | 'facilitation_request'
  | 'mediation_request'
  | 'state_complaint'
  | 'due_process_complaint';

/**
 * Every template id, in continuum order (least to most formal).
 *
 * @example
 * ```ts
 * letterTemplateIds.includes('state_complaint'); // true
 * ```
 */
export const letterTemplateIds: readonly LetterTemplateId[] = [
  'iep_objection',
  'pwn_request',
  'records_request',
  'iee_request',
  'evaluation_request',
  'iep_meeting_request',
  'facilitation_request',
  'mediation_request',
  'state_complaint',
  'due_process_complaint',
];

/**
 * Checks a template id from user input; anything else is a `RulesInputError` naming `field`.
 *
 * @example
 * ```ts
 * parseLetterTemplateId('iee_request'); // 'iee_request'
 * parseLetterTemplateId('demand');      // throws RulesInputError('template', 'demand', ...)
 * ```
 */
export function parseLetterTemplateId(value: unknown, field = 'template'): LetterTemplateId {
  if (typeof value === 'string' && (letterTemplateIds as readonly string[]).includes(value)) {
    return value as LetterTemplateId;
  }
  throw new RulesInputError(
    field,
    value,
    `unknown letter template; use one of ${letterTemplateIds.join(', ')}`,
  );
}

/**
 * The person who signs the letter (a parent or guardian, or the complainant in a state
 * complaint). `address` may hold several lines separated by newlines.
 *
 * @example
 * ```ts
 * const parent: LetterPerson = { name: 'María López', address: '12 Oak St\nFresno, CA 93701', email: 'maria@example.org' };
 * ```
 */
export interface LetterPerson {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  /** How the signer relates to the student, printed under the name ("Mother of Ana López"). */
  readonly relationship?: string;
}

/**
 * The student the letter is about. `homelessContact` replaces `address` for a child who is
 * homeless (34 CFR 300.153(b)(4)(iii), 300.508(b)(4)).
 *
 * @example
 * ```ts
 * const student: LetterStudent = { name: 'Ana López', school: 'Roosevelt Elementary', grade: '3' };
 * ```
 */
export interface LetterStudent {
  readonly name: string;
  readonly dateOfBirth?: IsoDate;
  readonly grade?: string;
  readonly school?: string;
  readonly address?: string;
  readonly homelessContact?: string;
}

/**
 * The school district (local educational agency) the letter goes to or is about.
 *
 * @example
 * ```ts
 * const district: LetterDistrict = { name: 'Fresno Unified School District', recipient: 'Director of Special Education' };
 * ```
 */
export interface LetterDistrict {
  readonly name: string;
  /** The person or office the letter is addressed to. */
  readonly recipient?: string;
  readonly address?: string;
}

/**
 * A case's facts, as the API assembles them from the case record and the advocate's edits.
 * Each template needs some of them (see `letterTemplates[].requiredFacts`);
 * `validateLetterFacts` names the first one missing.
 *
 * @example
 * ```ts
 * const facts: LetterFacts = {
 *   date: '2026-11-23',
 *   parent: { name: 'María López', address: '12 Oak St\nFresno, CA 93701' },
 *   student: { name: 'Ana López', school: 'Roosevelt Elementary' },
 *   district: { name: 'Fresno Unified School District' },
 *   decision: 'The district refused to evaluate Ana for a learning disability.',
 * };
 * ```
 */
export interface LetterFacts {
  /** The date printed on the letter. */
  readonly date: IsoDate;
  /** Two-letter state code; required for the state complaint and due process complaint. */
  readonly state?: string;
  readonly parent: LetterPerson;
  readonly student: LetterStudent;
  readonly district: LetterDistrict;
  /** The action the district proposed or refused (pwn_request; context in other letters). */
  readonly decision?: string;
  readonly decisionDate?: IsoDate;
  /** iep_objection: the meeting objected to; records_request: the next meeting, if any. */
  readonly meetingDate?: IsoDate;
  /** iep_objection: what the parent disagrees with. */
  readonly objections?: readonly string[];
  /** iee_request: the district evaluation the parent disagrees with. */
  readonly evaluationDate?: IsoDate;
  readonly evaluationDescription?: string;
  /** evaluation_request, iep_meeting_request, facilitation_request: the concerns to address. */
  readonly concerns?: readonly string[];
  /**
   * records_request: the last day of the 45 days of 34 CFR 300.613(a), counted from the
   * letter's date, printed so the school and the parent read the same date (the starter kit
   * passes it; a letter without it only names the 45 days).
   */
  readonly respondBy?: IsoDate;
  /** records_request: particular records wanted (otherwise a standard list). */
  readonly records?: readonly string[];
  /** iep_meeting_request: dates and times the parent can meet. */
  readonly availability?: readonly string[];
  /**
   * state_complaint, due_process_complaint: services the IEP requires that the district never
   * delivered ("Speech therapy, 60 minutes a week, since September 1"). A failure to implement
   * the IEP (34 CFR 300.323(c)(2)), worded as such, never as a proposal or refusal.
   */
  readonly servicesNotDelivered?: readonly string[];
  /** state_complaint: the Part B requirements the agency violated. */
  readonly violations?: readonly string[];
  /** mediation_request, state_complaint, due_process_complaint: the problem in a few sentences. */
  readonly problem?: string;
  /** state_complaint, due_process_complaint: the facts, one per item. */
  readonly supportingFacts?: readonly string[];
  /** What the parent asks for, to the extent known (300.153(b)(4)(v), 300.508(b)(6)). */
  readonly proposedResolution?: readonly string[];
}

const MAX_TEXT = 5000;
const MAX_ITEMS = 50;

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RulesInputError(field, value, 'must be a string');
  // Control characters (other than tab and newline) are invalid in DOCX XML and invisible in
  // print; pasted text sometimes carries them.
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (text.length > MAX_TEXT) {
    throw new RulesInputError(
      field,
      `${text.slice(0, 20)}…`,
      `must be at most ${MAX_TEXT} characters`,
    );
  }
  return text === '' ? undefined : text;
}

function optionalDate(value: unknown, field: string): IsoDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return parseIsoDate(value, field);
}

function optionalList(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new RulesInputError(field, value, 'must be an array of strings');
  if (value.length > MAX_ITEMS) {
    throw new RulesInputError(field, value.length, `must have at most ${MAX_ITEMS} items`);
  }
  const items = value
    .map((item: unknown, index) => optionalText(item, `${field}[${index}]`))
    .filter((item): item is string => item !== undefined);
  return items.length === 0 ? undefined : items;
}

function objectAt(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined || value === null) throw new RulesInputError(field, value, 'is required');
  if (!isRecord(value)) throw new RulesInputError(field, value, 'must be an object');
  return value;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Parses the shape of the facts (types, dates, lengths); which facts are required is per template. */
function parseFactsShape(value: unknown): LetterFacts {
  if (!isRecord(value)) throw new RulesInputError('facts', value, 'must be a JSON object');
  const parent = objectAt(value.parent, 'parent');
  const student = objectAt(value.student, 'student');
  const district = objectAt(value.district, 'district');
  const stateCode = optionalText(value.state, 'state');
  return withoutUndefined<LetterFacts>({
    date: parseIsoDate(value.date, 'date'),
    state: stateCode?.toUpperCase(),
    parent: withoutUndefined<LetterPerson>({
      name: optionalText(parent.name, 'parent.name') ?? '',
      address: optionalText(parent.address, 'parent.address'),
      phone: optionalText(parent.phone, 'parent.phone'),
      email: optionalText(parent.email, 'parent.email'),
      relationship: optionalText(parent.relationship, 'parent.relationship'),
    }),
    student: withoutUndefined<LetterStudent>({
      name: optionalText(student.name, 'student.name') ?? '',
      dateOfBirth: optionalDate(student.dateOfBirth, 'student.dateOfBirth'),
      grade: optionalText(student.grade, 'student.grade'),
      school: optionalText(student.school, 'student.school'),
      address: optionalText(student.address, 'student.address'),
      homelessContact: optionalText(student.homelessContact, 'student.homelessContact'),
    }),
    district: withoutUndefined<LetterDistrict>({
      name: optionalText(district.name, 'district.name') ?? '',
      recipient: optionalText(district.recipient, 'district.recipient'),
      address: optionalText(district.address, 'district.address'),
    }),
    decision: optionalText(value.decision, 'decision'),
    decisionDate: optionalDate(value.decisionDate, 'decisionDate'),
    meetingDate: optionalDate(value.meetingDate, 'meetingDate'),
    objections: optionalList(value.objections, 'objections'),
    evaluationDate: optionalDate(value.evaluationDate, 'evaluationDate'),
    evaluationDescription: optionalText(value.evaluationDescription, 'evaluationDescription'),
    concerns: optionalList(value.concerns, 'concerns'),
    respondBy: optionalDate(value.respondBy, 'respondBy'),
    records: optionalList(value.records, 'records'),
    availability: optionalList(value.availability, 'availability'),
    servicesNotDelivered: optionalList(value.servicesNotDelivered, 'servicesNotDelivered'),
    violations: optionalList(value.violations, 'violations'),
    problem: optionalText(value.problem, 'problem'),
    supportingFacts: optionalList(value.supportingFacts, 'supportingFacts'),
    proposedResolution: optionalList(value.proposedResolution, 'proposedResolution'),
  });
}

/** Facts every letter needs: who writes, about whom, to whom, and when. */
const COMMON_REQUIRED = ['date', 'parent.name', 'student.name', 'district.name'] as const;

/**
 * The facts each template cannot be written without. `student.address` is satisfied by
 * `student.homelessContact` too. The two complaints list every element the regulations
 * require: 34 CFR 300.153(b) for a state complaint, 300.508(b) for a due process complaint.
 *
 * @example
 * ```ts
 * requiredLetterFacts.iep_objection; // ['date', 'parent.name', ..., 'meetingDate', 'objections']
 * ```
 */
export const requiredLetterFacts: Readonly<Record<LetterTemplateId, readonly string[]>> = {
  iep_objection: [...COMMON_REQUIRED, 'meetingDate', 'objections'],
  pwn_request: [...COMMON_REQUIRED, 'decision'],
  records_request: [...COMMON_REQUIRED],
  iee_request: [...COMMON_REQUIRED, 'evaluationDate'],
  evaluation_request: [...COMMON_REQUIRED, 'concerns'],
  iep_meeting_request: [...COMMON_REQUIRED, 'concerns'],
  facilitation_request: [...COMMON_REQUIRED, 'concerns'],
  mediation_request: [...COMMON_REQUIRED, 'problem'],
  // 300.153(b)(1) violations, (2) facts, (3) signature and contact information,
  // (4)(i)-(v) child's name and address, school, problem with facts, proposed resolution.
  state_complaint: [
    ...COMMON_REQUIRED,
    'state',
    'parent.address',
    'student.address',
    'student.school',
    'violations',
    'supportingFacts',
    'problem',
    'proposedResolution',
  ],
  // 300.508(b)(1)-(6): child's name, address (or homeless contact), school, the problem
  // relating to the proposed or refused action with its facts, proposed resolution.
  due_process_complaint: [
    ...COMMON_REQUIRED,
    'state',
    'student.address',
    'student.school',
    'problem',
    'supportingFacts',
    'proposedResolution',
  ],
};

function valueAt(facts: unknown, path: string): unknown {
  let current: unknown = facts;
  for (const key of path.split('.')) {
    current = isRecord(current) ? current[key] : undefined;
  }
  return current;
}

function isPresent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/**
 * Validates a case's facts for one template: shapes and dates first, then the facts the
 * template requires. Throws `RulesInputError` naming the field (`student.school`,
 * `supportingFacts`, `objections[2]`).
 *
 * @example
 * ```ts
 * validateLetterFacts('pwn_request', { date: '2026-11-23', parent: { name: 'María' },
 *   student: { name: 'Ana' }, district: { name: 'Fresno USD' } });
 * // throws RulesInputError: decision: is required for the pwn_request letter ...
 * ```
 */
export function validateLetterFacts(template: LetterTemplateId, facts: unknown): LetterFacts {
  const parsed = parseFactsShape(facts);
  for (const path of requiredLetterFacts[template]) {
    const value = valueAt(parsed, path);
    if (path === 'student.address' && isPresent(parsed.student.homelessContact)) continue;
    if (!isPresent(value)) {
      const hint =
        path === 'student.address'
          ? ' (or student.homelessContact for a child who is homeless)'
          : '';
      throw new RulesInputError(
        path,
        valueAt(facts, path),
        `is required for the ${template} letter${hint}`,
      );
    }
  }
  return parsed;
}
