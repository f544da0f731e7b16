/**
 * The intake questionnaire as the API sends it (`intakeQuestionnaire`, JSON shaped by
 * packages/rules' `Questionnaire`), and the wizard's view of it: steps, which step a draft has
 * reached, and reading one step's answers from a form.
 *
 * The portal depends on the API's schema, never on packages/rules itself (docs/DESIGN:
 * portal -> graphql-client -> api -> rules), so the few rules the wizard needs to show the
 * right questions (`showIf`) are mirrored here. The API validates every save and the submit
 * with the real rules; a mismatch here can only show a question too many, never store one.
 */
import { isRecord } from '@continuum/rules';

export type AnswerType = 'single_choice' | 'multi_choice' | 'date' | 'text' | 'yes_no' | 'number';
export type AnswerValue = string | string[] | boolean | number;
export type Answers = Record<string, AnswerValue>;

export interface QuestionChoice {
  value: string;
  label: string;
  help?: string;
}

export type ShowIf =
  | { question: string; equals: string | boolean | number }
  | { question: string; includes: string }
  | { all: ShowIf[] }
  | { any: ShowIf[] };

export interface Question {
  id: string;
  type: AnswerType;
  label: string;
  help: string;
  required: boolean;
  choices?: QuestionChoice[];
  showIf?: ShowIf;
  min?: number;
  max?: number;
  integer?: boolean;
  maxLength?: number;
  minChoices?: number;
  notInFuture?: boolean;
}

export interface Questionnaire {
  version: string;
  lang: string;
  title: string;
  intro: string;
  questions: Question[];
}

const ANSWER_TYPES: readonly string[] = [
  'single_choice',
  'multi_choice',
  'date',
  'text',
  'yes_no',
  'number',
];

/**
 * Checks the API's JSON before the wizard trusts it; a questionnaire of another shape is a
 * deployment mismatch, reported loudly rather than rendered half.
 */
export function parseQuestionnaire(value: unknown): Questionnaire {
  if (!isRecord(value) || !Array.isArray(value.questions)) {
    throw new Error('The intake questionnaire from the API has an unexpected shape.');
  }
  for (const question of value.questions) {
    if (
      !isRecord(question) ||
      typeof question.id !== 'string' ||
      typeof question.label !== 'string' ||
      !ANSWER_TYPES.includes(String(question.type))
    ) {
      throw new Error('An intake question from the API has an unexpected shape.');
    }
  }
  return value as unknown as Questionnaire;
}

/** Stored answers (JSON from the API) as a record; anything else counts as no answers. */
export function parseAnswers(value: unknown): Answers {
  return isRecord(value) ? (value as Answers) : {};
}

/**
 * A state's name as the questionnaire lists it, with its two letters ("Texas (TX)"); the two
 * letters alone when the questionnaire does not list it. Pages that ask which state is right
 * name the states this way, in every language.
 */
export function stateLabel(questionnaire: Questionnaire | null | undefined, code: string): string {
  const name = questionnaire?.questions
    .find((question) => question.id === 'state')
    ?.choices?.find((choice) => choice.value === code)?.label;
  return name ? `${name} (${code})` : code;
}

/** Whether a question is shown, given the answers so far (packages/rules' isQuestionShown). */
export function isShown(showIf: ShowIf | undefined, answers: Answers): boolean {
  if (showIf === undefined) return true;
  if ('all' in showIf) return showIf.all.every((c) => isShown(c, answers));
  if ('any' in showIf) return showIf.any.some((c) => isShown(c, answers));
  const answer = answers[showIf.question];
  if ('includes' in showIf) return Array.isArray(answer) && answer.includes(showIf.includes);
  return answer === showIf.equals;
}

/** One page of the wizard: questions that belong together, shown together. */
export interface Step {
  /** 1-based, among the steps shown for these answers. */
  number: number;
  questions: Question[];
}

/**
 * The steps for the answers so far. Each question is a step of its own, except that
 * consecutive questions shown under the same condition share one (the decision's date and
 * whether it came in writing both follow "did the school decide something?"). Steps whose
 * questions are all hidden are left out, so the count follows the answers.
 */
