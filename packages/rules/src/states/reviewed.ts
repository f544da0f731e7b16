import type { ReviewedFact } from './convert.js';
import type { CivilActionCourt, Confidence, Duration, EndOfYearRule, LimitationStart, StateReview } from './types.js';

/**
 * Second-tier review periods in two-tier states, read from the dataset's notes and
 * idea-rules.md section B. Only periods the reference states with a citation and a grade of
 * medium or better are here; Kansas and South Carolina stay unknown (the first is only in
 * notes of a record graded low, the second is an unverified lead).
 *
 * @example
 * ```ts
 * STATE_REVIEW.NY.value.requestPeriod; // { amount: 40, unit: 'days' }
 * ```
 */
export const STATE_REVIEW: Readonly<Record<string, ReviewedFact<StateReview>>> = {
  NY: {
    value: { requestPeriod: { amount: 40, unit: 'days' }, runsFrom: 'the date of the impartial hearing officer decision' },
    source: '8 NYCRR 279.4(a)',
    confidence: 'high',
    note: 'the request for review must be personally served within 40 days (35 days before January 1, 2017)',
  },
  OH: {
    value: { requestPeriod: { amount: 45, unit: 'days' }, runsFrom: 'receipt of the hearing decision' },
    source: 'Ohio DEW guidance ch. 5.17 (idea-rules.md section B)',
    confidence: 'high',
    note: 'appeal to the State Level Review Officer within 45 calendar days of receiving the decision',
  },
  NC: {
    value: { requestPeriod: { amount: 30, unit: 'days' }, runsFrom: 'receipt of notice of the ALJ decision' },
    source: 'N.C.G.S. 115C-109.9(a)',
    confidence: 'high',
    note: 'appeal to the State Board Review Officer within 30 days after receiving notice of the decision',
  },
};

/**
 * Citations for civil-action periods that the dataset gives only in its notes.
 *
 * @example
 * ```ts
 * CIVIL_ACTION_SOURCE.MI; // 'Mich. Admin. Code R 340.1724f(4) (...)'
 * ```
 */
export const CIVIL_ACTION_SOURCE: Readonly<Record<string, string>> = {
  MI: 'Mich. Admin. Code R 340.1724f(4) (90 days after the mailing date of the final decision)',
  MD: 'Md. Code, Educ. 8-413 (120 days from issuance of the OAH decision)',
  NE: '92 NAC 55-009.02; Neb. Rev. Stat. 79-1167 (2 years after service of the decision, state district court)',
  MO: 'RSMo 162.962(3) (45 days after receipt of notice of the final decision, state court)',
};

/**
 * State clocks for answering a parent's request for an initial evaluation ("decide whether
 * to evaluate"), from idea-rules.md section A3. Federal law sets none: the district must
 * either seek consent or refuse with prior written notice (34 CFR 300.503(a)(2)).
 *
 * @example
 * ```ts
 * EVALUATION_REQUEST_RESPONSE.WA.duration; // { amount: 25, unit: 'school_days' }
 * ```
 */
export const EVALUATION_REQUEST_RESPONSE: Readonly<Record<string, { duration: Duration; source: string; confidence: Confidence; note: string }>> = {
  WA: { duration: { amount: 25, unit: 'school_days' }, source: 'WAC 392-172A-03005(2)(c)', confidence: 'high', note: 'the district decides whether to evaluate within 25 school days of the referral' },
  MA: { duration: { amount: 5, unit: 'school_days' }, source: '603 CMR 28.04(1)(a)', confidence: 'high', note: 'the district sends notice seeking consent within 5 school days of the referral' },
  MI: { duration: { amount: 10, unit: 'school_days' }, source: 'Mich. Admin. Code R 340.1721b(1)(a)', confidence: 'high', note: 'notice and a request for consent within 10 school days of the written request' },
  TX: { duration: { amount: 15, unit: 'school_days' }, source: '19 TAC 89.1011', confidence: 'medium', note: 'the district answers a written evaluation request within 15 school days' },
  PA: { duration: { amount: 10, unit: 'days' }, source: '22 Pa. Code 14.123(c)', confidence: 'high', note: 'the permission-to-evaluate form is due within 10 calendar days of an oral request' },
};

