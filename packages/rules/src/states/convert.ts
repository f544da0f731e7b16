import type { ReviewedState } from './reviewed.js';
import type {
  Confidence,
  Duration,
  EvaluationTimeline,
  LimitationStart,
  Sourced,
  StateProcedures,
  StateReview,
} from './types.js';

/**
 * The words shown wherever the reference has no verified answer (idea-rules.md, section D).
 *
 * @example
 * ```ts
 * UNKNOWN_NOTE; // "unknown — check your state's procedural safeguards notice"
 * ```
 */
export const UNKNOWN_NOTE = "unknown — check your state's procedural safeguards notice";

/** One record of state-procedures.json, as the research left it. */
export interface RawStateRecord {
  code: string;
  name: string;
  seaName: string | null;
  hearingBody: string | null;
  hearingTiers: number | null;
  dueProcessLimitationYears: number | null;
  dueProcessLimitationMonths: number | null;
  dueProcessLimitationTrigger: string | null;
  civilActionDays: number | null;
  evaluationTimeline: {
    days: number;
    unit: string;
    clockStart: string;
    endpoint: string;
    exclusions?: string;
  } | null;
  stateComplaintOffice: string | null;
  facilitationAvailable: boolean | null;
  notes: string;
  sources: string[];
  confidence: string;
  fieldConfidence: Record<string, string | null>;
}

/** Hand-reviewed facts the dataset carries only in its notes or in idea-rules.md. */
export interface ReviewedFact<T> {
  value: T;
  source: string;
  confidence: Confidence;
  note?: string;
}

/** Reads a graded confidence from the reference's free text ("medium-high", "high (quote)"). */
export function parseConfidence(text: string | null | undefined): Confidence {
  if (text === null || text === undefined) return 'unknown';
  const word = /^[a-z]+/.exec(text.trim().toLowerCase())?.[0];
  // "medium-high" counts as medium: a grade is only as good as its weaker half.
  if (word === 'high' || word === 'medium' || word === 'low') return word;
  return 'unknown';
}

/** Top-level parenthetical groups of a text: "a (b (c)) d (e)" gives ["b (c)", "e"]. */
function parentheticals(text: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) start = i + 1;
      depth += 1;
    } else if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push(text.slice(start, i));
    }
  }
  return groups;
}

const LEGAL_MARK =
  /(CFR|U\.S\.C|Code|§|Stat|AAC|IAC|NAC|CMR|TAC|DCMR|KAR|K\.A\.R|K\.S\.A|ARM|ARSD|RSA|RSMo|COMAR|ORS|OAR|WAC|V\.S\.A|NYCRR|ILCS|Law|C\.G\.S|LAC|HRS|HAR|MUSER|NDCC|Admin|R \d|Rule|\d{3}C?-\d|\d+\.\d+)/;

/** The last citation-looking parenthetical in a text, if any. */
export function citationIn(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const groups = parentheticals(text).filter((g) => /\d/.test(g) && LEGAL_MARK.test(g));
  // The first citation is the rule itself; later ones are usually exceptions or details.
  const first = groups[0];
  if (first === undefined) return null;
  return first
    .replace(/^(per|see|as quoted in|via)\s+/i, '')
    .replace(/,?\s*(not re-read|quote)$/i, '')
    .trim();
}

function fieldConfidence(raw: RawStateRecord, key: string): { confidence: Confidence; text: string | null } {
  if (Object.prototype.hasOwnProperty.call(raw.fieldConfidence, key)) {
    const text = raw.fieldConfidence[key] ?? null;
    return { confidence: parseConfidence(text), text };
  }
  return { confidence: parseConfidence(raw.confidence), text: null };
}

function datasetSource(raw: RawStateRecord): string {
  return `state-procedures.json (${raw.code})`;
}

/**
 * An unknown field: no value, the reference's grade kept, and the standard note. `lead` adds
 * what the reference says about it, labelled as unverified.
 */
