import { execute, GraphQLRequestError, SubmitIntakeDocument } from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { toQuestionError } from '$lib/family/form-errors';
import { getLocale } from '$lib/paraglide/runtime';
import { loadIntake } from '$lib/server/family/intake';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** Every answer, each with a link back to its step, before the intake is sent. */
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
  return { intakeId: intake.id, title: questionnaire.title, steps, answers };
};

export const actions: Actions = {
  // The API validates every answer again with the rules package and stores its
  // recommendation; a problem comes back naming the question, linked to its "change" link.
  submit: async ({ fetch, params, url }) => {
    try {
      await execute(fetch, SubmitIntakeDocument, { intakeId: params.id });
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
        return fail(400, { errors: [toQuestionError(describeApiError(error, getLocale()))] });
      }
      handleApiError(error, url);
    }
    redirect(303, `/intake/${params.id}/guidance`);
  },
};
