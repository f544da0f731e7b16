import { parseIsoDate, type IsoDate } from '../days/index.js';
import type { RulesMessage } from '../messages/index.js';
import { getState } from '../states/index.js';
import rawCenters from './parent-centers.json';
import {
  parseParentCenterDirectory,
  type ParentCenter,
  type ParentCenterConfidence,
  type ParentCenterType,
} from './schema.js';

/**
 * The national directory of Parent Centers, kept by the Center for Parent Information and
 * Resources (CPIR, funded by the US Department of Education's OSEP). Shown wherever this
 * directory has no confirmed center, and as the place to look for any center it lacks.
 *
 * @example
 * ```ts
 * NATIONAL_PARENT_CENTER_DIRECTORY.url; // 'https://www.parentcenterhub.org/find-your-center/'
 * ```
 */
export const NATIONAL_PARENT_CENTER_DIRECTORY = {
  url: 'https://www.parentcenterhub.org/find-your-center/',
  publisher: 'Center for Parent Information and Resources',
} as const;

/**
 * A source at least this many years older than today may describe a center that has since
 * changed: OSEP funds Parent Centers in five-year grants (the directory's own notes on LINKS
 * Mat-Su, Wisconsin FACETS and STEP), so a source this old may predate the current grant.
 *
 * @example
 * ```ts
 * SOURCE_OLD_AFTER_YEARS; // 5
 * ```
 */
export const SOURCE_OLD_AFTER_YEARS = 5;

/**
 * A center as listed for a parent: the entry, whether its source is old, and the notice to show
 * beside it (a {@link RulesMessage} `parent_centers.notice`, or `null` when a source confirms it
 * and is recent).
 *
 * @example
 * ```ts
 * const listing: ParentCenterListing = parentCentersFor('KS', { today: '2026-12-01' }).centers[0]!;
 * listing.confidence;  // 'unconfirmed'
 * listing.sourceIsOld; // true (1991)
 * ```
 */
export interface ParentCenterListing extends ParentCenter {
  /** `null` when no `today` was given, or the source has no date. */
  sourceIsOld: boolean | null;
  notice: RulesMessage | null;
}

/**
 * What the directory says for one state. `hasConfirmedCenter: false` means no source confirmed
 * a Parent Center here: show `message` (`parent_centers.none_confirmed`) with a link to
 * `nationalDirectory`, and any lower-confidence `centers` with their notices.
 *
 * @example
 * ```ts
 * const answer: ParentCentersAnswer = parentCentersFor('IN');
 * answer.hasConfirmedCenter; // false
 * answer.message;            // { key: 'parent_centers.none_confirmed', params: { state: 'IN' } }
 * ```
 */
export interface ParentCentersAnswer {
  state: string;
  /** PTIs first, then CPRCs; within each, confirmed, then probable, then unconfirmed. */
  centers: ParentCenterListing[];
  hasConfirmedCenter: boolean;
  message: RulesMessage | null;
  /** The research's note when it searched this state and found no center (English, for staff). */
  searchNote: string | null;
  nationalDirectory: typeof NATIONAL_PARENT_CENTER_DIRECTORY;
}

const DIRECTORY = parseParentCenterDirectory(rawCenters);

const TYPE_ORDER: Record<ParentCenterType, number> = { PTI: 0, CPRC: 1 };
const CONFIDENCE_ORDER: Record<ParentCenterConfidence, number> = {
  confirmed: 0,
  probable: 1,
  unconfirmed: 2,
};

function listing(center: ParentCenter, todayYear: number | null): ParentCenterListing {
  const sourceIsOld =
    todayYear === null || center.sourceYear === null
      ? null
      : todayYear - center.sourceYear >= SOURCE_OLD_AFTER_YEARS;
  const doubtful =
    center.confidence !== 'confirmed' || center.sourceYear === null || sourceIsOld === true;
  const notice: RulesMessage | null = doubtful
    ? {
        key: 'parent_centers.notice',
        params: {
          confidence: center.confidence,
          sourceYear: center.sourceYear,
          old: sourceIsOld === true,
        },
      }
    : null;
  return { ...center, sourceIsOld, notice };
}

/**
 * The Parent Centers of a state or DC, from the directory data (each entry with its source and
 * confidence), ordered PTIs first, then CPRCs, and confirmed before lower confidence (the
 * data's order otherwise). Every state answers: where no entry is confirmed,
 * `hasConfirmedCenter` is false and `message` says so and points to the national directory.
 * Pass `today` to have old sources marked (see {@link SOURCE_OLD_AFTER_YEARS}). Throws
 * {@link RulesInputError} for an unknown state code or a bad date.
 *
 * @example
 * ```ts
 * parentCentersFor('AZ').centers.map((c) => c.name); // ['Raising Special Kids']
 * parentCentersFor('NE').hasConfirmedCenter;         // false
 * parentCentersFor('NE').nationalDirectory.url;      // 'https://www.parentcenterhub.org/find-your-center/'
 * ```
 */
export function parentCentersFor(
  stateCode: unknown,
  options: { today?: IsoDate } = {},
): ParentCentersAnswer {
  const state = getState(stateCode).code;
  const todayYear =
    options.today === undefined ? null : Number(parseIsoDate(options.today, 'today').slice(0, 4));
  const centers = DIRECTORY.centers
    .filter((c) => c.state === state)
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        TYPE_ORDER[a.c.type] - TYPE_ORDER[b.c.type] ||
        CONFIDENCE_ORDER[a.c.confidence] - CONFIDENCE_ORDER[b.c.confidence] ||
        a.order - b.order,
    )
    .map(({ c }) => listing(c, todayYear));
  const hasConfirmedCenter = centers.some((c) => c.confidence === 'confirmed');
  return {
    state,
    centers,
    hasConfirmedCenter,
    message: hasConfirmedCenter
      ? null
      : { key: 'parent_centers.none_confirmed', params: { state } },
    searchNote: DIRECTORY.notFound.get(state) ?? null,
    nationalDirectory: NATIONAL_PARENT_CENTER_DIRECTORY,
  };
}
