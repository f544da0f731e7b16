import { redirect } from '@sveltejs/kit';
import { parseRecommendation } from '$lib/family/recommendation';
import { loadIntake } from '$lib/server/family/intake';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/**
 * What the rules package recommended when the intake was sent: warnings, ranked pathways,
 * and where the family stands on the continuum. Shown as stored, in the language the intake
 * was sent in; the page's own words follow the reader's language.
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
  const { intake, questionnaire } = view;
  if (intake.status === 'DRAFT') redirect(303, `/intake/${intake.id}`);
  // Issue names from the questionnaire, in the reader's language, for "why it fits".
  const issueLabels = Object.fromEntries(
    (questionnaire.questions.find((q) => q.id === 'issues')?.choices ?? []).map((c) => [
      c.value,
      c.label,
    ]),
  );
  return {
    intakeId: intake.id,
    submittedAt: intake.submittedAt ?? intake.updatedAt,
    lang: intake.lang === 'ES' ? ('es' as const) : ('en' as const),
    hasCase: intake.caseId !== null && intake.caseId !== undefined,
    recommendation: parseRecommendation(intake.recommendation) ?? { pathways: [], warnings: [] },
    issueLabels,
  };
};
