import { addBusinessEpochDays, isoOfEpochDay } from '../days/index.js';
import type { RulesMessage } from '../messages/index.js';
import { addDuration, after, computed, durationParams, lastEvent, msg, noFixedDeadline, unknownDeadline } from './build.js';
import type { CheckedEvent, Deadline, DeadlineContext, ProceedingDefinition } from './types.js';

const CIVIL_FEDERAL = '34 CFR 300.516(b)';

type From = 'hearing_decision' | 'review_decision';

/** The deadlines that follow a hearing decision: state review (two tiers) and civil action. */
function afterDecision(ctx: DeadlineContext): Deadline[] {
  const out: Deadline[] = [];
  const decision = lastEvent(ctx, 'decision_issued');
  const reviewDecision = lastEvent(ctx, 'review_decision_issued');
  const tiers = ctx.state.hearingTiers;
  const civil = ctx.state.civilActionPeriod;
  const state = ctx.state.code;

  const civilAction = (from: CheckedEvent, after2: From, tiersUnknown = false): Deadline => {
    if (civil.value === null) {
      return unknownDeadline({
        id: 'civil_action',
        basis: [CIVIL_FEDERAL],
        confidence: civil.confidence,
        message: msg('deadline.civil_action.unknown', { state, from: after2, reference: isoOfEpochDay(from.day + 90), tiersUnknown }),
      }, 'days');
    }
    const due = addDuration(ctx, from.day, civil.value);
    return computed(ctx, {
      id: 'civil_action',
      basis: civil.federalDefault ? [CIVIL_FEDERAL] : [civil.source ?? CIVIL_FEDERAL, CIVIL_FEDERAL],
      confidence: civil.confidence,
      message: msg('deadline.civil_action', { state, ...durationParams(civil.value), from: after2, federalDefault: civil.federalDefault, tiersUnknown }),
    }, due ?? from.day, civil.value.unit);
  };

  // A state that names two courts (Ohio): both deadlines, the earlier one marked the safe date.
  const civilActions = (from: CheckedEvent, after2: From): Deadline[] => {
    const courts = ctx.state.civilActionCourts;
    if (courts.length === 0) return [civilAction(from, after2)];
    const dated = courts.map((c) => ({ c, day: addDuration(ctx, from.day, c.period) ?? from.day }));
    const safest = Math.min(...dated.map((d) => d.day));
    return dated.map(({ c, day }) => {
      // Two courts: the other one is the earlier (or the later) choice.
      const other = dated.find((d) => d.c !== c) ?? { c, day };
      return computed(ctx, {
        id: c.court === 'federal' ? 'civil_action' : 'civil_action_state_court',
        basis: [c.source, CIVIL_FEDERAL],
        confidence: c.confidence,
        message: msg('deadline.civil_action.court', {
          state,
          court: c.court,
          ...durationParams(c.period),
          from: after2,
          source: c.source,
          safe: day === safest,
          otherCourt: other.c.court,
          otherDate: isoOfEpochDay(other.day),
        }),
      }, day, c.period.unit);
    });
  };

  if (tiers.value === 2) {
    if (decision !== undefined) {
      const review = ctx.state.stateReview;
      if (review.value === null) {
        out.push(unknownDeadline({ id: 'state_review_request', basis: ['34 CFR 300.514(b)'], confidence: review.confidence, message: msg('deadline.state_review_request.unknown', { state }) }, 'days'));
      } else {
        const notice = review.value.noticeOfIntention;
        if (notice !== undefined) {
          out.push(after(ctx, {
            id: 'notice_of_intention',
            basis: [notice.source, '34 CFR 300.514(b)'],
            confidence: notice.confidence,
            message: msg('deadline.notice_of_intention', { state, ...durationParams(notice.period), source: notice.source, ...durationParams(review.value.requestPeriod, 'requestAmount', 'requestUnit') }),
          }, decision, notice.period));
        }
        const source = review.source ?? '34 CFR 300.514(b)';
        out.push(after(ctx, { id: 'state_review_request', basis: [source, '34 CFR 300.514(b)'], confidence: review.confidence, message: msg('deadline.state_review_request', { state, ...durationParams(review.value.requestPeriod), source }) }, decision, review.value.requestPeriod));
      }
    }
    const requested = lastEvent(ctx, 'review_requested');
    if (requested !== undefined) {
      out.push(after(ctx, { id: 'state_review_decision', basis: ['34 CFR 300.515(b)'], confidence: 'high', message: msg('deadline.state_review_decision') }, requested, { amount: 30, unit: 'days' }));
    }
    if (reviewDecision !== undefined) out.push(...civilActions(reviewDecision, 'review_decision'));
  } else if (tiers.value === 1) {
    if (decision !== undefined) out.push(...civilActions(decision, 'hearing_decision'));
  } else if (decision !== undefined) {
    out.push(unknownDeadline({ id: 'state_review_request', basis: ['34 CFR 300.514(b)'], confidence: tiers.confidence, message: msg('deadline.state_review_request.tiers_unknown', { state }) }, 'days'));
    out.push(civilAction(decision, 'hearing_decision', true));
  }
  return out;
}

