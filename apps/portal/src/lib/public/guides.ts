import {
  findGuide,
  guideStateFacts,
  listStates,
  type Guide,
  type GuideStateFact,
  type GuideText,
} from '@continuum/rules';
import { linkTermsInSection, type GlossaryLang, type GlossarySegment } from './glossary-links';

/**
 * What a guide page shows, in one language, made on the server from @continuum/rules (no
 * script of its own): sections with their glossary terms linked, the comparison table, and
 * the chosen state's own facts.
 */
export interface GuideView {
  slug: string;
  title: string;
  summary: string;
  sections: {
    id: string;
    heading: string;
    paragraphs: GlossarySegment[][];
    points: GlossarySegment[][];
    basis: readonly string[];
  }[];
  comparison: {
    afterSection: string;
    caption: string;
    columns: { id: string; label: string }[];
    rows: { id: string; option: string; cells: GlossarySegment[][]; basis: readonly string[] }[];
  } | null;
  related: { slug: string; title: string }[];
}

/** The states for the state choice, by name. */
export function stateOptions(): { code: string; name: string }[] {
  return listStates()
    .map((s) => ({ code: s.code, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A state code from an address (`?state=az`), or null when absent or not a state. */
export function stateFromParam(value: string | null): { code: string; name: string } | null {
  if (value === null) return null;
  const code = value.trim().toUpperCase();
  return stateOptions().find((s) => s.code === code) ?? null;
}

export function guideView(guide: Guide, lang: GlossaryLang): GuideView {
  const say = (t: GuideText) => t[lang];
  return {
    slug: guide.slug,
    title: say(guide.title),
    summary: say(guide.summary),
    sections: guide.sections.map((section) => {
      const paragraphs = section.paragraphs.map(say);
      const points = (section.points ?? []).map(say);
      const linked = linkTermsInSection([...paragraphs, ...points], lang);
      return {
        id: section.id,
        heading: say(section.heading),
        paragraphs: linked.slice(0, paragraphs.length),
        points: linked.slice(paragraphs.length),
        basis: section.basis,
      };
    }),
    comparison: guide.comparison
      ? {
          afterSection: guide.comparison.afterSection,
          caption: say(guide.comparison.caption),
          columns: guide.comparison.columns.map((c) => ({ id: c.id, label: say(c.label) })),
          rows: guide.comparison.rows.map((row) => ({
            id: row.id,
            option: say(row.option),
            // Each row is a section of its own for linking: a term links once per row.
            cells: linkTermsInSection(
              guide.comparison!.columns.map((c) => say(row.cells[c.id] ?? { en: '', es: '' })),
              lang,
            ),
            basis: row.basis,
          })),
        }
      : null,
    related: guide.related.flatMap((slug) => {
      const other = findGuide(slug);
      return other ? [{ slug, title: say(other.title) }] : [];
    }),
  };
}

/** A state's facts for a guide, or none when no state is chosen. */
export function guideFacts(
  guide: Guide,
  state: { code: string } | null,
  lang: GlossaryLang,
): GuideStateFact[] {
  return state === null ? [] : guideStateFacts(state.code, guide.stateFacts, lang);
}