export function stepsFor(questionnaire: Questionnaire, answers: Answers): Step[] {
  const groups: Question[][] = [];
  let previousCondition: string | undefined;
  for (const question of questionnaire.questions) {
    const condition = question.showIf ? JSON.stringify(question.showIf) : undefined;
    const last = groups.at(-1);
    if (last && condition !== undefined && condition === previousCondition) last.push(question);
    else groups.push([question]);
    previousCondition = condition;
  }
  return groups
    .map((questions) => questions.filter((q) => isShown(q.showIf, answers)))
    .filter((questions) => questions.length > 0)
    .map((questions, index) => ({ number: index + 1, questions }));
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/**
 * The step a saved draft resumes at: the first with a shown question not yet answered, or
 * `null` when every question has an answer (the draft goes to its review page). Optional
 * questions count too: a person who left one blank comes back to it once, which is better
 * than skipping past a question they never saw.
 */
export function stepReached(steps: Step[], answers: Answers): number | null {
  const open = steps.find((step) => step.questions.some((q) => !isAnswered(answers[q.id])));
  return open ? open.number : null;
}

/** The step a question is on, for the review page's "change" links and error links. */
export function stepOf(steps: Step[], questionId: string): number | undefined {
  return steps.find((step) => step.questions.some((q) => q.id === questionId))?.number;
}

/** The form control id of a question: error summaries link to it. */
export function inputId(questionId: string): string {
  return `q-${questionId}`;
}

/**
 * One step's answers from its form. Empty answers are removed from the draft rather than
 * stored as empty; a number that does not parse is passed on as typed, so the API's
 * validation names the question and says what is wrong in the reader's language.
 */
export function readStepAnswers(
  questions: Question[],
  form: Pick<FormData, 'get' | 'getAll'> | URLSearchParams,
): { set: Answers; cleared: string[] } {
  const set: Answers = {};
  const cleared: string[] = [];
  for (const question of questions) {
    const name = question.id;
    let value: AnswerValue | undefined;
    switch (question.type) {
      case 'multi_choice':
        value = form.getAll(name).filter((v): v is string => typeof v === 'string');
        break;
      case 'yes_no': {
        const raw = form.get(name);
        value = raw === 'yes' ? true : raw === 'no' ? false : undefined;
        break;
      }
      case 'number': {
        const entry = form.get(name);
        const raw = typeof entry === 'string' ? entry.trim() : '';
        const parsed = Number(raw);
        value = raw === '' ? undefined : Number.isFinite(parsed) ? parsed : raw;
        break;
      }
      case 'single_choice':
      case 'date':
      case 'text': {
        const raw = form.get(name);
        value = typeof raw === 'string' ? (question.type === 'text' ? raw : raw.trim()) : undefined;
        break;
      }
    }
    if (value === undefined || !isAnswered(value)) cleared.push(name);
    else set[name] = value;
  }
  return { set, cleared };
}

/** The draft's answers after one step: new answers in, cleared ones out. */
export function mergeAnswers(
  answers: Answers,
  change: { set: Answers; cleared: string[] },
): Answers {
  const next: Answers = { ...answers, ...change.set };
  for (const id of change.cleared) delete next[id];
  return next;
}

/**
 * Drops answers to questions the current answers hide (the parent changed an earlier
 * answer): the API would drop them on save too, and the review must not show them.
 */
export function visibleAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of questionnaire.questions) {
    if (!isShown(question.showIf, kept)) continue;
    const value = answers[question.id];
    if (value !== undefined) kept[question.id] = value;
  }
  return kept;
}

/** The required questions of a step still unanswered. */
export function missingRequired(questions: Question[], answers: Answers): Question[] {
  return questions.filter((q) => q.required && !isAnswered(answers[q.id]));
}

/** An answer as a person reads it on the review page; yes/no words come from the caller. */
export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  words: { yes: string; no: string; none: string },
): string {
  if (!isAnswered(value)) return words.none;
  const label = (v: string) => question.choices?.find((c) => c.value === v)?.label ?? v;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map(label).join('; ');
  if (question.type === 'single_choice' && typeof value === 'string') return label(value);
  return String(value);
}
