import { execute, IntakeQuestionnaireDocument, MyCasesDocument } from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { apiLanguage } from '$lib/family/labels';
import { parseQuestionnaire, stateLabel } from '$lib/family/questionnaire';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import { finalLettersByCase } from '$lib/server/letters/parent-letters';
import type { PageServerLoad } from './$types';

/**
 * A parent's own cases: status, stage, deadlines with their basis, and what happened. Written
 * to a parent; advocates and admins follow cases in their caseload.
 */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  if (session.me.role !== 'PARENT') error(403, 'forbidden');
  try {
    const lang = apiLanguage(getLocale());
    const { data } = await execute(fetch, MyCasesDocument, { lang });
    // A case waiting for its state to be confirmed names both states, as the questionnaire does.
    const states = data.caseload.nodes.some((c) => c.stateQuestion)
      ? parseQuestionnaire(
          (await execute(fetch, IntakeQuestionnaireDocument, { lang })).data.intakeQuestionnaire,
        )
      : null;
    const cases = data.caseload.nodes.map((c) => ({
      ...c,
      stateQuestion: c.stateQuestion && {
        intakeState: stateLabel(states, c.stateQuestion.intakeState),
        studentState: stateLabel(states, c.stateQuestion.studentState),
      },
      // Soonest first; deadlines without a date (unknown, waiting for a calendar) last.
      deadlines: c.proceedings
        .flatMap((p) => p.deadlines)
        .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')),
      timeline: [...c.timeline].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
    }));
    return {
      cases,
      letters: await finalLettersByCase(
        fetch,
        cases.map((c) => c.id),
      ),
      intakes: data.intakes.map((i) => ({
        id: i.id,
        status: i.status,
        updatedAt: i.updatedAt,
        submittedAt: i.submittedAt,
      })),
    };
  } catch (cause) {
    handleApiError(cause, url);
  }
};
