/**
 * How far a fact can be trusted, as the research reference grades it: `high` = read in the
 * statute or regulation text; `medium` = from a secondary source or well-established reading
 * not re-checked; `low` = an unverified lead, never shipped as a rule; `unknown` = not found.
 *
 * @example
 * ```ts
 * const c: Confidence = 'high';
 * ```
 */
export type Confidence = 'high' | 'medium' | 'low' | 'unknown';

/**
 * Where a field's answer comes from: the state's own rule, the federal default that applies
 * because the state sets nothing, or unknown (no verified answer: check the state's
 * procedural safeguards notice).
 */
export type SourcedStatus = 'state' | 'federal_default' | 'unknown';

/**
 * A value with its legal source and confidence. `value` is `null` whenever `status` is
 * `unknown` (a missing or low-confidence fact is never passed off as a rule).
 *
 * @example
 * ```ts
 * const limit: Sourced<Duration> = {
 *   value: { amount: 1, unit: 'years' },
 *   status: 'state',
 *   source: 'N.C.G.S. 115C-109.6(b)',
 *   confidence: 'high',
 *   federalDefault: false,
 * };
 * ```
 */
export interface Sourced<T> {
  value: T | null;
  status: SourcedStatus;
  /** A citation (statute, regulation) or, failing that, the reference the fact came from. */
  source: string | null;
  confidence: Confidence;
  /** True when the value is the federal rule, applied because the state sets none. */
  federalDefault: boolean;
  note?: string;
  /** When the answer is unknown because sources disagree: each source (the note says how). */
  contested?: string[];
}

/**
 * A legal period. `days` are calendar days (34 CFR 300.11(a)).
 *
 * @example
 * ```ts
 * const civilAction: Duration = { amount: 90, unit: 'days' };
 * ```
 */
export interface Duration {
  amount: number;
  unit: 'days' | 'months' | 'years' | 'business_days' | 'school_days';
}

/** A state's initial-evaluation clock (34 CFR 300.301(c)(1) lets the State set its own). */
export interface EvaluationTimeline {
  duration: Duration;
  /** What starts the clock, in the reference's words ("receipt of parental consent"). */
  clockStart: string;
  /** What must be done when the clock ends ("evaluation completed", "IEP developed"). */
  endpoint: string;
  /** Days the clock skips or other exceptions, in the reference's words. */
  exclusions: string[];
  /**
   * True when the clock skips school breaks or summer (CA, FL, GA, PA): the due date needs
   * the district's break dates and is never approximated.
   */
  pausesForBreaks: boolean;
  /** The reference's own unit name (`calendar_days_excluding_breaks`, `school_working_days`). */
  sourceUnit: string;
  /**
   * A school-day clock that cannot finish before the school year ends (Texas, Tex. Educ. Code
   * 29.004(a-1)): reviewed data, absent elsewhere.
   */
  endOfYear?: EndOfYearRule;
}

/**
 * What happens to a school-day evaluation clock near the end of the school year (Texas, Tex.
 * Educ. Code 29.004(a-1)): when consent comes at least `minSchoolDays` but fewer than the
 * clock's own school days before the last instructional day, the report is due on
 * `dueMonth`/`dueDay` of that year; with fewer than `minSchoolDays` the clock runs on into the
 * next school year (29.004(a)).
 *
 * @example
 * ```ts
 * getState('TX').evaluationTimeline.value?.endOfYear;
 * // { minSchoolDays: 35, dueMonth: 6, dueDay: 30, source: 'Tex. Educ. Code 29.004(a-1)', confidence: 'high' }
 * ```
 */
export interface EndOfYearRule {
  minSchoolDays: number;
  dueMonth: number;
  dueDay: number;
  source: string;
  confidence: Confidence;
}

/**
 * What starts a state's due process filing limit: when the parent knew or should have known of
 * the action (34 CFR 300.511(e), most states), or the district's own action, dated by its
 * written notice of the proposal or refusal at issue (the `district_notice` event: Wisconsin,
 * Alaska, and the states that count from the act or violation itself).
 *
 * @example
 * ```ts
 * getState('WI').dueProcessLimitationStart.value; // 'district_notice'
 * getState('CA').dueProcessLimitationStart.value; // 'knew_or_should_have_known'
 * ```
 */
