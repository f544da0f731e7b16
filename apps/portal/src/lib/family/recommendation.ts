/**
 * The rules package's recommendation as stored with a submitted intake (`Intake.recommendation`,
 * JSON shaped by packages/rules' `Recommendation`), and the continuum ladder the guidance and
 * "my case" pages draw.
 */
import { isRecord } from '@continuum/rules';

export interface PathwayRecommendation {
  id: string;
  rank: number;
  reason: string;
  basis: string[];
  confidence: string;
  issues: string[];
}

export interface RecommendationWarning {
  id: string;
  message: string;
  basis: string[];
  confidence: string;
  deadline?: string | null;
  daysLeft?: number | null;
}

export interface Recommendation {
  pathways: PathwayRecommendation[];
  warnings: RecommendationWarning[];
}

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The stored recommendation, or null when there is none (a draft) or it has another shape. */
export function parseRecommendation(value: unknown): Recommendation | null {
  if (!isRecord(value) || !Array.isArray(value.pathways) || !Array.isArray(value.warnings)) {
    return null;
  }
  const pathways = value.pathways.filter(isRecord).map((p) => ({
    id: text(p.id, ''),
    rank: Number(p.rank),
    reason: text(p.reason, ''),
    basis: strings(p.basis),
    confidence: text(p.confidence, 'unknown'),
    issues: strings(p.issues),
  }));
  const warnings = value.warnings.filter(isRecord).map((w) => ({
    id: text(w.id, ''),
    message: text(w.message, ''),
    basis: strings(w.basis),
    confidence: text(w.confidence, 'unknown'),
    deadline: typeof w.deadline === 'string' ? w.deadline : null,
    daysLeft: typeof w.daysLeft === 'number' ? w.daysLeft : null,
  }));
  return { pathways: pathways.sort((a, b) => a.rank - b.rank), warnings };
}

/**
 * The rungs of the dispute-resolution continuum, least formal first: intake, then the rules
 * package's `pathwayIds` order (the API's case stages, apps/api/src/modules/cases/case-stages.ts).
 */
export const LADDER: readonly string[] = [
  'intake',
  'written_follow_up',
  'pwn_request',
  'section_504_notice_request',
  'records_request',
  'evaluation_request',
  'iee_request',
  'iep_meeting_request',
  'section_504_meeting',
  'facilitation',
  'mediation',
  'manifestation_determination_request',
  'section_504_grievance',
  'state_complaint',
  'ferpa_complaint',
  'ocr_complaint',
  'section_504_hearing',
  'due_process',
  'expedited_due_process',
];

/** Rungs only a child under Part B of IDEA takes (an IEP, or a child being evaluated for one). */
const IDEA_ONLY: ReadonlySet<string> = new Set([
  'pwn_request',
  'iee_request',
  'iep_meeting_request',
  'facilitation',
  'mediation',
  'state_complaint',
  'due_process',
  'expedited_due_process',
]);

/** The Section 504 routes that stand in for them for a child with a 504 plan or no plan. */
const SECTION_504_ONLY: ReadonlySet<string> = new Set([
  'section_504_notice_request',
  'section_504_meeting',
  'section_504_grievance',
  'section_504_hearing',
]);

/**
 * The rungs a family sees: the whole continuum would set the IDEA steps beside their Section
 * 504 counterparts, so the ladder keeps one side. A family whose steps (current stage,
 * recommended pathways) are all on the Section 504 side sees that side; any other family sees
 * the IDEA side. Either way every rung named in `ids` is shown, in continuum order.
 */
export function ladderFor(ids: readonly string[]): readonly string[] {
  const section504 =
    ids.some((id) => SECTION_504_ONLY.has(id)) && !ids.some((id) => IDEA_ONLY.has(id));
  const hidden = section504 ? IDEA_ONLY : SECTION_504_ONLY;
  return LADDER.filter((stage) => !hidden.has(stage) || ids.includes(stage));
}

/**
 * The limitation warnings that concern a pathway: their clocks are the deadlines of filing
 * it (packages/rules' limit warnings, docs/pathways-and-letters.md).
 */
const LIMIT_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  due_process: ['due_process_limit_near', 'due_process_limit_passed'],
  expedited_due_process: ['due_process_limit_near', 'due_process_limit_passed'],
  state_complaint: ['state_complaint_limit_near', 'state_complaint_limit_passed'],
  ocr_complaint: ['ocr_limit_near', 'ocr_limit_passed'],
  ferpa_complaint: ['ferpa_limit_near', 'ferpa_limit_passed'],
};

export function warningsForPathway(
  pathwayId: string,
  warnings: RecommendationWarning[],
): RecommendationWarning[] {
  const ids = LIMIT_WARNINGS[pathwayId] ?? [];
  return warnings.filter((w) => ids.includes(w.id));
}