export function unknownField<T>(confidence: Confidence, source: string | null, lead?: string): Sourced<T> {
  return {
    value: null,
    status: 'unknown',
    source,
    confidence,
    federalDefault: false,
    note: lead === undefined ? UNKNOWN_NOTE : `${UNKNOWN_NOTE}. ${lead}`,
  };
}

/**
 * A field from the dataset: `unknown` when the value is null or graded low/unknown;
 * `federal_default` when the reference says the value is the federal default.
 */
function sourced<T>(
  raw: RawStateRecord,
  key: string,
  value: T | null,
  citationText: (string | null)[],
  federalSource?: string,
): Sourced<T> {
  const { confidence, text } = fieldConfidence(raw, key);
  const cite = [text, ...citationText].map(citationIn).find((c) => c !== null) ?? null;
  if (value === null || confidence === 'low' || confidence === 'unknown') {
    return unknownField<T>(confidence === 'unknown' || value === null ? 'unknown' : confidence, cite ?? datasetSource(raw));
  }
  const isFederalDefault =
    federalSource !== undefined &&
    [text, ...citationText].some((t) => t !== null && /federal default|federal rule/i.test(t));
  if (isFederalDefault) {
    return {
      value,
      status: 'federal_default',
      source: federalSource,
      confidence,
      federalDefault: true,
      note: `federal default: the reference found no ${raw.name} rule that changes it`,
    };
  }
  return { value, status: 'state', source: cite ?? datasetSource(raw), confidence, federalDefault: false };
}

const DP_FEDERAL = '34 CFR 300.507(a)(2), 300.511(e); 20 U.S.C. 1415(f)(3)(C)';
const CIVIL_FEDERAL = '34 CFR 300.516(b); 20 U.S.C. 1415(i)(2)(B)';

function dueProcessLimitation(raw: RawStateRecord): Sourced<Duration> {
  let duration: Duration | null = null;
  if (raw.dueProcessLimitationMonths !== null && raw.dueProcessLimitationMonths % 12 !== 0) {
    duration = { amount: raw.dueProcessLimitationMonths, unit: 'months' };
  } else if (raw.dueProcessLimitationYears !== null) {
    duration = { amount: raw.dueProcessLimitationYears, unit: 'years' };
  } else if (raw.dueProcessLimitationMonths !== null) {
    duration = { amount: raw.dueProcessLimitationMonths / 12, unit: 'years' };
  }
  return sourced(raw, 'dueProcessLimitationYears', duration, [raw.dueProcessLimitationTrigger], DP_FEDERAL);
}

function civilActionPeriod(raw: RawStateRecord): Sourced<Duration> {
  let duration: Duration | null = null;
  if (raw.civilActionDays !== null) {
    // Nebraska's 730 stands for the rule's "two (2) years" (92 NAC 55-009.02), per the notes:
    // counted as calendar years, not 730 days.
    duration =
      raw.civilActionDays === 730 ? { amount: 2, unit: 'years' } : { amount: raw.civilActionDays, unit: 'days' };
  }
  return sourced(raw, 'civilActionDays', duration, [], CIVIL_FEDERAL);
}

function evaluationTimeline(raw: RawStateRecord): Sourced<EvaluationTimeline> {
  const t = raw.evaluationTimeline;
  let value: EvaluationTimeline | null = null;
  if (t !== null) {
    const pausesForBreaks = /excluding_(breaks|summer)/.test(t.unit);
    let unit: Duration['unit'] | null = null;
    if (t.unit.startsWith('calendar_days')) unit = 'days';
    else if (t.unit === 'school_days' || t.unit === 'school_working_days') unit = 'school_days';
    else if (t.unit === 'business_days') unit = 'business_days';
    if (unit !== null) {
      const exclusions = t.exclusions === undefined ? [] : [t.exclusions];
      if (t.unit === 'school_working_days') {
        exclusions.push('counted in school working days: the calendar passed in must list them (603 CMR 28.02)');
      }
      value = {
        duration: { amount: t.days, unit },
        clockStart: t.clockStart,
        endpoint: t.endpoint,
        exclusions,
        pausesForBreaks,
        sourceUnit: t.unit,
      };
    }
  }
  return sourced(raw, 'evaluationTimeline', value, [t?.endpoint ?? null, t?.clockStart ?? null, t?.exclusions ?? null]);
}

