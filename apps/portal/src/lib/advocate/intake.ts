/**
 * Reading an intake's stored JSON (answers, the rules package's recommendation, the
 * questionnaire) for the triage pages. The API stores them as packages/rules wrote them; the
 * portal reads them defensively, so an older or newer shape shows what it can instead of
 * breaking the page.
 */
import { isRecord } from '@continuum/rules';

export interface RecommendedPathway {
  id: string;
  rank: number;
  reason: string;
  basis: string[];
}

export interface RecommendedWarning {
  id: string;
  message: string;
  basis: string[];
  deadline: string | null;
}

export interface Recommendation {
  pathways: RecommendedPathway[];
  warnings: RecommendedWarning[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The stored recommendation, pathways best first; null when there is none. */
export function readRecommendation(value: unknown): Recommendation | null {
  if (!isRecord(value)) return null;
  const pathways = (Array.isArray(value.pathways) ? value.pathways : [])
    .filter(isRecord)
    .map((p, index) => ({
      id: text(p.id),
      rank: typeof p.rank === 'number' ? p.rank : index + 1,
      reason: text(p.reason),
      basis: texts(p.basis),
    }))
    .filter((p) => p.id !== '')
    .sort((a, b) => a.rank - b.rank);
  const warnings = (Array.isArray(value.warnings) ? value.warnings : [])
    .filter(isRecord)
    .map((w) => ({
      id: text(w.id),
      message: text(w.message),
      basis: texts(w.basis),
      deadline: typeof w.deadline === 'string' ? w.deadline : null,
    }))
    .filter((w) => w.id !== '');
  return { pathways, warnings };
}

interface Choice {
  value: string;
  label: string;
}

export interface AnswerRow {
  id: string;
  question: string;
  /** A choice's label for choice questions, the answer itself otherwise. */
  answer: string;
}

/**
 * Each answer beside its question, in the questionnaire's order, choices shown by their
 * label. `yesNo` words a yes/no answer. Answers to questions the questionnaire no longer has
 * come last, under their id.
 */
export function answerRows(
  questionnaire: unknown,
  answers: unknown,
  yesNo: (value: boolean) => string,
): AnswerRow[] {
  if (!isRecord(answers)) return [];
  const questions =
    isRecord(questionnaire) && Array.isArray(questionnaire.questions)
      ? questionnaire.questions.filter(isRecord)
      : [];
  const show = (value: unknown, choices: Choice[]): string => {
    if (typeof value === 'boolean') return yesNo(value);
    if (Array.isArray(value)) return value.map((v) => show(v, choices)).join(', ');
    const raw = typeof value === 'number' ? String(value) : text(value);
    return choices.find((choice) => choice.value === raw)?.label ?? raw;
  };
  const rows: AnswerRow[] = [];
  const seen = new Set<string>();
  for (const question of questions) {
    const id = text(question.id);
    if (!id || !(id in answers)) continue;
    seen.add(id);
    const choices = (Array.isArray(question.choices) ? question.choices : [])
      .filter(isRecord)
      .map((c) => ({ value: text(c.value), label: text(c.label) }));
    rows.push({ id, question: text(question.label) || id, answer: show(answers[id], choices) });
  }
  for (const [id, value] of Object.entries(answers)) {
    if (!seen.has(id)) rows.push({ id, question: id, answer: show(value, []) });
  }
  return rows;
}

/** What the triage order needs of an intake. */
export interface TriageKey {
  submittedAt?: string | null;
  /** The dates its warnings fall on (null where the warning has none). */
  warningDeadlines: (string | null)[];
}

/**
 * The triage order: intakes with a warning whose date is still ahead (or today) come first,
 * soonest date first, as a right can be lost on that day; then those with any other warning
 * (a date passed, or unknown); then the rest. Within each, the family that has waited
 * longest comes first. `today` is the organization's date (YYYY-MM-DD).
 */
export function triageOrder<T extends TriageKey>(intakes: readonly T[], today: string): T[] {
  const urgency = (intake: T): [number, string] => {
    const ahead = intake.warningDeadlines
      .filter((d): d is string => d !== null && d >= today)
      .sort();
    if (ahead.length) return [0, ahead[0]!];
    return [intake.warningDeadlines.length ? 1 : 2, ''];
  };
  return [...intakes]
    .map((intake) => ({ intake, key: urgency(intake) }))
    .sort(
      (a, b) =>
        a.key[0] - b.key[0] ||
        a.key[1].localeCompare(b.key[1]) ||
        (a.intake.submittedAt ?? '').localeCompare(b.intake.submittedAt ?? ''),
    )
    .map(({ intake }) => intake);
}
