import { isoOfEpochDay } from '../days/index.js';
import { EVALUATION_CEILING } from '../states/index.js';
import { addDuration, after, computed, describeDuration, lastEvent, needsCalendar, unknownDeadline } from './build.js';
import type { Deadline, ProceedingDefinition } from './types.js';

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
    return [after(ctx, { id, basis, confidence: timeline.confidence, note }, consent, t.duration)];
  },
};

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
