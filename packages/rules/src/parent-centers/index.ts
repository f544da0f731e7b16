/**
 * The Parent Center directory: the federally funded Parent Training and Information Centers and
 * Community Parent Resource Centers of each state, each entry with its source and confidence,
 * and the national directory for what it does not confirm. See docs/domain.md.
 */
export { type ParentCenter, type ParentCenterConfidence, type ParentCenterType } from './schema.js';
export {
  NATIONAL_PARENT_CENTER_DIRECTORY,
  SOURCE_OLD_AFTER_YEARS,
  type ParentCenterListing,
  type ParentCentersAnswer,
  parentCentersFor,
} from './directory.js';