/**
 * The due process filing limit: from the day the parent knew or should have known
 * (`knew_or_should_have_known`, 34 CFR 300.511(e)), or, in the states that count from the
 * district's action, from the district's written notice (`district_notice`). A state that counts
 * from the district's action never gets a date counted from another event.
 */
function filingLimit(ctx: DeadlineContext): Deadline[] {
  const knew = lastEvent(ctx, 'knew_or_should_have_known');
  const notice = lastEvent(ctx, 'district_notice');
  if (knew === undefined && notice === undefined) return [];
  const state = ctx.state.code;
  const limit = ctx.state.dueProcessLimitation;
  const start = ctx.state.dueProcessLimitationStart;
  const federal = ['34 CFR 300.507(a)(2)', '34 CFR 300.511(e)'];
  if (limit.value === null) {
    const reference = knew === undefined ? null : isoOfEpochDay(addDuration(ctx, knew.day, { amount: 2, unit: 'years' }) ?? knew.day);
    return [unknownDeadline({ id: 'filing_limit', basis: federal, confidence: limit.confidence, message: msg('deadline.filing_limit.unknown', { state, reference }) }, 'years')];
  }
  const basis = limit.federalDefault ? federal : [limit.source ?? federal[0] ?? '', ...federal];
  const limitParams = { state, ...durationParams(limit.value) };
  if (start.value === 'district_notice') {
    const source = start.source ?? basis[0] ?? '';
    const districtBasis = [source, ...basis.filter((b) => b !== source)];
    if (notice === undefined) {
      return [unknownDeadline({ id: 'filing_limit', basis: districtBasis, confidence: start.confidence, message: msg('deadline.filing_limit.needs_district_notice', { ...limitParams, source }) }, limit.value.unit)];
    }
    return [
      after(ctx, {
        id: 'filing_limit',
        basis: districtBasis,
        confidence: limit.confidence === 'high' && start.confidence === 'high' ? 'high' : 'medium',
        message: msg('deadline.filing_limit.district_notice', { ...limitParams, notice: notice.date, source }),
      }, notice, limit.value),
    ];
  }
  if (knew === undefined) {
    return [unknownDeadline({ id: 'filing_limit', basis, confidence: limit.confidence, message: msg('deadline.filing_limit.needs_knew', limitParams) }, limit.value.unit)];
  }
  return [
    after(ctx, {
      id: 'filing_limit',
      basis,
      confidence: limit.confidence,
      message: msg('deadline.filing_limit.knew', { ...limitParams, federalDefault: limit.federalDefault, source: basis[0] ?? '' }),
    }, knew, limit.value),
  ];
}

/** When the 45-day hearing clock of a parent's complaint starts (34 CFR 300.510(b)(2), (c)). */
interface ClockStart {
  /** The day before day 1 of the 45 days, or null when the clock has not started yet. */
  day: number | null;
  message: RulesMessage;
  basis: string[];
}

