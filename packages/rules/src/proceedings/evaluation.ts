import { addSchoolEpochDays, civilOf, epochDayOf, isoOfEpochDay } from '../days/index.js';
import { EVALUATION_CEILING, UNKNOWN_NOTE, type EndOfYearRule } from '../states/index.js';
import { addDuration, after, computed, describeDuration, lastEvent, needsCalendar, unknownDeadline, type RuleSpec } from './build.js';
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
    if (timeline.value === null && timeline.contested !== undefined) {
      // No federal fallback date here: one of the disputed rules counts from the referral, earlier than consent.
      const lead = (timeline.note ?? '').startsWith(`${UNKNOWN_NOTE}. `) ? (timeline.note ?? '').slice(UNKNOWN_NOTE.length + 2) : (timeline.note ?? '');
      return [unknownDeadline({ id, basis: [...timeline.contested, FEDERAL_EVALUATION], confidence: timeline.confidence, note: `${ctx.state.name}: ${lead}` })];
    }
    if (timeline.value === null) {
      return [
        unknownDeadline({
          id,
          basis: [FEDERAL_EVALUATION],
          confidence: timeline.confidence,
          note: `the reference has no verified ${ctx.state.name} evaluation timeline; where a State sets none, the federal rule is 60 days from consent (${isoOfEpochDay(consent.day + 60)})`,
        }),
      ];
    }
    const t = timeline.value;
    const basis = [timeline.source ?? FEDERAL_EVALUATION, FEDERAL_EVALUATION];
    const extra = t.exclusions.length === 0 ? '' : `; exceptions: ${t.exclusions.join('; ')}`;
    const note = `${describeDuration(t.duration)} from ${t.clockStart}, for: ${t.endpoint}${extra}`;
    if (t.pausesForBreaks) {
      return [
        needsCalendar(
          {
            id,
            basis,
            confidence: timeline.confidence,
            note: `${note}. This clock stops during school breaks (${t.sourceUnit}); count it on the district calendar. It cannot end before ${isoOfEpochDay(consent.day + t.duration.amount)}`,
          },
          t.duration.unit,
        ),
      ];
    }
    const ceiling = EVALUATION_CEILING[ctx.state.code];
    if (ceiling !== undefined) {
      // "Whichever is less": the calendar-day ceiling holds even without a school calendar.
      const capDay = addDuration(ctx, consent.day, ceiling.duration) ?? consent.day;
      const byCount = addDuration(ctx, consent.day, t.duration);
      const spec = { id, basis, confidence: timeline.confidence, note: `${note}; ${ceiling.note}` };
      if (byCount === null) {
        return [needsCalendar({ ...spec, note: `${spec.note}: no later than ${isoOfEpochDay(capDay)}, earlier if the school days run out first; pass the district calendar to date it` }, t.duration.unit)];
      }
      return [byCount <= capDay ? computed(ctx, spec, byCount, t.duration.unit) : computed(ctx, spec, capDay, ceiling.duration.unit)];
    }
    if (t.endOfYear !== undefined && t.duration.unit === 'school_days') {
      return [endOfYearDeadline(ctx, { id, basis, confidence: timeline.confidence, note }, consent, t.duration.amount, t.endOfYear)];
    }
    return [after(ctx, { id, basis, confidence: timeline.confidence, note }, consent, t.duration)];
  },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A gap between two school days longer than this (in calendar days) is the summer break. */
const SUMMER_GAP_DAYS = 42;

/**
 * The last instructional day of the school year that holds the first school day after `day`:
 * the calendar's last school day, or the last one before a gap longer than six weeks (a
 * calendar may list two school years). `null` when the calendar has no school day after `day`.
 */
function lastInstructionalDay(schoolDays: Int32Array, day: number): { last: number; count: number } | null {
  let i = 0;
  while (i < schoolDays.length && (schoolDays[i] ?? 0) <= day) i += 1;
  if (i >= schoolDays.length) return null;
  let j = i;
  while (j + 1 < schoolDays.length && (schoolDays[j + 1] ?? 0) - (schoolDays[j] ?? 0) <= SUMMER_GAP_DAYS) j += 1;
  // `count` school days after `day`, up to and including the last instructional day.
  return { last: schoolDays[j] ?? day, count: j - i + 1 };
}

/**
 * Tex. Educ. Code 29.004: 45 school days from consent (a); consent at least 35 but fewer than
 * 45 school days before the last instructional day -> report due June 30 of that year (a-1);
 * fewer than 35 -> the 45 school days run on into the next school year (a).
 */
function endOfYearDeadline(ctx: DeadlineContext, spec: RuleSpec, consent: CheckedEvent, amount: number, rule: EndOfYearRule): Deadline {
  const days = ctx.schoolDays;
  if (days === null) {
    return needsCalendar({ ...spec, note: `${spec.note}; counted in school days: add the district's school calendar to date it (near the end of the school year the report may instead be due ${MONTHS[rule.dueMonth - 1] ?? ''} ${rule.dueDay}, ${rule.source})` }, 'school_days');
  }
  const year = lastInstructionalDay(days, consent.day);
  if (year === null) {
    return needsCalendar({ ...spec, note: `${spec.note}; the calendar given ends before the consent date: add the district's school calendar for this school year` }, 'school_days');
  }
  const lastIso = isoOfEpochDay(year.last);
  if (year.count >= amount) {
    return after(ctx, spec, consent, { amount, unit: 'school_days' });
  }
  const basis = [rule.source, ...spec.basis.filter((b) => b !== rule.source)];
  if (year.count >= rule.minSchoolDays) {
    const due = epochDayOf(civilOf(year.last).year, rule.dueMonth, rule.dueDay);
    return computed(ctx, { ...spec, basis, confidence: rule.confidence, note: `consent came ${year.count} school days before the last instructional day (${lastIso}): at least ${rule.minSchoolDays} but fewer than ${amount}, so the evaluation report is due ${isoOfEpochDay(due)} (${rule.source})` }, due, 'school_days');
  }
  const runOn = `consent came ${year.count} school days before the last instructional day (${lastIso}), fewer than ${rule.minSchoolDays}: the ${amount} school days run on into the next school year (${spec.basis[0] ?? ''})`;
  const due = addSchoolEpochDays(consent.day, amount, days);
  if (due === null) {
    return needsCalendar({ ...spec, note: `${runOn}; add the district's school calendar for the next school year to date it` }, 'school_days');
  }
  return computed(ctx, { ...spec, note: `${runOn}; ${spec.note}` }, due, 'school_days');
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
          note: 'a meeting to develop the first IEP within 30 days of the decision that the child needs special education',
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
          note: 'the IEP is reviewed at least once every 12 months: one year after the last IEP meeting (February 29 becomes February 28)',
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
          note: 'a reevaluation at least once every 3 years unless the parent and the district agree it is not needed',
        }, evaluated, { amount: 3, unit: 'years' }),
      );
    }
    return out;
  },
};
