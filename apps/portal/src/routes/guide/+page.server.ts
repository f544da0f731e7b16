import { redirect } from '@sveltejs/kit';
import { stepsFor } from '$lib/family/questionnaire';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { answersFromParams, answersToParams } from '$lib/public/carried-answers';
import { localizedPath } from '$lib/public/locale-path';
import {
  carriedInputs,
  carriedOrg,
  type GuideLang,
  guideQuestionnaire,
  guideToday,
  stepErrors,
  withOrg,
} from '$lib/server/public/guide';
import type { PageServerLoad } from './$types';

/**
 * Plain forms and links do all the work here, so the page ships no JavaScript at all: the
 * same page with scripts on or off, and nothing for a slow phone to download.
 */
export const csr = false;

/**
 * One step of the public assessment, all in the address: `?step=N` shows step N, and the
 * step's GET form sends `?answered=N` with every answer so far. A step answered well moves on
 * (303, so a reload does not send it again); a step with a blank or refused answer shows again
 * with what to fix. Nothing is stored, and the same happens with JavaScript off.
 */
export const load: PageServerLoad = ({ url }) => {
  const lang: GuideLang = getLocale() === 'es' ? 'es' : 'en';
  const questionnaire = guideQuestionnaire(lang);
  const answers = answersFromParams(questionnaire, url.searchParams);
  const steps = stepsFor(questionnaire, answers);
  const org = carriedOrg(url.searchParams);
  const here = (query: URLSearchParams) =>
    `${localizedPath('/guide', getLocale())}?${withOrg(query, org).toString()}`;
  const withStep = (name: 'step', number: number) => {
    const query = answersToParams(questionnaire, answers);
    query.set(name, String(number));
    return query;
  };

  const answered = Number(url.searchParams.get('answered'));
  let number = 1;
  let errors: ReturnType<typeof stepErrors> = [];
  if (Number.isInteger(answered) && answered >= 1 && answered <= steps.length) {
    errors = stepErrors(questionnaire, steps[answered - 1]!, answers, {
      lang,
      today: guideToday(),
      required: (question) => m.family_error_required({ question }),
    });
    if (errors.length === 0) {
      if (answered === steps.length) {
        redirect(
          303,
          `${localizedPath('/guide/result', getLocale())}?${withOrg(answersToParams(questionnaire, answers), org).toString()}`,
        );
      }
      redirect(303, here(withStep('step', answered + 1)));
    }
    number = answered;
  } else {
    const asked = Number(url.searchParams.get('step'));
    if (Number.isInteger(asked) && asked >= 1) number = Math.min(asked, steps.length);
  }

  const step = steps[number - 1]!;
  return {
    title: questionnaire.title,
    step,
    total: steps.length,
    answers,
    errors,
    carried: [
      ...carriedInputs(questionnaire, answers, step),
      ...(org === null ? [] : [['org', org] as [string, string]]),
    ],
    back: number > 1 ? here(withStep('step', number - 1)) : null,
    // Only the bare first page is a page for search engines; any other carries answers.
    indexable: url.search === '',
    today: guideToday(),
  };
};