export type LimitationStart = 'knew_or_should_have_known' | 'district_notice';

/**
 * One court a civil action may be brought in, with its own period from the final
 * administrative decision, its citation and grade.
 *
 * @example
 * ```ts
 * const c: CivilActionCourt = { court: 'state', name: 'court of common pleas', period: { amount: 45, unit: 'days' }, source: 'Ohio Rev. Code 3323.05', confidence: 'medium' };
 * ```
 */
export interface CivilActionCourt {
  court: 'federal' | 'state';
  /** The court's name in English, as the rule names it. */
  name: string;
  period: Duration;
  source: string;
  confidence: Confidence;
}

/** The second tier in two-tier states: appeal of the hearing decision to a state reviewer. */
export interface StateReview {
  /** Time to ask for review, counted from the hearing decision. */
  requestPeriod: Duration;
  /** What the period runs from, in the rule's words. */
  runsFrom: string;
  /**
   * A notice of intention to seek review, served before the request (New York, 8 NYCRR 279.2):
   * reviewed data with its own citation and grade, absent elsewhere.
   */
  noticeOfIntention?: { period: Duration; source: string; confidence: Confidence; note: string };
}

/**
 * One jurisdiction's dispute-resolution procedures, every field with its source and
 * confidence (from the research dataset state-procedures.json, reviewed by hand where noted).
 *
 * @example
 * ```ts
 * const nc = getState('NC');
 * nc.dueProcessLimitation.value; // { amount: 1, unit: 'years' }
 * nc.dueProcessLimitation.source; // '115C-109.6(b)'
 * ```
 */
export interface StateProcedures {
  /** USPS code: `CA`, `DC`. */
  code: string;
  name: string;
  /** The state educational agency (SEA). */
  educationAgency: Sourced<string>;
  /** Who hears due process complaints. */
  hearingBody: Sourced<string>;
  /** 1 = the hearing decision is final at agency level; 2 = appeal to a state review officer first. */
  hearingTiers: Sourced<1 | 2>;
  /** Time to file due process (federal default 2 years, 34 CFR 300.507(a)(2), 300.511(e)). */
  dueProcessLimitation: Sourced<Duration>;
  /** What starts the due process limitation clock, in the rule's words. */
  dueProcessLimitationTrigger: Sourced<string>;
  /** Which recorded date the limitation counts from (reviewed for the states that count from the district's action). */
  dueProcessLimitationStart: Sourced<LimitationStart>;
  /** Time to bring a civil action after the final administrative decision (federal default 90 days, 34 CFR 300.516(b)). */
  civilActionPeriod: Sourced<Duration>;
  /**
   * Where a state names more than one court for the civil action, each court's period (Ohio:
   * federal court 90 days, court of common pleas 45 days). Empty elsewhere: then
   * `civilActionPeriod` is the one period.
   */
  civilActionCourts: CivilActionCourt[];
  /** Second-tier review (two-tier states only; `unknown` when the period is not verified). */
  stateReview: Sourced<StateReview>;
  /** Initial evaluation clock (federal 60 days from consent, 34 CFR 300.301(c)(1), unless the State sets one). */
  evaluationTimeline: Sourced<EvaluationTimeline>;
  /** Where state complaints go. */
  stateComplaintOffice: Sourced<string>;
  /** How old a violation may be when the state complaint is received (34 CFR 300.153(c): one year). */
  stateComplaintLimitation: Sourced<Duration>;
  /**
   * Time for the district to answer a request for an independent educational evaluation at
   * public expense (pay for it or file for due process), counted from receipt of the request.
   * Federal law sets no number of days ("without unnecessary delay", 34 CFR 300.502(b)(2)):
   * there `value` is null with `status: 'federal_default'`; WA and NJ set their own.
   */
  ieeResponse: Sourced<Duration>;
  /** Whether the state offers IEP facilitation. */
  facilitation: Sourced<boolean>;
  /** The reference's notes, verbatim (they mark unverified leads as such). */
  notes: string;
  /** URLs the reference read. */
  sources: string[];
  /** The reference's overall confidence for the state's record. */
  confidence: Confidence;
}