/**
 * 300.510(c): the 45-day clock starts the day after (1) a written waiver of the resolution
 * meeting or (2) a written agreement that no agreement is possible, before day 30; or (3) a
 * withdrawal, after day 30, from mediation that both parties agreed in writing
 * (`mediation_continued`) to continue past the resolution period. Otherwise it begins when the
 * 30-day period expires (300.510(b)(2)). A withdrawal before day 30, or from mediation nobody
 * agreed in writing to continue, changes nothing.
 */
function hearingClockStart(ctx: DeadlineContext, received: CheckedEvent, periodEnd: number): ClockStart {
  const basis = ['34 CFR 300.510(c)', '34 CFR 300.515(a)'];
  const inPeriod = (e: CheckedEvent) => e.day >= received.day && e.day < periodEnd;
  const early = ctx.events.find((e) => (e.type === 'resolution_waived' || e.type === 'resolution_agreement_impossible') && inPeriod(e));
  if (early !== undefined) {
    return { day: early.day, message: msg('deadline.hearing_decision', { start: early.type === 'resolution_waived' ? 'waived' : 'no_agreement', date: early.date }), basis };
  }
  // "At the end of the 30-day resolution period": an agreement signed after day 30 comes too late.
  const continued = ctx.events.find((e) => e.type === 'mediation_continued' && e.day >= received.day && e.day <= periodEnd);
  const withdrawals = ctx.events.filter((e) => e.type === 'mediation_withdrawn' && e.day >= received.day);
  if (continued !== undefined) {
    const withdrawn = withdrawals.find((e) => e.day > periodEnd);
    if (withdrawn !== undefined) {
      return { day: withdrawn.day, message: msg('deadline.hearing_decision', { start: 'mediation_withdrawn', date: withdrawn.date, continued: continued.date }), basis: ['34 CFR 300.510(c)(3)', '34 CFR 300.515(a)'] };
    }
    if (withdrawals.length === 0) {
      return { day: null, message: msg('deadline.hearing_decision.mediation_continued', { date: continued.date }), basis };
    }
  }
  return { day: periodEnd, message: msg('deadline.hearing_decision', { start: 'period_end', ignoredWithdrawal: withdrawals.length > 0 }), basis };
}

