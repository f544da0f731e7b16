import { issueIds, pathwayIds } from '@continuum/rules';

/**
 * The continuum stages a case can reach: intake, then every pathway from the least to the
 * most formal (packages/rules' `pathwayIds` order, docs/domain.md section 1).
 */
export const CASE_STAGES: readonly string[] = ['intake', ...pathwayIds];

export const ISSUE_CATEGORIES: readonly string[] = issueIds;

/** The further of two stages; a stage never moves back by itself. */
export function furtherStage(current: string, candidate: string): string {
  const a = CASE_STAGES.indexOf(current);
  const b = CASE_STAGES.indexOf(candidate);
  return b > a ? candidate : current;
}
