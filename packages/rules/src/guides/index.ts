/**
 * The public guides (five situations families arrive with), their state facts and the
 * parent rights card: bilingual text with the federal rules it restates.
 */
export type {
  Guide,
  GuideComparison,
  GuideSection,
  GuideSlug,
  GuideStateFactId,
  GuideText,
} from './types.js';
export { GUIDES, findGuide, guideSlugs } from './guides.js';
export { OBJECTION_WINDOWS, type ObjectionWindow } from './objection-window.js';
export {
  citationsOnly,
  guideStateFactIds,
  guideStateFacts,
  type GuideStateFact,
} from './state-facts.js';
export { PARENT_RIGHTS, rightsCard, type ParentRight, type RightsCard } from './rights.js';