function hearingTiers(raw: RawStateRecord): Sourced<1 | 2> {
  const tiers = raw.hearingTiers === 1 || raw.hearingTiers === 2 ? raw.hearingTiers : null;
  return sourced(raw, 'hearingTiers', tiers, [raw.hearingBody]);
}

/** Replaces a dataset-level source with the citation found by hand in the notes. */
function withSource<T>(field: Sourced<T>, source: string | undefined): Sourced<T> {
  if (source === undefined || field.status !== 'state') return field;
  return { ...field, source };
}

/** A reviewed fact (citation and grade read by hand) in place of the dataset's field. */
function fromReviewed<T>(field: Sourced<T>, reviewed: ReviewedFact<T> | undefined): Sourced<T> {
  if (reviewed === undefined) return field;
  return { value: reviewed.value, status: 'state', source: reviewed.source, confidence: reviewed.confidence, federalDefault: false, ...(reviewed.note === undefined ? {} : { note: reviewed.note }) };
}

/** A civil-action period the state does not set itself (Texas): labelled the federal default. */
function asFederalDefault(field: Sourced<Duration>, reviewed: ReviewedState['civilActionFederalDefault']): Sourced<Duration> {
  if (reviewed === undefined || field.value === null) return field;
  return { value: field.value, status: 'federal_default', source: CIVIL_FEDERAL, confidence: reviewed.confidence, federalDefault: true, note: reviewed.note };
}

/** The IEE answer clock: the reviewed state clock (WA, NJ), else the federal "without unnecessary delay". */
function ieeResponse(reviewed: ReviewedFact<Duration> | undefined): Sourced<Duration> {
  if (reviewed !== undefined) {
    return { value: reviewed.value, status: 'state', source: reviewed.source, confidence: reviewed.confidence, federalDefault: false, ...(reviewed.note === undefined ? {} : { note: reviewed.note }) };
  }
  return {
    value: null,
    status: 'federal_default',
    source: '34 CFR 300.502(b)(2)',
    confidence: 'medium',
    federalDefault: true,
    note: 'federal rule: the district answers without unnecessary delay; no number of days is set',
  };
}

/**
 * Which date the filing limit counts from: the reviewed district-action trigger (WI, AK, OR,
 * KS, CO), else "knew or should have known", graded like the dataset's trigger text.
 */
function limitationStart(trigger: Sourced<string>, reviewed: ReviewedFact<LimitationStart> | undefined): Sourced<LimitationStart> {
  if (reviewed !== undefined) {
    return { value: reviewed.value, status: 'state', source: reviewed.source, confidence: reviewed.confidence, federalDefault: false, ...(reviewed.note === undefined ? {} : { note: reviewed.note }) };
  }
  if (trigger.value === null) return { ...trigger, value: null };
  return { ...trigger, value: 'knew_or_should_have_known' };
}

/**
 * A reviewed citation, grade and end-of-year rule on top of the dataset's evaluation timeline
 * (Texas: Tex. Educ. Code 29.004(a), (a-1)). A timeline the dataset leaves unknown stays so.
 */
function withReviewedEvaluation(
  field: Sourced<EvaluationTimeline>,
  reviewed: ReviewedState['evaluationTimeline'],
  contested: ReviewedState['evaluationContested'],
): Sourced<EvaluationTimeline> {
  if (contested !== undefined) {
    // Conflicting sources: unknown, graded low (each is only a lead until one is confirmed).
    return { ...unknownField<EvaluationTimeline>('low', contested.sources.join('; '), contested.note), contested: contested.sources };
  }
  if (reviewed === undefined || field.value === null) return field;
  const value: EvaluationTimeline = reviewed.endOfYear === undefined ? field.value : { ...field.value, endOfYear: reviewed.endOfYear };
  return { ...field, value, source: reviewed.source, confidence: reviewed.confidence };
}

