import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildLetter, type LetterDocument } from '../../src/letters/index.js';
import { renderPdf } from '../../src/letters/render/index.js';
import { fullFacts } from '../guidance/fixtures.js';
import { bodyLines, layoutProblems, pdfPages, type PdfPage } from './pdf-pages.js';

function longComplaint(
  count: number,
  lang: 'en' | 'es',
  extra: Record<string, unknown> = {},
): LetterDocument {
  return buildLetter(
    'due_process_complaint',
    {
      ...fullFacts,
      supportingFacts: Array.from({ length: count }, (_, i) =>
        lang === 'en'
          ? `Fact ${i + 1}: the speech therapy session was not held and nobody told the family.`
          : `Hecho ${i + 1}: la sesión de terapia del habla no se dio y nadie avisó a la familia.`,
      ),
      ...extra,
    },
    lang,
  );
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * The text of each structure element by role ("H1", "P", "LBody"), read the way a screen
 * reader does: the structure tree of every page, its marked-content ids resolved to the text
 * drawn inside them. Also returns the text drawn outside any structure element (artifacts).
 */
async function readTagged(bytes: Uint8Array): Promise<{
  marked: boolean;
  lang: unknown;
  title: unknown;
  displayTitle: boolean;
  byRole: Map<string, string[]>;
  untagged: string[];
}> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
    .promise;
  const markInfo = await pdf.getMarkInfo();
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
  const byRole = new Map<string, string[]>();
  const untagged: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textById = new Map<string, string>();
    const open: (string | null)[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          open.push(typeof item.id === 'string' ? item.id : null);
        } else if (item.type === 'endMarkedContent') {
          open.pop();
        }
        continue;
      }
      const id = open.at(-1) ?? null;
      if (id === null) untagged.push(item.str);
      else textById.set(id, `${textById.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
    }
    const tree = (await page.getStructTree()) as StructNode | null;
    const walk = (node: StructNode): string => {
      if (node.type === 'content' && node.id !== undefined) return textById.get(node.id) ?? '';
      const text = (node.children ?? []).map((child) => walk(child)).join('');
      if (node.role !== undefined && node.role !== 'Root') {
        byRole.set(node.role, [...(byRole.get(node.role) ?? []), text.replace(/\s+/g, ' ').trim()]);
      }
      return text;
    };
    if (tree !== null) walk(tree);
  }
  await pdf.destroy();
  return {
    marked: markInfo?.Marked === true,
    lang: info.Language,
    title: info.Title,
    displayTitle: new TextDecoder('latin1').decode(bytes).includes('/DisplayDocTitle true'),
    byRole,
    untagged: untagged.map((s) => s.trim()).filter(Boolean),
  };
}

describe('PDF layout: nothing stranded, pages numbered like the DOCX', () => {
  // Every position of the letter's end across the foot of page 2 and into page 3.
  const letters = [
    ...Array.from({ length: 23 }, (_, i) => longComplaint(28 + i, 'en')),
    ...Array.from({ length: 24 }, (_, i) => longComplaint(24 + i, 'es')),
    // A district with a long address: its "cc:" block at the end of the letter crosses the
    // foot of a page in some of these, and must move whole.
    ...Array.from({ length: 16 }, (_, i) =>
      longComplaint(30 + i, 'en', {
        district: {
          ...fullFacts.district,
          address:
            'Special Education Department\nAttn: Due Process Coordinator\nRoom 214, Building C\n2309 Tulare St\nFresno, CA 93721\nUnited States',
        },
      }),
    ),
    buildLetter(
      'state_complaint',
      { ...fullFacts, violations: Array.from({ length: 30 }, (_, i) => `Violation ${i + 1}.`) },
      'es',
    ),
  ];
  const rendered = new Map<number, Promise<PdfPage[]>>();
  const pagesOf = (index: number): Promise<PdfPage[]> => {
    const doc = letters[index];
    if (doc === undefined) throw new Error(`no letter ${index}`);
    const pages = rendered.get(index) ?? renderPdf(doc).then(pdfPages);
    rendered.set(index, pages);
    return pages;
  };

  it.each(letters.map((doc, index) => [index, doc] as const))(
    'letter %i: the closing with the signature and name, no heading ends a page, addresses whole, every page numbered',
    async (index, doc) => {
      const pages = await pagesOf(index);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(layoutProblems(doc, pages)).toEqual([]);
    },
  );

  it('the letters tried include one whose closing would have fallen at the foot of a page', async () => {
    // With the old layout, the signature block moved whole to the next page only when it did
    // not fit: the closing was the last thing before a page break in some of these. Now the
    // closing is never the last line of a page, and in some letters it starts a page.
    let startsPage = 0;
    for (const [index, doc] of letters.entries()) {
      const pages = await pagesOf(index);
      const closing = doc.lang === 'en' ? 'Sincerely,' : 'Atentamente,';
      for (const page of pages) {
        const lines = bodyLines(page);
        expect(lines.at(-1)).not.toBe(closing);
        if (lines[0] === closing) startsPage += 1;
      }
    }
    expect(startsPage).toBeGreaterThan(0);
  }, 30_000);

  it.each(Array.from({ length: 12 }, (_, i) => i))(
    'widow and orphan control: a long paragraph split across pages leaves at least two lines on each (shift %i)',
    async (shift) => {
      const words = Array.from({ length: 420 }, (_, i) => `w${String(i).padStart(3, '0')}`).join(
        ' ',
      );
      const doc = longComplaint(2, 'en', {
        decision: 'The district refused. '.repeat(1 + shift * 3),
        problem: words,
      });
      const pages = await pdfPages(await renderPdf(doc));
      const counts = pages.map(
        (page) => bodyLines(page).filter((line) => /^(w\d{3} ?)+$/.test(line)).length,
      );
      const used = counts.filter((count) => count > 0);
      expect(used.length).toBeGreaterThanOrEqual(2);
      for (const count of used) expect(count).toBeGreaterThanOrEqual(2);
      // Every word is there once, in order.
      const text = pages
        .flatMap((page) => bodyLines(page))
        .filter((line) => /^(w\d{3} ?)+$/.test(line))
        .join(' ');
      expect(text.split(' ')).toEqual(words.split(' '));
    },
  );

  it('a Spanish letter is numbered "Página N de M", an English one "Page N of M"', async () => {
    const es = await pdfPages(await renderPdf(longComplaint(40, 'es')));
    expect(es[0]?.lines).toContain(`Página 1 de ${es.length}`);
    const en = await pdfPages(await renderPdf(longComplaint(40, 'en')));
    expect(en.at(-1)?.lines).toContain(`Page ${en.length} of ${en.length}`);
  });
});

describe('PDF tagged for screen readers', () => {
  it.each([
    [
      'en',
      'en-US',
      'Due process complaint',
      ['The child', 'The problem', 'Facts', 'Proposed resolution', 'Other requests'],
    ],
    [
      'es',
      'es-US',
      'Queja de debido proceso',
      ['El niño o la niña', 'El problema', 'Hechos', 'Solución propuesta', 'Otras solicitudes'],
    ],
  ] as const)(
    '%s: marked, language %s, titled, with its headings and paragraphs in the structure tree',
    async (lang, tag, title, h2) => {
      const doc = longComplaint(40, lang);
      const read = await readTagged(await renderPdf(doc));
      expect(read.marked).toBe(true);
      expect(read.lang).toBe(tag);
      expect(read.title).toBe(title);
      expect(read.displayTitle).toBe(true);
      expect(read.byRole.get('Document')?.length).toBeGreaterThan(0);
      expect(read.byRole.get('H1')).toEqual([
        lang === 'en'
          ? 'Due process complaint: Sofía Núñez v. Fresno Unified School District'
          : 'Queja de debido proceso: Sofía Núñez contra Fresno Unified School District',
      ]);
      expect(read.byRole.get('H2')).toEqual(h2);
      const paragraphs = read.byRole.get('P') ?? [];
      expect(paragraphs).toContain('Sofía no recibe los servicios de su IEP y su lectura empeora.');
      expect(paragraphs).toContain(lang === 'en' ? 'November 23, 2026' : '23 de noviembre de 2026');
      expect(paragraphs).toContain(lang === 'en' ? 'Sincerely,' : 'Atentamente,');
      // A list is a list: L > LI > Lbl + LBody, the facts in order, the last one whole.
      expect((read.byRole.get('LI') ?? []).length).toBeGreaterThanOrEqual(40);
      const bodies = read.byRole.get('LBody') ?? [];
      expect(bodies).toContain(
        lang === 'en'
          ? 'Fact 40: the speech therapy session was not held and nobody told the family.'
          : 'Hecho 40: la sesión de terapia del habla no se dio y nadie avisó a la familia.',
      );
      expect(read.byRole.get('Lbl')).toContain('40.');
    },
  );

  it('page numbers and the line to sign on are artifacts, outside the structure a screen reader reads', async () => {
    const read = await readTagged(await renderPdf(longComplaint(40, 'en')));
    expect(read.untagged.some((text) => /^Page 1 of \d$/.test(text))).toBe(true);
    expect(read.untagged.some((text) => /^_{10,}$/.test(text))).toBe(true);
    const everything = [...read.byRole.values()].flat().join('\n');
    expect(everything).not.toMatch(/Page \d of \d/);
    expect(everything).not.toMatch(/_{10,}/);
    // Nothing else is left out of the structure.
    expect(
      read.untagged.filter((text) => !/^Page \d of \d$/.test(text) && !/^_{10,}$/.test(text)),
    ).toEqual([]);
  });
});
