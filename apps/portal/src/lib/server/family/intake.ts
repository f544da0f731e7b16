import { dayInZone } from '$lib/time-zone';
import {
  execute,
  FamilyIntakeByIdDocument,
  type FamilyIntakeFragment,
  GraphQLRequestError,
} from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { apiLanguage } from '$lib/family/labels';
import {
  type Answers,
  parseAnswers,
  parseQuestionnaire,
  type Questionnaire,
  type Step,
  stepsFor,
  visibleAnswers,
} from '$lib/family/questionnaire';
import { getLocale } from '$lib/paraglide/runtime';

export interface IntakeView {
  intake: FamilyIntakeFragment;
  questionnaire: Questionnaire;
  answers: Answers;
  steps: Step[];
}

/**
 * An intake with the questionnaire in the reader's language, its answers (only those the
 * answers themselves still show) and its steps. An intake the person may not see (the API
 * answers "not found" for those, so ids reveal nothing) or a malformed id is a 404 page;
 * callers pass other errors to handleApiError.
 */
export async function loadIntake(
  fetch: typeof globalThis.fetch,
  intakeId: string,
): Promise<IntakeView> {
  const { data } = await execute(fetch, FamilyIntakeByIdDocument, {
    intakeId,
    lang: apiLanguage(getLocale()),
  }).catch((cause: unknown) => {
    if (
      cause instanceof GraphQLRequestError &&
      (cause.code === 'NOT_FOUND' || cause.field === 'intakeId')
    ) {
      error(404, 'not found');
    }
    throw cause;
  });
  const questionnaire = parseQuestionnaire(data.intakeQuestionnaire);
  const answers = visibleAnswers(questionnaire, parseAnswers(data.intake.answers));
  return { intake: data.intake, questionnaire, answers, steps: stepsFor(questionnaire, answers) };
}

/** The API's "today" (the day in the organization's zone), the latest date an answer takes. */
export function apiToday(timeZone: string): string {
  return dayInZone(new Date(), timeZone);
}