/** A due process complaint (34 CFR 300.507-300.516). */
export const dueProcess: ProceedingDefinition = {
  kind: 'due_process',
  summary: 'A due process complaint and hearing before an impartial hearing officer',
  basis: ['34 CFR 300.507', '34 CFR 300.508', '34 CFR 300.510', '34 CFR 300.515', '34 CFR 300.516'],
  states: ['draft', 'filed', 'resolution_period', 'hearing_timeline', 'settled', 'decided', 'under_review', 'final', 'closed'],
  initial: 'draft',
  events: {
    knew_or_should_have_known: { to: 'draft', summary: 'the parent knew or should have known of the action complained of' },
    district_notice: { to: 'draft', summary: 'the district gave written notice of the proposal or refusal at issue' },
    complaint_filed: { to: 'filed', summary: 'the complaint was sent' },
    complaint_received: { to: 'resolution_period', summary: 'the other party (the district, for a parent’s complaint) received the complaint' },
    complaint_amended: { to: 'resolution_period', summary: 'an amended complaint was filed: every timeline restarts (300.508(d)(4))' },
    sufficiency_challenged: { to: 'resolution_period', summary: 'the receiving party challenged the complaint as insufficient' },
    resolution_meeting_held: { to: 'resolution_period', summary: 'the resolution meeting took place' },
    resolution_waived: { to: 'hearing_timeline', summary: 'both parties waived the resolution meeting in writing' },
    resolution_agreement_impossible: { to: 'hearing_timeline', summary: 'both parties agreed in writing that no agreement is possible' },
    mediation_continued: { to: 'resolution_period', summary: 'both parties agreed in writing to continue mediation past the 30-day resolution period (300.510(c)(3))' },
    mediation_withdrawn: { to: 'hearing_timeline', summary: 'a party withdrew from mediation' },
    settlement_signed: { to: 'settled', summary: 'a written settlement was signed at the resolution meeting' },
    settlement_voided: { to: 'resolution_period', summary: 'a party voided the settlement within 3 business days' },
    hearing_scheduled: { to: 'hearing_timeline', summary: 'the hearing is set for this date' },
    extension_granted: { to: 'hearing_timeline', summary: 'the hearing officer granted a specific extension (300.515(c))' },
    decision_issued: { to: 'decided', summary: 'the hearing officer issued the decision' },
    review_requested: { to: 'under_review', summary: 'a party asked for state-level review (two-tier states)' },
    review_decision_issued: { to: 'final', summary: 'the state review officer issued the decision' },
    withdrawn: { to: 'closed', summary: 'the complaint was withdrawn' },
  },
  deadlines(ctx) {
    const out: Deadline[] = [...filingLimit(ctx)];
    const received = lastEvent(ctx, 'complaint_received', 'complaint_amended');
    const parentFiled = ctx.filedBy === 'parent';
    if (received !== undefined) {
      const amended = received.type === 'complaint_amended';
      const days = (amount: number) => ({ amount, unit: 'days' as const });
      if (parentFiled) {
        out.push(after(ctx, { id: 'lea_response', basis: ['34 CFR 300.508(e)', '20 U.S.C. 1415(c)(2)(B)(i)'], confidence: 'high', message: msg('deadline.lea_response', { amended }) }, received, days(10)));
      } else {
        out.push(after(ctx, { id: 'parent_response', basis: ['34 CFR 300.508(f)'], confidence: 'medium', message: msg('deadline.parent_response', { amended }) }, received, days(10)));
      }
      out.push(after(ctx, { id: 'sufficiency_challenge', basis: ['34 CFR 300.508(d)(1)'], confidence: 'medium', message: msg('deadline.sufficiency_challenge', { amended }) }, received, days(15)));
      if (parentFiled) {
        out.push(after(ctx, { id: 'resolution_meeting', basis: ['34 CFR 300.510(a)(1)'], confidence: 'high', message: msg('deadline.resolution_meeting', { amended }) }, received, days(15)));
        const periodEnd = received.day + 30;
        out.push(computed(ctx, { id: 'resolution_period_end', basis: ['34 CFR 300.510(b)(1)'], confidence: 'high', message: msg('deadline.resolution_period_end', { amended }) }, periodEnd, 'days'));
        const start = hearingClockStart(ctx, received, periodEnd);
        const extension = lastEvent(ctx, 'extension_granted');
        if (extension !== undefined && extension.day >= received.day) {
          out.push(noFixedDeadline({ id: 'hearing_decision', basis: ['34 CFR 300.515(c)'], confidence: 'high', message: msg('deadline.hearing_decision.extended', { date: extension.date }) }));
        } else if (start.day === null) {
          out.push(noFixedDeadline({ id: 'hearing_decision', basis: ['34 CFR 300.510(c)(3)', '34 CFR 300.515(a)'], confidence: 'high', message: start.message }));
        } else {
          // The 45-day clock "starts the day after" its trigger (300.510(c)) or "begins at the
          // expiration" of day 30 (300.510(b)(2)): day 1 is the trigger + 1, so day 45 is trigger + 45.
          out.push(computed(ctx, { id: 'hearing_decision', basis: start.basis, confidence: 'high', message: start.message }, start.day + 45, 'days'));
        }
      } else {
        out.push(unknownDeadline({ id: 'hearing_decision', basis: ['34 CFR 300.515(a)'], confidence: 'low', message: msg('deadline.hearing_decision.district_filed', { reference: isoOfEpochDay(received.day + 45) }) }, 'days'));
      }
    }
    const settlement = lastEvent(ctx, 'settlement_signed');
    if (settlement !== undefined) {
      const due = addBusinessEpochDays(settlement.day, 3, ctx.holidays);
      out.push(computed(ctx, { id: 'settlement_void', basis: ['34 CFR 300.510(e)'], confidence: 'medium', message: msg('deadline.settlement_void') }, due, 'business_days'));
    }
    const hearing = lastEvent(ctx, 'hearing_scheduled');
    if (hearing !== undefined) {
      const due = addBusinessEpochDays(hearing.day, -5, ctx.holidays);
      out.push(computed(ctx, { id: 'five_day_disclosure', basis: ['34 CFR 300.512(a)(3)', '34 CFR 300.512(b)'], confidence: 'medium', message: msg('deadline.five_day_disclosure', { hearing: hearing.date }) }, due, 'business_days'));
    }
    out.push(...afterDecision(ctx));
    return out;
  },
};

