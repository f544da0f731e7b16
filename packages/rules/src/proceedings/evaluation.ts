import { addSchoolEpochDays, civilOf, epochDayOf, isoOfEpochDay } from '../days/index.js';
import { EVALUATION_CEILING, type EndOfYearRule } from '../states/index.js';
import { addDuration, after, computed, durationParams, lastEvent, msg, needsCalendar, unknownDeadline, type RuleSpec } from './build.js';
import type { CheckedEvent, Deadline, DeadlineContext, ProceedingDefinition } from './types.js';

const FEDERAL_EVALUATION = '34 CFR 300.301(c)(1)';

/** The initial evaluation, from consent (34 CFR 300.301, or the state's own timeline). */
export const evaluation: ProceedingDefinition = {
  kind: 'evaluation',
  summary: 'The initial evaluation, from the parent’s consent to the eligibility decision',
  basis: ['34 CFR 300.301', '34 CFR 300.306'],
  states: ['awaiting_consent', 'in_progress', 'completed', 'eligibility_decided', 'closed'],
  initial: 'awaiting_consent',
  events: {
    consent_received: { to: 'in_progress', summary: 'the district received written consent to evaluate' },
    evaluation_completed: { to: 'completed', summary: 'the evaluation was completed' },
    eligibility_determined: { to: 'eligibility_decided', summary: 'eligibility was decided' },
    consent_refused: { to: 'closed', summary: 'the parent refused consent' },
  },
  deadlines(ctx): Deadline[] {
    const consent = lastEvent(ctx, 'consent_received');
    if (consent === undefined) return [];
    const timeline = ctx.state.evaluationTimeline;
    const id = 'initial_evaluation';
    const state = ctx.state.code;
    if (timeline.value === null && timeline.contested !== undefined) {
      // No federal fallback date here: one of the disputed rules counts from the referral, earlier than consent.
      return [unknownDeadline({ id, basis: [...timeline.contested, FEDERAL_EVALUATION], confidence: timeline.confidence, message: msg('deadline.initial_evaluation.contested', { state }) })];
    }
    if (timeline.value === null) {
      return [
        unknownDeadline({
          id,
          basis: [FEDERAL_EVALUATION],
          confidence: timeline.confidence,
          message: msg('deadline.initial_evaluation.unknown', { state, reference: isoOfEpochDay(consent.day + 60) }),
        }),
      ];
    }
    const t = timeline.value;
    const source = timeline.source ?? FEDERAL_EVALUATION;
    const basis = [source, FEDERAL_EVALUATION];
    const base = { state, ...durationParams(t.duration), source };
    if (t.pausesForBreaks) {
      return [
        needsCalendar({ id, basis, confidence: timeline.confidence, message: msg('deadline.initial_evaluation.breaks', { ...base, earliest: isoOfEpochDay(consent.day + t.duration.amount) }) }, t.duration.unit),
      ];
    }
    const ceiling = EVALUATION_CEILING[state];
    if (ceiling !== undefined) {
      // "Whichever is less": the calendar-day ceiling holds even without a school calendar.
      const capDay = addDuration(ctx, consent.day, ceiling.duration) ?? consent.day;
      const byCount = addDuration(ctx, consent.day, t.duration);
      const params = { ...base, ...durationParams(ceiling.duration, 'ceilingAmount', 'ceilingUnit') };
      if (byCount === null) {
        return [needsCalendar({ id, basis, confidence: timeline.confidence, message: msg('deadline.initial_evaluation.ceiling', { ...params, cap: isoOfEpochDay(capDay) }) }, t.duration.unit)];
      }
      const spec = { id, basis, confidence: timeline.confidence, message: msg('deadline.initial_evaluation.ceiling', params) };
      return [byCount <= capDay ? computed(ctx, spec, byCount, t.duration.unit) : computed(ctx, spec, capDay, ceiling.duration.unit)];
    }
    const spec = { id, basis, confidence: timeline.confidence, message: msg('deadline.initial_evaluation', base) };
    if (t.endOfYear !== undefined && t.duration.unit === 'school_days') {
      return [endOfYearDeadline(ctx, spec, consent, t.duration.amount, t.endOfYear)];
    }
    return [after(ctx, spec, consent, t.duration)];
  },
};

/** A gap between two school days longer than this (in calendar days) is the summer break. */
const SUMMER_GAP_DAYS = 42;

/**
 * For each school day of a calendar, the index of the last school day of its school year: the
 * calendar's last school day, or the last one before a gap longer than six weeks (a calendar
 * may list two school years). Computed once per compiled calendar.
 */
const yearEnds = new WeakMap<Int32Array, Int32Array>();

function yearEndIndex(schoolDays: Int32Array): Int32Array {
  const hit = yearEnds.get(schoolDays);
  if (hit !== undefined) return hit;
  const ends = new Int32Array(schoolDays.length);
  let end = schoolDays.length - 1;
  for (let j = schoolDays.length - 1; j >= 0; j -= 1) {
    if (j < schoolDays.length - 1 && (schoolDays[j + 1] ?? 0) - (schoolDays[j] ?? 0) > SUMMER_GAP_DAYS) end = j;
    ends[j] = end;
  }
  yearEnds.set(schoolDays, ends);
  return ends;
}