/**
 * Evaluation clocks with a second, calendar-day ceiling ("whichever is less"), from the
 * dataset's evaluation exclusions, graded with the evaluation timeline itself.
 *
 * @example
 * ```ts
 * EVALUATION_CEILING.DE?.duration; // { amount: 90, unit: 'days' }
 * ```
 */
export const EVALUATION_CEILING: Readonly<Record<string, { duration: Duration; note: string }>> = {
  DE: { duration: { amount: 90, unit: 'days' }, note: '45 school days or 90 calendar days from consent, whichever is less' },
};

/**
 * Everything reviewed by hand for one jurisdiction, applied on top of the dataset by
 * `convertState`. Each fact carries its own citation and grade.
 *
 * @example
 * ```ts
 * reviewedState('TX').evaluationTimeline?.endOfYear?.dueMonth; // 6
 * ```
 */
export interface ReviewedState {
  /** The second-tier review period (two-tier states). */
  stateReview?: ReviewedFact<StateReview>;
  /** A citation for the dataset's civil-action period. */
  civilActionSource?: string;
  /** A citation and grade for the dataset's evaluation timeline, and Texas's end-of-year rule. */
  evaluationTimeline?: { source: string; confidence: Confidence; endOfYear?: EndOfYearRule };
  /** The due process filing limit counts from the district's action, not from when the parent knew. */
  dueProcessLimitationStart?: ReviewedFact<LimitationStart>;
  /** The state's own clock for answering an IEE request (pay for it or file for due process). */
  ieeResponse?: ReviewedFact<Duration>;
  /** A notice of intention to seek state review, due before the request itself (New York). */
  stateReviewNotice?: ReviewedFact<Duration>;
  /** Each court a civil action may go to, with its own period (Ohio). */
  civilActionCourts?: CivilActionCourt[];
  /** Sources that disagree on the evaluation timeline: it is unknown until one is confirmed. */
  evaluationContested?: { sources: string[]; note: string };
  /** The state's own due process filing limit, where the dataset left it ungraded or called it the federal default. */
  dueProcessLimitation?: ReviewedFact<Duration>;
  /** The number of hearing tiers, confirmed in the statute. */
  hearingTiers?: ReviewedFact<1 | 2>;
  /** The civil-action period is the federal default: the state sets none of its own. */
  civilActionFederalDefault?: { confidence: Confidence; note: string };
}

/**
 * The corrections of the December 2026 legal review (rules-corrections-2026-12.md), by state.
 *
 * @example
 * ```ts
 * CORRECTIONS_2026_12.TX?.evaluationTimeline?.source; // 'Tex. Educ. Code 29.004(a)'
 * ```
 */