/** An expedited due process hearing on discipline (34 CFR 300.532). */
export const expeditedDueProcess: ProceedingDefinition = {
  kind: 'expedited_due_process',
  summary: 'An expedited hearing on a disciplinary placement or manifestation determination',
  basis: ['34 CFR 300.532'],
  states: ['draft', 'filed', 'resolution_period', 'hearing_timeline', 'decided', 'final', 'closed'],
  initial: 'draft',
  events: {
    complaint_filed: { to: 'filed', summary: 'the complaint was sent' },
    complaint_received: { to: 'resolution_period', summary: 'the other party received the complaint' },
    resolution_meeting_held: { to: 'resolution_period', summary: 'the resolution meeting took place' },
    resolution_waived: { to: 'hearing_timeline', summary: 'both parties waived the resolution meeting in writing' },
    hearing_scheduled: { to: 'hearing_timeline', summary: 'the hearing is set for this date' },
    hearing_held: { to: 'hearing_timeline', summary: 'the hearing took place' },
    decision_issued: { to: 'decided', summary: 'the hearing officer issued the decision' },
    review_requested: { to: 'decided', summary: 'a party asked for state-level review (two-tier states)' },
    review_decision_issued: { to: 'final', summary: 'the state review officer issued the decision' },
    withdrawn: { to: 'closed', summary: 'the complaint was withdrawn' },
  },
  deadlines(ctx) {
    const out: Deadline[] = [];
    const received = lastEvent(ctx, 'complaint_received');
    const texas = ctx.state.code === 'TX';
    if (received !== undefined) {
      out.push(after(ctx, { id: 'expedited_resolution_meeting', basis: ['34 CFR 300.532(c)(3)(i)'], confidence: 'medium', message: msg('deadline.expedited_resolution_meeting', { texas }) }, received, { amount: 7, unit: 'days' }));
      out.push(after(ctx, { id: 'expedited_resolution_period_end', basis: ['34 CFR 300.532(c)(3)(ii)'], confidence: 'medium', message: msg('deadline.expedited_resolution_period_end', { texas }) }, received, { amount: 15, unit: 'days' }));
    }
    // 300.532(c)(2) counts the hearing from the filing; receipt stands in when no filing date is recorded.
    const filed = lastEvent(ctx, 'complaint_filed') ?? received;
    if (filed !== undefined) {
      out.push(after(ctx, { id: 'expedited_hearing', basis: ['34 CFR 300.532(c)(2)'], confidence: 'medium', message: msg('deadline.expedited_hearing', { texas, fromReceipt: filed.type !== 'complaint_filed' }) }, filed, { amount: 20, unit: 'school_days' }));
    }
    const hearing = lastEvent(ctx, 'hearing_held') ?? lastEvent(ctx, 'hearing_scheduled');
    if (hearing !== undefined) {
      out.push(after(ctx, { id: 'expedited_decision', basis: ['34 CFR 300.532(c)(2)'], confidence: 'medium', message: msg('deadline.expedited_decision', { texas, fromScheduled: hearing.type !== 'hearing_held' }) }, hearing, { amount: 10, unit: 'school_days' }));
    }
    out.push(...afterDecision(ctx));
    return out;
  },
};
