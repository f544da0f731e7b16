import { addSchoolEpochDays, isoOfEpochDay } from '../days/index.js';
import { after, computed, lastEvent, msg } from './build.js';
import type { Deadline, DeadlineContext, ProceedingDefinition } from './types.js';

/**
 * The school day on which the cumulative removal count passes 10, and whether the count
 * could be dated exactly. Removals are counted in the school year of the calendar given (all
 * removals when there is none).
 */
function eleventhDay(ctx: DeadlineContext): { day: number; exact: boolean; total: number } | null {
  let total = 0;
  const cal = ctx.schoolDays;
  const first = cal === null ? null : cal[0];
  const last = cal === null ? null : cal[cal.length - 1];
  for (const e of ctx.events) {
    if (e.type !== 'removal') continue;
    if (first != null && last != null && (e.day < first || e.day > last)) continue;
    if (total + e.schoolDays > 10) {
      const k = 10 - total; // removal days of this removal before the 11th cumulative day
      if (k === 0) return { day: e.day, exact: true, total: total + e.schoolDays };
      const day = cal === null ? null : addSchoolEpochDays(e.day, k, cal);
      return day === null ? { day: e.day, exact: false, total: total + e.schoolDays } : { day, exact: true, total: total + e.schoolDays };
    }
    total += e.schoolDays;
  }
  return null;
}

/** Discipline: removals, the manifestation determination and the change of placement. */
export const discipline: ProceedingDefinition = {
  kind: 'discipline',
  summary: 'Disciplinary removals, the manifestation determination and their limits',
  basis: ['34 CFR 300.530', '34 CFR 300.536'],
  states: ['open', 'removed', 'change_of_placement', 'manifestation_reviewed', 'closed'],
  initial: 'open',
  events: {
    removal: { to: 'removed', summary: 'the child was removed (suspension) for `schoolDays` school days from this date (default 1)' },
    removal_decision: { to: 'change_of_placement', summary: 'the district decided to change placement for a code-of-conduct violation' },
    special_circumstances_removal: { to: 'change_of_placement', summary: 'removal to an interim setting for weapons, drugs or serious bodily injury' },
    manifestation_determination_held: { to: 'manifestation_reviewed', summary: 'the manifestation determination review took place' },
    returned_to_placement: { to: 'closed', summary: 'the child returned to the prior placement' },
  },
  deadlines(ctx) {
    const out: Deadline[] = [];
    const decision = lastEvent(ctx, 'removal_decision', 'special_circumstances_removal');
    if (decision !== undefined) {
      out.push(after(ctx, { id: 'manifestation_determination', basis: ['34 CFR 300.530(e)'], confidence: 'medium', message: msg('deadline.manifestation_determination') }, decision, { amount: 10, unit: 'school_days' }));
    }
    const special = lastEvent(ctx, 'special_circumstances_removal');
    if (special !== undefined) {
      out.push(after(ctx, { id: 'interim_setting_limit', basis: ['34 CFR 300.530(g)'], confidence: 'medium', message: msg('deadline.interim_setting_limit') }, special, { amount: 45, unit: 'school_days' }));
    }
    const crossing = eleventhDay(ctx);
    if (crossing !== null) {
      out.push(
        computed(ctx, {
          id: 'change_of_placement',
          basis: ['34 CFR 300.536', '34 CFR 300.530(b)', '34 CFR 300.530(d)'],
          confidence: 'medium',
          message: msg('deadline.change_of_placement', { total: crossing.total, day: isoOfEpochDay(crossing.day), exact: crossing.exact }),
        }, crossing.day, 'school_days'),
      );
    }
    return out;
  },
};
