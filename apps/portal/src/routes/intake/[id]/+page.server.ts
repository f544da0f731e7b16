import {
  execute,
  GraphQLRequestError,
  MeDocument,
  SaveIntakeDraftDocument,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { toQuestionError } from '$lib/family/form-errors';
import { apiLanguage } from '$lib/family/labels';
import {
  type Answers,
  inputId,
  mergeAnswers,
  missingRequired,
  parseAnswers,
  readStepAnswers,
  stepReached,
  stepsFor,
  visibleAnswers,
} from '$lib/family/questionnaire';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiToday, loadIntake } from '$lib/server/family/intake';
import { DEFAULT_TIME_ZONE } from '$lib/time-zone';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * One step of the intake wizard: `?step=N`, or without it the step the draft has reached,
 * so a person who signed out comes back where they stopped.
 */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  let view;
  try {
    view = await loadIntake(fetch, params.id);
  } catch (error) {
    handleApiError(error, url);
  }
  const { intake, questionnaire, answers, steps } = view;
  if (intake.status !== 'DRAFT') redirect(303, `/intake/${intake.id}/guidance`);
  const asked = Number(url.searchParams.get('step'));
  const number = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, steps.length) : null;
  const current = number ?? stepReached(steps, answers);
  if (current === null) redirect(303, `/intake/${intake.id}/review`);
  const step = steps[current - 1]!;
  return {
    intakeId: intake.id,
    title: questionnaire.title,
    intro: questionnaire.intro,
    step,
    total: steps.length,
    answers,
    today: apiToday(me?.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE),
  };
};

/**
 * Saves the step's answers into the draft, then moves on or back. Both directions save, so
 * nothing typed is lost; only "next" insists on the step's required questions.
 */
async function move(direction: 'next' | 'back', { request, fetch, params, url }: RequestEvent) {
  const form = await request.formData();
  const number = Number(form.get('step'));
  let view;
  try {
    view = await loadIntake(fetch, params.id);
  } catch (error) {
    handleApiError(error, url);
  }
  const { intake, questionnaire, answers, steps } = view;
  if (intake.status !== 'DRAFT') redirect(303, `/intake/${intake.id}/guidance`);
  const step = steps[number - 1];
  if (!step) redirect(303, `/intake/${intake.id}`);

  const merged = visibleAnswers(
    questionnaire,
    mergeAnswers(answers, readStepAnswers(step.questions, form)),
  );
  if (direction === 'next') {
    const missing = missingRequired(step.questions, merged);
    if (missing.length > 0) {
      return fail(400, {
        answers: merged,
        errors: missing.map((q) => ({
          field: inputId(q.id),
          message: m.family_error_required({ question: q.label }),
        })),
      });
    }
  }

  let saved: Answers;
  try {
    // A parent's intake follows the language they read it in; staff filling one in for a
    // family (a phone intake) keep the family's, so its guidance reaches the family in it.
    const { data: session } = await execute(fetch, MeDocument);
    const lang = session.me?.role === 'PARENT' ? apiLanguage(getLocale()) : intake.lang;
    const { data } = await execute(fetch, SaveIntakeDraftDocument, {
      input: { intakeId: intake.id, lang, answers: merged },
    });
    saved = parseAnswers(data.saveIntakeDraft.answers);
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
      return fail(400, {
        answers: merged,
        errors: [toQuestionError(describeApiError(error, getLocale()))],
      });
    }
    handleApiError(error, url);
  }

  // Questions shown only for some answers come after the question they depend on, so the
  // steps before this one keep their numbers whatever was just answered.
  const total = stepsFor(questionnaire, saved).length;
  const target = direction === 'next' ? number + 1 : number - 1;
  if (target < 1) redirect(303, '/intake');
  if (target > total) redirect(303, `/intake/${intake.id}/review`);
  redirect(303, `/intake/${intake.id}?step=${target}`);
}

export const actions: Actions = {
  next: (event) => move('next', event),
  back: (event) => move('back', event),
};
