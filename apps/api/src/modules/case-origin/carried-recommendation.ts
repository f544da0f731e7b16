import {
  answersToRecommendInput,
  type IntakeAnswers,
  type Lang,
  type Recommendation,
  recommend,
  RulesInputError,
} from '@continuum/rules';
import type { IntakeEntity } from '../intakes/intake.entity';
import type { CarriedRecommendationModel } from './case-origin.model';

/** What a recommendation advises, whatever the language: pathways in order, warnings and dates. */
function advice(r: Recommendation): string {
  return JSON.stringify({
    pathways: [...r.pathways].sort((a, b) => a.rank - b.rank).map((p) => p.id),
    warnings: r.warnings.map((w) => [w.id, w.deadline ?? null]),
  });
}

/**
 * The intake's recommendation for its case, in `lang`. The intake is the one source: its answers
 * and submission day are read again by the rules (the recommendation functions take the
 * language), so a Spanish-speaking family's intake reads in English to an English-speaking
 * advocate and the other way round. Where the rules, corrected since, advise differently from
 * what was stored at submission, `revisedSinceSubmission` says so; the stored one stays on the
 * intake as what the family was shown. Answers the rules can no longer read fall back to the
 * stored recommendation, in the family's language. Null for a draft or an intake with neither.
 *
 * Days left are not carried: counted from the submission they would be wrong by the time a
 * case is read; the dates are.
 */
export function carriedRecommendation(
  intake: IntakeEntity,
  lang: Lang,
): CarriedRecommendationModel | null {
  if (intake.status === 'DRAFT') return null;
  const on = intake.submittedOn ?? intake.submittedAt?.toISOString().slice(0, 10) ?? null;
  if (!on) return null;
  let current: Recommendation | null = null;
  try {
    current = recommend(
      answersToRecommendInput(intake.answers as unknown as IntakeAnswers, on),
      lang,
    );
  } catch (error) {
    if (!(error instanceof RulesInputError)) throw error;
  }
  const stored = intake.recommendation;
  const shown = current ?? stored;
  if (!shown) return null;
  return {
    intakeId: intake.id,
    lang: current ? lang : intake.lang,
    submittedOn: on,
    warnings: shown.warnings.map((w) => ({
      id: w.id,
      message: w.message,
      basis: [...w.basis],
      confidence: w.confidence,
      deadline: w.deadline ?? null,
    })),
    pathways: [...shown.pathways]
      .sort((a, b) => a.rank - b.rank)
      .map((p) => ({
        id: p.id,
        rank: p.rank,
        reason: p.reason,
        basis: [...p.basis],
        confidence: p.confidence,
        issues: [...p.issues],
      })),
    revisedSinceSubmission:
      current !== null && stored !== null && advice(current) !== advice(stored),
  };
}
