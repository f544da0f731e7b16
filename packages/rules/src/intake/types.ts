import type { IsoDate } from '../days/index.js';
import type { IssueId, PlanType, Urgency } from '../pathways/types.js';
import type { Lang } from './lang.js';

/**
 * How a question is answered: one choice, several choices, a date (`YYYY-MM-DD`), free
 * text, yes/no (a boolean) or a number.
 *
 * @example
 * ```ts
 * const type: AnswerType = 'multi_choice';
 * ```
 */
export type AnswerType = 'single_choice' | 'multi_choice' | 'date' | 'text' | 'yes_no' | 'number';

/**
 * One option of a choice question. `value` is stored; `label` and `help` are shown.
 *
 * @example
 * ```ts
 * const choice: QuestionChoice = { value: '504', label: 'A 504 plan' };
 * ```
 */
export interface QuestionChoice {
  readonly value: string;
  readonly label: string;
  readonly help?: string;
}

/**
 * When a question is shown, from earlier answers: equal to a value, including a value (for
 * multi-choice answers), answered at all, or all / any of several conditions. A hidden
 * question is never required, and its stale answer is dropped on validation.
 *
 * @example
 * ```ts
 * const cond: ShowIf = { question: 'issues', includes: 'discipline' };
 * ```
 */
export type ShowIf =
  | { readonly question: string; readonly equals: string | boolean | number }
  | { readonly question: string; readonly includes: string }
  | { readonly all: readonly ShowIf[] }
  | { readonly any: readonly ShowIf[] };

/**
 * One question of the intake questionnaire, in one language.
 *
 * @example
 * ```ts
 * const q: Question = {
 *   id: 'removal_school_days', type: 'number', required: true,
 *   label: 'How many school days has your child been sent home this school year?',
 *   help: 'Count suspensions and days you were asked to keep your child home.',
 *   min: 0, max: 366, integer: true, showIf: { question: 'issues', includes: 'discipline' },
 * };
 * ```
 */
export interface Question {
  readonly id: string;
  readonly type: AnswerType;
  readonly label: string;
  readonly help: string;
  readonly required: boolean;
  readonly choices?: readonly QuestionChoice[];
  readonly showIf?: ShowIf;
  /** number: smallest and largest allowed, and whether it must be whole. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** text: longest allowed answer. */
  readonly maxLength?: number;
  /** multi_choice: fewest choices allowed. */
  readonly minChoices?: number;
  /** date: an answer may not be after the day the intake is submitted. */
  readonly notInFuture?: boolean;
}

/**
 * A versioned questionnaire in one language, as the portal renders it.
 *
 * @example
 * ```ts
 * const q: Questionnaire = getQuestionnaire('es');
 * q.version; // '2026-12.1'
 * ```
 */
export interface Questionnaire {
  readonly version: string;
  readonly lang: Lang;
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly Question[];
}

/**
 * An answer as stored: a string (choice, date, text), a list of strings (multi choice), a
 * boolean (yes/no) or a number.
 *
 * @example
 * ```ts
 * const a: AnswerValue = ['records_denied', 'discipline'];
 * ```
 */
export type AnswerValue = string | readonly string[] | boolean | number;

/**
 * Validated answers to the questionnaire (versions 2026-11.1 and 2026-12.1, which adds
 * `meeting_scheduled`), keyed by question id. Hidden and unanswered questions have no key.
 *
 * @example
 * ```ts
 * const answers: IntakeAnswers = {
 *   state: 'TX', plan_type: 'iep', issues: ['services_not_provided'],
 *   has_decision_date: true, district_decision_date: '2026-09-01', written_notice: false,
 * };
 * ```
 */
export interface IntakeAnswers {
  state: string;
  plan_type: PlanType;
  issues: IssueId[];
  has_decision_date?: boolean;
  district_decision_date?: IsoDate;
  written_notice?: boolean;
  change_in_effect?: boolean;
  removal_school_days?: number;
  meeting_scheduled?: boolean;
  open_to_negotiation?: boolean;
  urgency?: Urgency;
  summary?: string;
}

/**
 * One validation problem: the question id (or `version`, `answers`) and a message for the
 * person answering, in the requested language.
 *
 * @example
 * ```ts
 * const e: IntakeFieldError = { field: 'issues', message: 'Choose at least one.' };
 * ```
 */
export interface IntakeFieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * The result of `validateIntakeAnswers`: the cleaned answers, or every problem found.
 *
 * @example
 * ```ts
 * const result: IntakeValidation = validateIntakeAnswers('2026-11.1', answers);
 * if (!result.ok) console.log(result.errors);
 * ```
 */
export type IntakeValidation =
  | { readonly ok: true; readonly value: IntakeAnswers }
  | { readonly ok: false; readonly errors: readonly IntakeFieldError[] };
