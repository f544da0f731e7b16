/**
 * Pathway recommendation (part 5): from intake facts, the ranked continuum steps with a
 * plain-language reason in English or Spanish, their basis, and the warnings that apply.
 */
export {
  type IssueId,
  type PathwayId,
  type PathwayRecommendation,
  type PlanType,
  type RecommendInput,
  type Recommendation,
  type RecommendationWarning,
  type Urgency,
  type WarningId,
  issueIds,
  pathwayIds,
  planTypes,
  urgencies,
  warningIds,
} from './types.js';
export { parseRecommendInput, recommend } from './recommend.js';
export { type FilingDeadline, filingDeadlines } from './deadlines.js';
