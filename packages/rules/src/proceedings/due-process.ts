import { addBusinessEpochDays, isoOfEpochDay } from '../days/index.js';
import { addDuration, after, computed, describeDuration, lastEvent, noFixedDeadline, unknownDeadline } from './build.js';
import type { CheckedEvent, Deadline, DeadlineContext, ProceedingDefinition } from './types.js';

const CIVIL_FEDERAL = '34 CFR 300.516(b)';
const ROLL_NOTE =
  'shown without rolling forward: a court may move a weekend or holiday last day to the next business day (Fed. R. Civ. P. 6(a)), but state courts differ';

/** The deadlines that follow a hearing decision: state review (two tiers) and civil action. */
function afterDecision(ctx: DeadlineContext): Deadline[] {
  const out: Deadline[] = [];
  const decision = lastEvent(ctx, 'decision_issued');
  const reviewDecision = lastEvent(ctx, 'review_decision_issued');
  const tiers = ctx.state.hearingTiers;
  const civil = ctx.state.civilActionPeriod;

  const civilAction = (from: CheckedEvent, after2: string): Deadline => {
    const spec = { id: 'civil_action', basis: [civil.source ?? CIVIL_FEDERAL, CIVIL_FEDERAL], confidence: civil.confidence, note: '' };
    if (civil.value === null) {
      return unknownDeadline({
        ...spec,
        basis: [CIVIL_FEDERAL],
        note: `the reference has no verified ${ctx.state.name} period for a civil action; where a State sets none, the federal period is 90 days from ${after2} (${isoOfEpochDay(from.day + 90)})`,
      }, 'days');
    }
    const due = addDuration(ctx, from.day, civil.value);
    const who = civil.federalDefault ? 'the federal period' : `the ${ctx.state.name} period`;
    return computed(ctx, { ...spec, basis: civil.federalDefault ? [CIVIL_FEDERAL] : spec.basis, note: `${describeDuration(civil.value)} from ${after2} (${who}); ${ROLL_NOTE}` }, due ?? from.day, civil.value.unit);
  };

  // A state that names two courts (Ohio): both deadlines, the earlier one marked the safe date.
  const civilActions = (from: CheckedEvent, after2: string): Deadline[] => {
    const courts = ctx.state.civilActionCourts;
    if (courts.length === 0) return [civilAction(from, after2)];
    const dated = courts.map((c) => ({ c, day: addDuration(ctx, from.day, c.period) ?? from.day }));
    const safest = Math.min(...dated.map((d) => d.day));
    return dated.map(({ c, day }) => {
      const others = dated.filter((d) => d.c !== c);
      const safe =
        day === safest
          ? `the safe date: the earlier of the ${dated.length} court deadlines, so filing by then keeps every court open`
          : `not the safe date: a case in the ${others.map((o) => o.c.name).join(' or ')} must be filed earlier, by ${others.map((o) => isoOfEpochDay(o.day)).join(', ')}`;
      return computed(ctx, {
        id: c.court === 'federal' ? 'civil_action' : 'civil_action_state_court',
        basis: [c.source, CIVIL_FEDERAL],
        confidence: c.confidence,
        note: `${describeDuration(c.period)} from ${after2} to bring a civil action in the ${c.name} (${c.source}); ${safe}; ${ROLL_NOTE}`,
      }, day, c.period.unit);
    });
  };

  if (tiers.value === 2) {
    if (decision !== undefined) {
      const review = ctx.state.stateReview;
      if (review.value === null) {
        out.push(unknownDeadline({ id: 'state_review_request', basis: ['34 CFR 300.514(b)'], confidence: review.confidence, note: `${ctx.state.name} has a second tier (state review); the reference has no verified time limit to ask for it` }, 'days'));
      } else {
        const notice = review.value.noticeOfIntention;
        if (notice !== undefined) {
          out.push(after(ctx, { id: 'notice_of_intention', basis: [notice.source, '34 CFR 300.514(b)'], confidence: notice.confidence, note: notice.note }, decision, notice.period));
        }
        out.push(after(ctx, { id: 'state_review_request', basis: [review.source ?? '34 CFR 300.514(b)', '34 CFR 300.514(b)'], confidence: review.confidence, note: `ask for state review within ${describeDuration(review.value.requestPeriod)} of ${review.value.runsFrom}; ${review.note ?? ''}`.replace(/; $/, '') }, decision, review.value.requestPeriod));
      }
    }
    const requested = lastEvent(ctx, 'review_requested');
    if (requested !== undefined) {
      out.push(after(ctx, { id: 'state_review_decision', basis: ['34 CFR 300.515(b)'], confidence: 'high', note: 'the reviewing official decides within 30 days of receiving the request for review; a target date that may be extended at a party’s request (300.515(c))' }, requested, { amount: 30, unit: 'days' }));
    }
    if (reviewDecision !== undefined) out.push(...civilActions(reviewDecision, 'the state review decision'));
  } else if (tiers.value === 1) {
    if (decision !== undefined) out.push(...civilActions(decision, 'the hearing decision'));
  } else if (decision !== undefined) {
    out.push(unknownDeadline({ id: 'state_review_request', basis: ['34 CFR 300.514(b)'], confidence: tiers.confidence, note: `the reference does not say whether ${ctx.state.name} has one or two hearing tiers` }, 'days'));
    const c = civilAction(decision, 'the hearing decision');
    out.push({ ...c, note: `${c.note}; in a two-tier state the civil action runs from the state review decision instead` });
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
  const limit = ctx.state.dueProcessLimitation;
  const start = ctx.state.dueProcessLimitationStart;
  const federal = ['34 CFR 300.507(a)(2)', '34 CFR 300.511(e)'];
  const fromDistrict = start.value === 'district_notice';
  if (limit.value === null) {
    const reference = knew === undefined ? '' : `; where a State sets no explicit limit, the federal limit is 2 years from when the parent knew or should have known (${isoOfEpochDay(addDuration(ctx, knew.day, { amount: 2, unit: 'years' }) ?? knew.day)})`;
    return [unknownDeadline({ id: 'filing_limit', basis: federal, confidence: limit.confidence, note: `the reference has no verified ${ctx.state.name} filing limit${reference}` }, 'years')];
  }
  const basis = limit.federalDefault ? federal : [limit.source ?? federal[0] ?? '', ...federal];
  const whose = limit.federalDefault ? 'the federal limit; the reference found no other limit for this state' : `the ${ctx.state.name} limit`;
  const exceptions = 'exceptions when the district misrepresented or withheld information (34 CFR 300.511(f))';
  if (fromDistrict) {
    const districtBasis = [start.source ?? basis[0] ?? '', ...basis.filter((b) => b !== start.source)];
    if (notice === undefined) {
      return [
        unknownDeadline({
          id: 'filing_limit',
          basis: districtBasis,
          confidence: start.confidence,
          note: `${ctx.state.name} counts ${describeDuration(limit.value)} from the district's action, not from when the parent knew (${start.source ?? ''}): record the date of the district's written notice of the proposal or refusal at issue to date it`,
        }, limit.value.unit),
      ];
    }
    return [
      after(ctx, {
        id: 'filing_limit',
        basis: districtBasis,
        confidence: limit.confidence === 'high' && start.confidence === 'high' ? 'high' : 'medium',
        note: `${describeDuration(limit.value)} from the district's written notice of ${notice.date} (${whose}); the rule: ${start.note ?? ''}; ${exceptions}`,
      }, notice, limit.value),
    ];
  }
  if (knew === undefined) {
    return [
      unknownDeadline({
        id: 'filing_limit',
        basis,
        confidence: limit.confidence,
        note: `${ctx.state.name} counts ${describeDuration(limit.value)} from when the parent knew or should have known of the action, which may be before the district's written notice (at a meeting, say): record that date to count from it`,
      }, limit.value.unit),
    ];
  }
  const trigger = ctx.state.dueProcessLimitationTrigger.value;
  return [
    after(ctx, {
      id: 'filing_limit',
      basis,
      confidence: limit.confidence,
      note: `${describeDuration(limit.value)} from when the parent knew or should have known (${whose})${trigger === null ? '' : `; the rule: ${trigger}`}; ${exceptions}`,
    }, knew, limit.value),
  ];
}

/** When the 45-day hearing clock of a parent's complaint starts (34 CFR 300.510(b)(2), (c)). */
interface ClockStart {
  /** The day before day 1 of the 45 days, or null when the clock has not started yet. */
  day: number | null;
  why: string;
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
    const what = early.type === 'resolution_waived' ? 'both parties waived the resolution meeting in writing' : 'both parties agreed in writing that no agreement is possible';
    return { day: early.day, why: `the 45 days start the day after ${early.date}, when ${what} (300.510(c)(${early.type === 'resolution_waived' ? 1 : 2}))`, basis };
  }
  // "At the end of the 30-day resolution period": an agreement signed after day 30 comes too late.
  const continued = ctx.events.find((e) => e.type === 'mediation_continued' && e.day >= received.day && e.day <= periodEnd);
  const withdrawals = ctx.events.filter((e) => e.type === 'mediation_withdrawn' && e.day >= received.day);
  if (continued !== undefined) {
    const withdrawn = withdrawals.find((e) => e.day > periodEnd);
    if (withdrawn !== undefined) {
      return { day: withdrawn.day, why: `the 45 days start the day after ${withdrawn.date}, when a party withdrew from the mediation both parties agreed in writing on ${continued.date} to continue past the resolution period (300.510(c)(3))`, basis: ['34 CFR 300.510(c)(3)', '34 CFR 300.515(a)'] };
    }
    if (withdrawals.length === 0) {
      return { day: null, why: `no date yet: on ${continued.date} both parties agreed in writing to continue mediation past the 30-day resolution period, so the 45-day hearing clock starts the day after either party withdraws from mediation (300.510(c)(3)); record the withdrawal when it happens`, basis };
    }
  }
  const ignored = withdrawals.length === 0 ? '' : '; a withdrawal from mediation moves it only when it comes after day 30 from mediation both parties agreed in writing to continue (300.510(c)(3))';
  return { day: periodEnd, why: `the 45 days start when the 30-day resolution period ends (300.510(b)(2))${ignored}`, basis };
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
      const restart = received.type === 'complaint_amended' ? ' (restarted by the amended complaint)' : '';
      if (parentFiled) {
        out.push(after(ctx, { id: 'lea_response', basis: ['34 CFR 300.508(e)', '20 U.S.C. 1415(c)(2)(B)(i)'], confidence: 'high', note: `the district’s response within 10 days of receiving the complaint, if it has not already sent prior written notice on the subject${restart}` }, received, { amount: 10, unit: 'days' }));
      } else {
        out.push(after(ctx, { id: 'parent_response', basis: ['34 CFR 300.508(f)'], confidence: 'medium', note: `the parent’s response to the district’s complaint within 10 days of receiving it${restart}` }, received, { amount: 10, unit: 'days' }));
      }
      out.push(after(ctx, { id: 'sufficiency_challenge', basis: ['34 CFR 300.508(d)(1)'], confidence: 'medium', note: `the receiving party may challenge the complaint as insufficient within 15 days of receiving it; otherwise it is deemed sufficient${restart}` }, received, { amount: 15, unit: 'days' }));
      if (parentFiled) {
        out.push(after(ctx, { id: 'resolution_meeting', basis: ['34 CFR 300.510(a)(1)'], confidence: 'high', note: `the district convenes a resolution meeting within 15 days of receiving the complaint, unless both waive it in writing or use mediation${restart}` }, received, { amount: 15, unit: 'days' }));
        const periodEnd = received.day + 30;
        out.push(computed(ctx, { id: 'resolution_period_end', basis: ['34 CFR 300.510(b)(1)'], confidence: 'high', note: `the 30-day resolution period ends; if the complaint is not resolved, the hearing may go ahead${restart}` }, periodEnd, 'days'));
        const start = hearingClockStart(ctx, received, periodEnd);
        const extension = lastEvent(ctx, 'extension_granted');
        if (extension !== undefined && extension.day >= received.day) {
          out.push(noFixedDeadline({ id: 'hearing_decision', basis: ['34 CFR 300.515(c)'], confidence: 'high', note: `the hearing officer granted an extension on ${extension.date}; the decision is due on the date the officer set` }));
        } else if (start.day === null) {
          out.push(noFixedDeadline({ id: 'hearing_decision', basis: ['34 CFR 300.510(c)(3)', '34 CFR 300.515(a)'], confidence: 'high', note: start.why }));
        } else {
          // The 45-day clock "starts the day after" its trigger (300.510(c)) or "begins at the
          // expiration" of day 30 (300.510(b)(2)): day 1 is the trigger + 1, so day 45 is trigger + 45.
          out.push(computed(ctx, { id: 'hearing_decision', basis: start.basis, confidence: 'high', note: `the hearing decision is reached and mailed within 45 days: ${start.why}; a target date the hearing officer may extend at a party’s request (300.515(c))` }, start.day + 45, 'days'));
        }
      } else {
        out.push(unknownDeadline({ id: 'hearing_decision', basis: ['34 CFR 300.515(a)'], confidence: 'low', note: `a district’s complaint has no resolution period (300.510 covers the parent’s complaint); most states then start the 45-day clock at receipt (decision by ${isoOfEpochDay(received.day + 45)}), but the reference says to confirm per state` }, 'days'));
      }
    }
    const settlement = lastEvent(ctx, 'settlement_signed');
    if (settlement !== undefined) {
      const due = addBusinessEpochDays(settlement.day, 3, ctx.holidays);
      out.push(computed(ctx, { id: 'settlement_void', basis: ['34 CFR 300.510(e)'], confidence: 'medium', note: 'either party may void the resolution settlement within 3 business days of signing (weekends and federal holidays skipped)' }, due, 'business_days'));
    }
    const hearing = lastEvent(ctx, 'hearing_scheduled');
    if (hearing !== undefined) {
      const due = addBusinessEpochDays(hearing.day, -5, ctx.holidays);
      out.push(computed(ctx, { id: 'five_day_disclosure', basis: ['34 CFR 300.512(a)(3)', '34 CFR 300.512(b)'], confidence: 'medium', note: `each party discloses its evaluations and recommendations at least 5 business days before the hearing on ${hearing.date}` }, due, 'business_days'));
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
    const txNote = ctx.state.code === 'TX' ? '; Texas does not allow these timelines to be extended (19 TAC 89.1185(a))' : '';
    if (received !== undefined) {
      out.push(after(ctx, { id: 'expedited_resolution_meeting', basis: ['34 CFR 300.532(c)(3)(i)'], confidence: 'medium', note: `a resolution meeting within 7 days of receiving the complaint, unless waived in writing or mediation is used${txNote}` }, received, { amount: 7, unit: 'days' }));
      out.push(after(ctx, { id: 'expedited_resolution_period_end', basis: ['34 CFR 300.532(c)(3)(ii)'], confidence: 'medium', note: `the hearing may go ahead unless the matter is resolved to both parties’ satisfaction within 15 days of receipt${txNote}` }, received, { amount: 15, unit: 'days' }));
    }
    // 300.532(c)(2) counts the hearing from the filing; receipt stands in when no filing date is recorded.
    const filed = lastEvent(ctx, 'complaint_filed') ?? received;
    if (filed !== undefined) {
      const from = filed.type === 'complaint_filed' ? '' : ' (counted from receipt; record complaint_filed if it was filed earlier)';
      out.push(after(ctx, { id: 'expedited_hearing', basis: ['34 CFR 300.532(c)(2)'], confidence: 'medium', note: `the hearing takes place within 20 school days of the date the complaint is filed${from}${txNote}` }, filed, { amount: 20, unit: 'school_days' }));
    }
    const hearing = lastEvent(ctx, 'hearing_held') ?? lastEvent(ctx, 'hearing_scheduled');
    if (hearing !== undefined) {
      const held = hearing.type === 'hearing_held' ? '' : ' (counted from the scheduled hearing date; record hearing_held when it takes place)';
      out.push(after(ctx, { id: 'expedited_decision', basis: ['34 CFR 300.532(c)(2)'], confidence: 'medium', note: `the decision within 10 school days after the hearing${held}${txNote}` }, hearing, { amount: 10, unit: 'school_days' }));
    }
    out.push(...afterDecision(ctx));
    return out;
  },
};
