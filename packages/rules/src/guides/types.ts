import type { Lang } from '../intake/lang.js';

/** Words in both languages a family reads. */
export type GuideText = Readonly<Record<Lang, string>>;

/**
 * The five guides, by the slug of their address (`/guides/<slug>`): other pages link to these
 * exact slugs.
 *
 * @example
 * ```ts
 * const slug: GuideSlug = 'mediation';
 * ```
 */
export type GuideSlug =
  'options' | 'disagree-with-iep' | 'mediation' | 'team-cannot-agree' | 'school-said-no';

/**
 * One section of a guide: a heading, paragraphs and an optional list, each in English and
 * Spanish, and the federal rules it restates.
 */
export interface GuideSection {
  /** Stable id, used as the section's anchor (`/guides/mediation#prepare`). */
  id: string;
  heading: GuideText;
  paragraphs: readonly GuideText[];
  /** Steps or points, shown as a list after the paragraphs. */
  points?: readonly GuideText[];
  /** Citations (34 CFR ...). Empty only where federal law sets nothing (facilitation). */
  basis: readonly string[];
}

/** A side-by-side comparison: one row per option, one cell per question. */
export interface GuideComparison {
  caption: GuideText;
  /** The questions, in column order. */
  columns: readonly { id: string; label: GuideText }[];
  rows: readonly {
    id: string;
    option: GuideText;
    /** One cell per column, by column id. */
    cells: Readonly<Record<string, GuideText>>;
    basis: readonly string[];
  }[];
}

/** Which of a state's own facts a guide shows when a state is chosen. */
export type GuideStateFactId =
  | 'due_process_limit'
  | 'state_complaint_limit'
  | 'evaluation_timeline'
  | 'hearing_body'
  | 'objection_window'
  | 'iee_response'
  | 'evaluation_request_response'
  | 'state_complaint_office';

/**
 * A guide for one situation a family arrives with.
 *
 * @example
 * ```ts
 * findGuide('mediation')?.title.es; // 'La mediación'
 * ```
 */
export interface Guide {
  slug: GuideSlug;
  title: GuideText;
  /** One or two sentences for the index and the page description. */
  summary: GuideText;
  sections: readonly GuideSection[];
  /** Shown after the section with id `afterSection` (or at the end). */
  comparison?: GuideComparison & { afterSection: string };
  /** The state facts that matter for this situation, in the order shown. */
  stateFacts: readonly GuideStateFactId[];
  /** Other guides to read next. */
  related: readonly GuideSlug[];
}