/**
 * The last instructional day of the school year that holds the first school day after `day`,
 * and how many school days come after `day` up to and including it. `null` when the calendar
 * has no school day after `day`.
 */
function lastInstructionalDay(schoolDays: Int32Array, day: number): { last: number; count: number } | null {
  let lo = 0;
  let hi = schoolDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((schoolDays[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= schoolDays.length) return null;
  const j = yearEndIndex(schoolDays)[lo] ?? lo;
  return { last: schoolDays[j] ?? day, count: j - lo + 1 };
}

/**
 * Tex. Educ. Code 29.004: 45 school days from consent (a); consent at least 35 but fewer than
 * 45 school days before the last instructional day -> report due June 30 of that year (a-1);
 * fewer than 35 -> the 45 school days run on into the next school year (a).
 */
function endOfYearDeadline(ctx: DeadlineContext, spec: RuleSpec, consent: CheckedEvent, amount: number, rule: EndOfYearRule): Deadline {
  const days = ctx.schoolDays;
  if (days === null) {
    const message = msg(spec.message.key, { ...spec.message.params, dueMonth: rule.dueMonth, dueDay: rule.dueDay, endOfYearSource: rule.source });
    return needsCalendar({ ...spec, message }, 'school_days', 'missing');
  }
  const year = lastInstructionalDay(days, consent.day);
  if (year === null) return needsCalendar(spec, 'school_days', 'too_short');
  if (year.count >= amount) return after(ctx, spec, consent, { amount, unit: 'school_days' });
  const basis = [rule.source, ...spec.basis.filter((b) => b !== rule.source)];
  const params = { count: year.count, lastDay: isoOfEpochDay(year.last), min: rule.minSchoolDays, amount };
  if (year.count >= rule.minSchoolDays) {
    const due = epochDayOf(civilOf(year.last).year, rule.dueMonth, rule.dueDay);
    return computed(ctx, { ...spec, basis, confidence: rule.confidence, message: msg('deadline.initial_evaluation.june30', { ...params, due: isoOfEpochDay(due), source: rule.source }) }, due, 'school_days');
  }
  // Fewer than the minimum: the clock runs on into the next school year (29.004(a)).
  const source = spec.basis[0] ?? '';
  const due = addSchoolEpochDays(consent.day, amount, days);
  if (due === null) {
    return needsCalendar({ ...spec, message: msg('deadline.initial_evaluation.run_on', { ...params, source, needsNextYear: true }) }, 'school_days');
  }
  return computed(ctx, { ...spec, message: msg('deadline.initial_evaluation.run_on', { ...params, source, needsNextYear: false }) }, due, 'school_days');
}

/** The IEP cycle: initial meeting, annual review, three-year reevaluation. */
export const iep: ProceedingDefinition = {
  kind: 'iep',
  summary: 'The IEP cycle: first IEP meeting, annual reviews and reevaluations',
  basis: ['34 CFR 300.323', '34 CFR 300.324', '34 CFR 300.303'],
  states: ['eligible', 'in_effect', 'closed'],
  initial: 'eligible',
  events: {
    eligibility_determined: { to: 'eligible', summary: 'the child was found eligible' },
    iep_meeting_held: { to: 'in_effect', summary: 'an IEP meeting developed or reviewed the IEP' },
    evaluation_completed: { to: 'in_effect', summary: 'an evaluation or reevaluation was completed' },
    services_ended: { to: 'closed', summary: 'special education ended (consent revoked, graduation, aging out)' },
  },
  deadlines(ctx) {
    const out: Deadline[] = [];
    const eligible = lastEvent(ctx, 'eligibility_determined');
    if (eligible !== undefined) {
      out.push(
        after(ctx, {
          id: 'initial_iep_meeting',
          basis: ['34 CFR 300.323(c)(1)'],
          confidence: 'medium',
          message: msg('deadline.initial_iep_meeting'),
        }, eligible, { amount: 30, unit: 'days' }),
      );
    }
    const meeting = lastEvent(ctx, 'iep_meeting_held');
    if (meeting !== undefined) {
      out.push(
        after(ctx, {
          id: 'annual_review',
          basis: ['34 CFR 300.324(b)(1)'],
          confidence: 'medium',
          message: msg('deadline.annual_review'),
        }, meeting, { amount: 1, unit: 'years' }),
      );
    }
    const evaluated = lastEvent(ctx, 'evaluation_completed');
    if (evaluated !== undefined) {
      out.push(
        after(ctx, {
          id: 'reevaluation',
          basis: ['34 CFR 300.303(b)(2)'],
          confidence: 'medium',
          message: msg('deadline.reevaluation'),
        }, evaluated, { amount: 3, unit: 'years' }),
      );
    }
    return out;
  },
};
