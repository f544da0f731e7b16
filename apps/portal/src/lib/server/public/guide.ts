import {
  answersToRecommendInput,
  filingDeadlines,
  getQuestionnaire,
  recommend,
  validateIntakeAnswers,
  type FilingDeadline,
  type IntakeAnswers,
  type Recommendation,
} from '@continuum/rules';
import type { FormError } from '$lib/forms/form-error';
import {
  type Answers,
  inputId,
  missingRequired,
  type Question,
  type Questionnaire,
  type Step,
  stepOf,
  stepsFor,
} from '$lib/family/questionnaire';
import { answersToParams } from '$lib/public/carried-answers';
import { DEFAULT_TIME_ZONE, dayInZone } from '$lib/time-zone';

/**
 * The public assessment (`/guide`): the rules' intake questionnaire, one step per page, its
 * answers carried in the address (lib/public/carried-answers.ts), checked and turned into
 * guidance by @continuum/rules on this server. Nothing here is stored.
 */

export type GuideLang = 'en' | 'es';

/**
 * Free text is not asked: an address carrying it lands in browser history and server logs,
 * and "your advocate will read this" has no advocate yet. Saving the answers asks for it.
 */
const NOT_ASKED: ReadonlySet<string> = new Set(['summary']);

/** The questionnaire the public assessment asks, in the reader's language. */
export function guideQuestionnaire(lang: GuideLang): Questionnaire {
  const full = getQuestionnaire(lang) as unknown as Questionnaire;
  return { ...full, questions: full.questions.filter((q) => !NOT_ASKED.has(q.id)) };
}

/**
 * "Today" for the public pages. The project keeps no time zone per state and a signed-out
 * reader has no organization, so the day is UTC's (the portal's default zone). UTC is never an
 * earlier day than anywhere in the United States, so a date the parent picks as today is
 * never "in the future", and days left are at most one short: the safe side of a deadline.
 */
export function guideToday(now: Date = new Date()): string {
  return dayInZone(now, DEFAULT_TIME_ZONE);
}

/** An answer the rules refuse, named by its question, in the reader's language. */
function questionError(question: Question, message: string): FormError {
  return { field: inputId(question.id), message: `${question.label} ${message}` };
}

/**
 * What is wrong with one step's answers: a required question left blank (the wizard's words,
 * `required`), or an answer the rules refuse (their message, after the question).
 */
export function stepErrors(
  questionnaire: Questionnaire,
  step: Step,
  answers: Answers,
  options: { lang: GuideLang; today: string; required: (question: string) => string },
): FormError[] {
  const missing = new Set(missingRequired(step.questions, answers).map((q) => q.id));
  const checked = validateIntakeAnswers(questionnaire.version, answers, {
    lang: options.lang,
    today: options.today,
    partial: true,
  });
  const refused = checked.ok ? [] : checked.errors;
  return step.questions.flatMap((question): FormError[] => {
    if (missing.has(question.id))
      return [{ field: inputId(question.id), message: options.required(question.label) }];
    const error = refused.find((e) => e.field === question.id);
    return error ? [questionError(question, error.message)] : [];
  });
}

/**
 * The organization a reader came from (`?org=<slug>`, from its page `/o/<slug>`), carried
 * through the steps to the result's "Save my answers and get help", which pre-selects it.
 * Only the shape is checked here: an unknown one is simply not pre-selected there.
 */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function carriedOrg(params: URLSearchParams): string | null {
  const org = params.get('org');
  return org !== null && org.length <= 60 && SLUG.test(org) ? org : null;
}

/** The query with the carried organization added, when there is one. */
export function withOrg(query: URLSearchParams, org: string | null): URLSearchParams {
  if (org !== null) query.set('org', org);
  return query;
}

/** The hidden inputs of a step's form: every carried answer but the step's own questions. */
export function carriedInputs(
  questionnaire: Questionnaire,
  answers: Answers,
  step: Step,
): [string, string][] {
  const own = new Set(step.questions.map((q) => q.id));
  return [...answersToParams(questionnaire, answers).entries()].filter(([name]) => !own.has(name));
}

/** What the result page shows: the rules' recommendation and every filing limit as a date. */
export interface GuideResult {
  answers: IntakeAnswers;
  recommendation: Recommendation;
  deadlines: FilingDeadline[];
}

/**
 * The result for carried answers, or the first step with a wrong answer (its number among the
 * steps these answers show) so the reader goes back to it.
 */
export function guideResult(
  questionnaire: Questionnaire,
  answers: Answers,
  lang: GuideLang,
  today: string,
): { ok: true; result: GuideResult } | { ok: false; step: number } {
  const checked = validateIntakeAnswers(questionnaire.version, answers, { lang, today });
  if (!checked.ok) {
    const steps = stepsFor(questionnaire, answers);
    const numbers = checked.errors
      .map((error) => stepOf(steps, error.field))
      .filter((n): n is number => n !== undefined);
    return { ok: false, step: numbers.length > 0 ? Math.min(...numbers) : 1 };
  }
  const input = answersToRecommendInput(checked.value, today);
  return {
    ok: true,
    result: {
      answers: checked.value,
      recommendation: recommend(input, lang),
      deadlines: filingDeadlines(input, lang),
    },
  };
}

/** The guides (routes/guides/*), each with what makes it fit a family's answers. */
export type GuideSlug =
  'disagree-with-iep' | 'mediation' | 'team-cannot-agree' | 'school-said-no' | 'options';

const SAID_NO: readonly string[] = ['evaluation_refused', 'eligibility_denied', 'records_denied'];
const TEAM_STEPS: readonly string[] = [
  'facilitation',
  'mediation',
  'state_complaint',
  'due_process',
];

/**
 * The guides that fit: disagreeing with an IEP for a child with one; "the school said no" for
 * a refused evaluation, eligibility or records; mediation when the rules suggest it; "the team
 * cannot agree" when talks broke down or the rules suggest a step past the team; the overview
 * of options always, last.
 */
export function guidesFor(answers: IntakeAnswers, pathways: readonly string[]): GuideSlug[] {
  const issues: readonly string[] = answers.issues;
  const fits: [GuideSlug, boolean][] = [
    ['disagree-with-iep', answers.plan_type === 'iep'],
    ['school-said-no', issues.some((issue) => SAID_NO.includes(issue))],
    ['mediation', pathways.includes('mediation')],
    [
      'team-cannot-agree',
      issues.includes('communication_breakdown') ||
        answers.open_to_negotiation === false ||
        pathways.some((id) => TEAM_STEPS.includes(id)),
    ],
    ['options', true],
  ];
  return fits.filter(([, fit]) => fit).map(([slug]) => slug);
}
