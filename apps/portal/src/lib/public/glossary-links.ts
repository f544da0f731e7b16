import { GLOSSARY, type GlossaryTerm } from '@continuum/rules';

/**
 * Glossary terms linked where they appear (issue 14): text is split into plain runs and terms,
 * and `GlossaryText.svelte` renders each term as a link to its entry (`/glossary#iep`).
 *
 * Run this on the SERVER (in `+page.server.ts`) and pass the segments to the page: the
 * glossary then never ships to the browser, so a public page stays under its script budget.
 * A term links at its first appearance in a section only (a page full of links reads as
 * noise); pass all of a section's texts to {@link linkTermsInSection} together.
 *
 * Used by the guides and the rights cards; the assessment result can do the same:
 *
 * ```ts
 * // +page.server.ts
 * const [reason, ...steps] = linkTermsInSection([option.reason, ...option.steps], lang);
 * // +page.svelte
 * <GlossaryText segments={reason} />
 * ```
 */

export type GlossaryLang = 'en' | 'es';

/** A run of text, or a term with the glossary entry it links to. */
export type GlossarySegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'term';
      /** The words as they appear in the text. */
      text: string;
      /** The glossary entry's id: the link is `/glossary#<id>`. */
      id: string;
      /** The term's full name, in the reader's language (for an acronym, what it stands for). */
      name: string;
    };

interface Form {
  form: string;
  term: GlossaryTerm;
  /** Acronyms match in capitals only: the Spanish verb "lea" is not the LEA. */
  exact: boolean;
}

function formsFor(lang: GlossaryLang): Form[] {
  const forms: Form[] = [];
  for (const term of GLOSSARY) {
    const name = term.name[lang];
    forms.push({ form: name, term, exact: false });
    // "FBA / BIP" is two short forms written as one.
    for (const acronym of (term.acronym[lang] ?? '').split(' / ').filter(Boolean)) {
      forms.push({ form: acronym, term, exact: true });
    }
  }
  return forms;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(lang: GlossaryLang): { pattern: RegExp; byLower: Map<string, Form[]> } {
  const forms = formsFor(lang);
  const byLower = new Map<string, Form[]>();
  for (const f of forms) {
    const key = f.form.toLowerCase();
    byLower.set(key, [...(byLower.get(key) ?? []), f]);
  }
  // Longest first, so "IEP facilitation" wins over "IEP"; a term is a whole word or phrase.
  const alternatives = [...byLower.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return { pattern, byLower };
}

const MATCHERS: Record<GlossaryLang, ReturnType<typeof matcher>> = {
  en: matcher('en'),
  es: matcher('es'),
};

function termAt(found: string, lang: GlossaryLang): GlossaryTerm | null {
  const candidates = MATCHERS[lang].byLower.get(found.toLowerCase()) ?? [];
  const hit = candidates.find((f) => !f.exact || f.form === found);
  return hit?.term ?? null;
}

/**
 * Splits each text of a section into plain and term segments, linking each glossary term at
 * its first appearance in the section (in the reader's language; whole words only).
 */
export function linkTermsInSection(
  texts: readonly string[],
  lang: GlossaryLang,
): GlossarySegment[][] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const segments: GlossarySegment[] = [];
    let last = 0;
    const plain = (end: number) => {
      if (end <= last) return;
      const previous = segments.at(-1);
      const run = text.slice(last, end);
      if (previous?.kind === 'text') previous.text += run;
      else segments.push({ kind: 'text', text: run });
      last = end;
    };
    for (const match of text.matchAll(MATCHERS[lang].pattern)) {
      const term = termAt(match[0], lang);
      if (term === null || seen.has(term.id)) continue;
      seen.add(term.id);
      plain(match.index);
      segments.push({ kind: 'term', text: match[0], id: term.id, name: term.name[lang] });
      last = match.index + match[0].length;
    }
    plain(text.length);
    return segments;
  });
}

/** One text on its own: each term linked at its first appearance. */
export function linkTerms(text: string, lang: GlossaryLang): GlossarySegment[] {
  return linkTermsInSection([text], lang)[0] ?? [];
}
