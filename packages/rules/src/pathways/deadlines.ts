import { daysBetween, type IsoDate } from '../days/index.js';
import { parseLang, type Lang } from '../intake/lang.js';
import { getState, type Confidence } from '../states/index.js';
import { limitOriginText, limitTitleText, type LimitKind } from './catalog.js';
import {
  addDuration,
  dueProcessClock,
  ferpaClock,
  ocrClock,
  stateComplaintClock,
} from './limits.js';
import { parseRecommendInput, recommend } from './recommend.js';
import type { PathwayId, RecommendInput } from './types.js';

/**
 * One filing limit as a date: the last day to start a pathway, counted from the school's
 * decision. `deadline` and `daysLeft` are null when the length is unknown (or counted in
 * school days, which need the school's calendar); `note` then says "unknown — check your
 * state's procedural safeguards notice". `daysLeft` is negative once the day has passed.
 *
 * @example
 * ```ts
 * const d: FilingDeadline = {
 *   kind: 'state_complaint', pathways: ['state_complaint'],
 *   title: 'Last day to file a state complaint', note: 'The limit is 1 year from ...',
 *   deadline: '2027-03-02', daysLeft: 88, basis: ['34 CFR 300.153(c)'], confidence: 'high',
 * };
 * ```
 */
export interface FilingDeadline {
  kind: LimitKind;
  pathways: PathwayId[];
  title: string;
  note: string;
  deadline: IsoDate | null;
  daysLeft: number | null;
  basis: string[];
  confidence: Confidence;
}

const KIND_PATHWAYS: Readonly<Record<LimitKind, readonly PathwayId[]>> = {
  due_process: ['due_process', 'expedited_due_process'],
  state_complaint: ['state_complaint'],
  ocr: ['ocr_complaint'],
  ferpa: ['ferpa_complaint'],
};

/**
 * Every filing limit that applies to a family's recommended pathways, as a dated list, far or
 * near: `recommend` warns only in the last 90 days, while a family planning its steps needs
 * every last day. The same clocks as the warnings: due process (the state's limit, or the
 * federal 2 years: 34 CFR 300.507(a)(2), 300.511(e)), state complaint (1 year,
 * 34 CFR 300.153(c)), OCR (180 days, 34 CFR 100.7(b)) and FERPA (180 days, 34 CFR 99.64(c)),
 * each run from `districtDecisionDate`. No decision date, no dates: an empty list. Dates are
 * not moved off weekends or holidays (idea-rules.md: a parent's deadline is shown un-rolled,
 * the safe day).
 *
 * Pure: validates its input like `recommend` (`RulesInputError` naming the field).
 *
 * @example
 * ```ts
 * filingDeadlines({
 *   state: 'AZ', planType: 'iep', issues: ['services_insufficient'],
 *   districtDecisionDate: '2026-11-01', writtenNotice: false, today: '2026-11-23',
 * }, 'en').map((d) => [d.kind, d.deadline]);
 * // [['state_complaint', '2027-11-01'], ['due_process', '2028-11-01']]
 * ```
 */
export function filingDeadlines(input: RecommendInput, lang: Lang): FilingDeadline[] {
  const valid = parseRecommendInput(input);
  const language = parseLang(lang);
  const decided = valid.districtDecisionDate;
  if (decided === undefined || decided === null) return [];
  const state = getState(valid.state, 'state');
  const ranked = recommend(valid, language).pathways.map((p) => p.id);
  const clocks = [dueProcessClock(state), stateComplaintClock(state), ocrClock(), ferpaClock()];
  const deadlines: FilingDeadline[] = [];
  for (const clock of clocks) {
    const pathways = ranked.filter((id) => KIND_PATHWAYS[clock.kind].includes(id));
    if (pathways.length === 0) continue;
    const deadline = clock.duration === null ? null : addDuration(decided, clock.duration);
    deadlines.push({
      kind: clock.kind,
      pathways,
      title: limitTitleText(clock.kind, language),
      note: limitOriginText(
        clock.kind,
        clock.origin,
        deadline === null ? null : clock.duration,
        language,
      ),
      deadline,
      daysLeft: deadline === null ? null : daysBetween(valid.today, deadline),
      basis: [...clock.basis],
      confidence: deadline === null ? 'unknown' : clock.confidence,
    });
  }
  // Soonest first; an unknown last day goes first of all, since it may be the soonest.
  const order = (d: FilingDeadline): number =>
    d.deadline === null ? Number.MIN_SAFE_INTEGER : daysBetween(decided, d.deadline);
  return deadlines.sort((a, b) => order(a) - order(b));
}
