import { redirect } from '@sveltejs/kit';
import { pathwayPrepare } from '$lib/family/labels';
import { stateLabel } from '$lib/family/questionnaire';
import { getLocale } from '$lib/paraglide/runtime';
import { answersFromParams, answersToParams } from '$lib/public/carried-answers';
import { linkTermsInSection } from '$lib/public/glossary-links';
import { localizedPath } from '$lib/public/locale-path';
import {
  carriedOrg,
  type GuideLang,
  guideQuestionnaire,
  guideResult,
  guidesFor,
  guideToday,
  withOrg,
} from '$lib/server/public/guide';
import type { PageServerLoad } from './$types';

/**
 * Plain forms and links do all the work here, so the page ships no JavaScript at all: the
 * same page with scripts on or off, and nothing for a slow phone to download.
 */
export const csr = false;

/**
 * The assessment's result, computed here from the carried answers by @continuum/rules: the
 * warnings, the ranked options, and every filing limit as a date counted from today. Answers
 * the rules refuse send the reader back to the first step with a wrong one, which shows why.
 */
export const load: PageServerLoad = ({ url }) => {
  const lang: GuideLang = getLocale() === 'es' ? 'es' : 'en';
  const questionnaire = guideQuestionnaire(lang);
  const answers = answersFromParams(questionnaire, url.searchParams);
  const carried = answersToParams(questionnaire, answers);
  const org = carriedOrg(url.searchParams);
  const today = guideToday();
  const outcome = guideResult(questionnaire, answers, lang, today);
  if (!outcome.ok) {
    carried.set('answered', String(outcome.step));
    redirect(303, `${localizedPath('/guide', getLocale())}?${withOrg(carried, org).toString()}`);
  }
  const { result } = outcome;
  const issueLabels = Object.fromEntries(
    (questionnaire.questions.find((q) => q.id === 'issues')?.choices ?? []).map((c) => [
      c.value,
      c.label,
    ]),
  );
  const pathways = result.recommendation.pathways;
  const change = withOrg(new URLSearchParams(carried), org);
  change.set('step', '1');
  // "What to do first" and "what to gather", with their glossary terms linked (each term once
  // across both), made here so the page needs no glossary of its own.
  const gather = pathways
    .map((p) => ({ id: p.id, text: pathwayPrepare(p.id) }))
    .filter((p): p is { id: typeof p.id; text: string } => p.text !== undefined);
  const [firstReason = [], ...gatherTexts] = linkTermsInSection(
    [pathways[0]?.reason ?? '', ...gather.map((item) => item.text)],
    lang,
  );
  return {
    firstReason,
    gather: gather.map((item, index) => ({ id: item.id, text: gatherTexts[index] ?? [] })),
    lang,
    today,
    state: result.answers.state,
    stateName: stateLabel(questionnaire, result.answers.state),
    decisionDate: result.answers.district_decision_date ?? null,
    recommendation: result.recommendation,
    deadlines: result.deadlines,
    guides: guidesFor(
      result.answers,
      pathways.map((p) => p.id),
    ),
    issueLabels,
    /** The answers as `name=value` pairs, for the starter kit's hidden inputs. */
    carried: [...carried.entries()],
    /** The answers (and the organization the reader came from) for "get help". */
    query: withOrg(new URLSearchParams(carried), org).toString(),
    changeQuery: change.toString(),
  };
};