export const CORRECTIONS_2026_12: Readonly<Record<string, ReviewedState>> = {
  // Filing limits that count from the district's action (docs/domain.md, "Filing limits that
  // start at the district's action"): each trigger read in the dataset at medium or better.
  WI: {
    dueProcessLimitationStart: {
      value: 'district_notice',
      source: 'Wis. Stat. 115.80(1)(a)1',
      confidence: 'high',
      note: "one year after the district's refusal or proposal, not after the parent learned of it; if the district never gave notice of hearing rights, one year after it does",
    },
  },
  AK: {
    dueProcessLimitationStart: {
      value: 'district_notice',
      source: 'AS 14.30.193(a); 4 AAC 52.550(a)',
      confidence: 'high',
      note: 'a parent files not later than 12 months after the district gives written notice of the decision the parent disagrees with',
    },
  },
  OR: {
    dueProcessLimitationStart: {
      value: 'district_notice',
      source: 'ORS 343.165(3)(a)',
      confidence: 'high',
      note: 'two years after the act or omission that gives the right to a hearing, not after the parent learned of it; if the district acted or failed to act before its written notice, count from that earlier day; the limit does not apply to a parent the district kept from filing by misrepresentation or by withholding required information (ORS 343.165(3)(b))',
    },
  },
  KS: {
    dueProcessLimitationStart: {
      value: 'district_notice',
      source: 'K.S.A. 72-3415(a)(1)(A)',
      confidence: 'high',
      note: 'the problem must have occurred not more than two years before the complaint is filed (and the filer knew or should have known of it); if the problem began before the written notice, count from that earlier day',
    },
  },
  CO: {
    dueProcessLimitationStart: {
      value: 'district_notice',
      source: 'Colorado Department of Education, due process complaints page',
      confidence: 'medium',
      note: 'the alleged violation must have occurred within two years of the filing date (the state text read has no "knew or should have known"); if the violation began before the written notice, count from that earlier day',
    },
  },
  // State clocks for answering an IEE request; elsewhere "without unnecessary delay".
  WA: {
    ieeResponse: {
      value: { amount: 15, unit: 'days' },
      source: 'WAC 392-172A-05005(2)(c)(i)',
      confidence: 'high',
      note: 'within 15 calendar days of the request the district either agrees to pay for the independent evaluation or files for due process to show its own evaluation is appropriate',
    },
  },
  NJ: {
    // The filing limit is set by the state itself, not the federal default the dataset recorded.
    dueProcessLimitation: { value: { amount: 2, unit: 'years' }, source: 'N.J.A.C. 6A:14-2.7(a)1', confidence: 'high' },
    ieeResponse: {
      value: { amount: 20, unit: 'days' },
      source: 'N.J.A.C. 6A:14-2.5(c)',
      confidence: 'medium',
      note: 'within 20 calendar days of the request the district either agrees to pay for the independent evaluation or files for due process to show its own evaluation is appropriate',
    },
  },
  ME: {
    dueProcessLimitation: {
      value: { amount: 2, unit: 'years' },
      source: 'MUSER XVI.13.E; Ms. S. v. RSU 72, 916 F.3d 41 (1st Cir. 2019)',
      confidence: 'high',
    },
  },
  TN: {
    hearingTiers: {
      value: 1,
      source: 'Tenn. Code 49-10-606(a), (e)',
      confidence: 'high',
      note: 'one tier: administrative law judges of the Secretary of State issue final orders',
    },
  },
  CT: {
    evaluationContested: {
      sources: ['Regs. Conn. State Agencies 10-76d-13', 'CSDE Evaluation Timelines data page'],
      note: 'the sources disagree: Regs. Conn. State Agencies 10-76d-13 counts 45 school days from referral to the IEP in place, while a state data page (CSDE Evaluation Timelines) says 60 days from consent; neither is confirmed',
    },
  },
  NY: {
    // 279.4(a) (the 40-day request, high) is in STATE_REVIEW; the notice comes first.
    stateReviewNotice: {
      value: { amount: 25, unit: 'days' },
      source: '8 NYCRR 279.2',
      confidence: 'medium',
      note: 'serve a notice of intention to seek review within 25 days after the date of the hearing decision; the request for review itself is due within 40 days (8 NYCRR 279.4(a))',
    },
  },
  OH: {
    // After the State Level Review Officer's decision: both courts are shown; the earlier is the safe date.
    civilActionCourts: [
      { court: 'federal', name: 'federal district court', period: { amount: 90, unit: 'days' }, source: 'Ohio Rev. Code 3323.05', confidence: 'medium' },
      { court: 'state', name: 'court of common pleas', period: { amount: 45, unit: 'days' }, source: 'Ohio Rev. Code 3323.05', confidence: 'medium' },
    ],
  },
  TX: {
    civilActionFederalDefault: {
      confidence: 'medium',
      note: 'federal default: Texas sets no civil-action period of its own (a TEA 90-day rule was held beyond its authority in 2003)',
    },
    // 29.004(a): 45 school days from consent; (a-1): the June 30 rule near the end of the year.
    evaluationTimeline: {
      source: 'Tex. Educ. Code 29.004(a)',
      confidence: 'high',
      endOfYear: { minSchoolDays: 35, dueMonth: 6, dueDay: 30, source: 'Tex. Educ. Code 29.004(a-1)', confidence: 'high' },
    },
  },
};

/**
 * The reviewed facts of one jurisdiction: the older reviewed tables and the 2026-12
 * corrections together.
 *
 * @example
 * ```ts
 * reviewedState('NY').stateReview?.source; // '8 NYCRR 279.4(a)'
 * ```
 */
export function reviewedState(code: string): ReviewedState {
  const review = STATE_REVIEW[code];
  const civil = CIVIL_ACTION_SOURCE[code];
  return {
    ...(review === undefined ? {} : { stateReview: review }),
    ...(civil === undefined ? {} : { civilActionSource: civil }),
    ...CORRECTIONS_2026_12[code],
  };
}
