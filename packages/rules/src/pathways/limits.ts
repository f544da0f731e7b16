import {
  addBusinessDays,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  type IsoDate,
} from '../days/index.js';
import type { Lang } from '../intake/lang.js';
import type { Confidence, Duration, Sourced, StateProcedures } from '../states/index.js';
import {
  limitNearText,
  limitPassedText,
  limitUnknownText,
  type LimitKind,
  type LimitOrigin,
} from './catalog.js';
import type { RecommendationWarning, WarningId } from './types.js';

/** "Near" is the last 90 days before a limit ends (the definition). */
export const NEAR_DAYS = 90;

/** A limitation clock: its length, where the length comes from, and its basis. */
export interface Clock {
  readonly kind: LimitKind;
  readonly duration: Duration | null;
  readonly origin: LimitOrigin;
  readonly basis: readonly string[];
  readonly confidence: Confidence;
}

const WARNING_IDS: Record<LimitKind, { near: WarningId; passed: WarningId }> = {
  due_process: { near: 'due_process_limit_near', passed: 'due_process_limit_passed' },
  state_complaint: { near: 'state_complaint_limit_near', passed: 'state_complaint_limit_passed' },
  ocr: { near: 'ocr_limit_near', passed: 'ocr_limit_passed' },
  ferpa: { near: 'ferpa_limit_near', passed: 'ferpa_limit_passed' },
};

/** Adds a legal period to a date; school days need a calendar, so they give null. */
export function addDuration(date: IsoDate, duration: Duration): IsoDate | null {
  switch (duration.unit) {
    case 'days':
      return addDays(date, duration.amount);
    case 'months':
      return addMonths(date, duration.amount);
    case 'years':
      return addYears(date, duration.amount);
    case 'business_days':
      return addBusinessDays(date, duration.amount);
    case 'school_days':
      return null;
  }
}

function fromSourced(
  kind: LimitKind,
  sourced: Sourced<Duration>,
  federal: readonly string[],
): Clock {
  if (sourced.value === null || sourced.status === 'unknown') {
    return {
      kind,
      duration: null,
      origin: 'state',
      basis: sourced.source === null ? [] : [sourced.source],
      confidence: 'unknown',
    };
  }
  const federalDefault = sourced.federalDefault || sourced.status === 'federal_default';
  const basis = federalDefault
    ? [...federal]
    : [...(sourced.source === null ? [] : [sourced.source]), ...federal];
  return {
    kind,
    duration: sourced.value,
    origin: federalDefault ? 'federal_default' : 'state',
    basis: [...new Set(basis)],
    confidence: sourced.confidence,
  };
}

/** Due process: the state's explicit limit, else 2 years (34 CFR 300.507(a)(2), 300.511(e)). */
export function dueProcessClock(state: StateProcedures): Clock {
  return fromSourced('due_process', state.dueProcessLimitation, [
    '34 CFR 300.507(a)(2)',
    '34 CFR 300.511(e)',
  ]);
}

/** State complaint: one year before the State receives it (34 CFR 300.153(c)). */
export function stateComplaintClock(state: StateProcedures): Clock {
  const sourced = state.stateComplaintLimitation;
  if (sourced.value === null) {
    return {
      kind: 'state_complaint',
      duration: { amount: 1, unit: 'years' },
      origin: 'federal',
      basis: ['34 CFR 300.153(c)'],
      confidence: 'high',
    };
  }
  const clock = fromSourced('state_complaint', sourced, ['34 CFR 300.153(c)']);
  // The one-year rule binds every State, so "your state has none of its own" would mislead.
  return clock.origin === 'federal_default' ? { ...clock, origin: 'federal' } : clock;
}

/** OCR: 180 days from the discrimination (34 CFR 100.7(b), incorporated by 104.61). */
export function ocrClock(): Clock {
  return {
    kind: 'ocr',
    duration: { amount: 180, unit: 'days' },
    origin: 'federal',
    basis: ['34 CFR 100.7(b)', '34 CFR 104.61'],
    confidence: 'medium',
  };
}

/**
 * FERPA: a complaint to the Student Privacy Policy Office within 180 days of the violation or
 * of when the parent knew of it (34 CFR 99.64(c); rules-corrections-2026-12.md, high). Counted
 * from the school's refusal, the earlier of the two, so the date shown is never too late.
 */
export function ferpaClock(): Clock {
  return {
    kind: 'ferpa',
    duration: { amount: 180, unit: 'days' },
    origin: 'federal',
    basis: ['34 CFR 99.63', '34 CFR 99.64(c)'],
    confidence: 'high',
  };
}

/**
 * The last day of a clock that started on `decisionDate`, with the same day arithmetic as the
 * warnings (one year after Feb 29 is Feb 28; no roll-forward), or null when the length is
 * unknown or counted in school days (which need the school's calendar).
 */
export function clockDeadline(clock: Clock, decisionDate: IsoDate): IsoDate | null {
  return clock.duration === null ? null : addDuration(decisionDate, clock.duration);
}

/**
 * The warning for one clock, or null when the limit is more than 90 days away. An unknown
 * limit always warns, with the reference's "unknown — check your state's procedural
 * safeguards notice", because "not near" cannot be known either.
 */
export function limitWarning(
  clock: Clock,
  decisionDate: IsoDate,
  today: IsoDate,
  lang: Lang,
): RecommendationWarning | null {
  const ids = WARNING_IDS[clock.kind];
  const deadline = clockDeadline(clock, decisionDate);
  if (clock.duration === null || deadline === null) {
    return {
      id: ids.near,
      message: limitUnknownText(clock.kind, lang),
      basis: [...clock.basis],
      confidence: 'unknown',
      deadline: null,
      daysLeft: null,
    };
  }
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft > NEAR_DAYS) return null;
  if (daysLeft < 0) {
    return {
      id: ids.passed,
      message: limitPassedText(clock.kind, clock.origin, clock.duration, deadline, lang),
      // The message names the exceptions to the due process limit: 300.511(f).
      basis:
        clock.kind === 'due_process' ? [...clock.basis, '34 CFR 300.511(f)'] : [...clock.basis],
      confidence: clock.confidence,
      deadline,
      daysLeft,
    };
  }
  return {
    id: ids.near,
    message: limitNearText(clock.kind, clock.origin, clock.duration, deadline, daysLeft, lang),
    basis: [...clock.basis],
    confidence: clock.confidence,
    deadline,
    daysLeft,
  };
}