/**
 * Converts one dataset record. `reviewed` supplies the few facts taken by hand from the
 * notes or idea-rules.md (the second-tier review period), each with its own citation.
 */
export function convertState(raw: RawStateRecord, reviewed: ReviewedState = {}): StateProcedures {
  const tiers = fromReviewed(hearingTiers(raw), reviewed.hearingTiers);
  const limit = fromReviewed(dueProcessLimitation(raw), reviewed.dueProcessLimitation);
  const datasetTrigger = sourced(raw, 'dueProcessLimitationYears', raw.dueProcessLimitationTrigger, [raw.dueProcessLimitationTrigger], DP_FEDERAL);
  // A reviewed limit (ME, NJ) carries the dataset's trigger words with the reviewed citation and grade.
  const reviewedLimit = reviewed.dueProcessLimitation;
  const trigger: Sourced<string> =
    reviewedLimit === undefined || raw.dueProcessLimitationTrigger === null
      ? datasetTrigger
      : { value: raw.dueProcessLimitationTrigger, status: 'state', source: reviewedLimit.source, confidence: reviewedLimit.confidence, federalDefault: false };
  let stateReview: Sourced<StateReview>;
  if (tiers.value === 1) {
    stateReview = {
      value: null,
      status: 'state',
      source: tiers.source,
      confidence: tiers.confidence,
      federalDefault: false,
      note: 'one-tier state: the hearing decision is final at agency level',
    };
  } else if (reviewed.stateReview !== undefined && tiers.value === 2) {
    const r = reviewed.stateReview;
    const n = reviewed.stateReviewNotice;
    const value: StateReview =
      n === undefined ? r.value : { ...r.value, noticeOfIntention: { period: n.value, source: n.source, confidence: n.confidence, note: n.note ?? '' } };
    stateReview = { value, status: 'state', source: r.source, confidence: r.confidence, federalDefault: false, ...(r.note === undefined ? {} : { note: r.note }) };
  } else {
    stateReview = unknownField(tiers.value === 2 ? 'unknown' : tiers.confidence, tiers.source);
  }
  return {
    code: raw.code,
    name: raw.name,
    educationAgency: sourced(raw, 'seaName', raw.seaName, []),
    hearingBody: sourced(raw, 'hearingBody', raw.hearingBody, [raw.hearingBody]),
    hearingTiers: tiers,
    dueProcessLimitation: limit,
    dueProcessLimitationTrigger: trigger,
    dueProcessLimitationStart: limitationStart(trigger, reviewed.dueProcessLimitationStart),
    civilActionPeriod: asFederalDefault(withSource(civilActionPeriod(raw), reviewed.civilActionSource), reviewed.civilActionFederalDefault),
    civilActionCourts: reviewed.civilActionCourts ?? [],
    stateReview,
    evaluationTimeline: withReviewedEvaluation(evaluationTimeline(raw), reviewed.evaluationTimeline, reviewed.evaluationContested),
    stateComplaintOffice: sourced(raw, 'stateComplaintOffice', raw.stateComplaintOffice, [raw.stateComplaintOffice]),
    // One year is the federal floor for every State (34 CFR 300.153(c)); the reference gives
    // no State a different period, so it is the federal default everywhere.
    stateComplaintLimitation: {
      value: { amount: 1, unit: 'years' },
      status: 'federal_default',
      source: '34 CFR 300.153(c)',
      confidence: 'medium',
      federalDefault: true,
      note: 'federal rule: the violation must have occurred not more than one year before the complaint is received',
    },
    ieeResponse: ieeResponse(reviewed.ieeResponse),
    facilitation: sourced(raw, 'facilitationAvailable', raw.facilitationAvailable, []),
    notes: raw.notes,
    sources: raw.sources,
    confidence: parseConfidence(raw.confidence),
  };
}
