import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LetterDocument } from '../../src/letters/index.js';

/** One page of a PDF as a reader sees it: its lines of text, top to bottom. */
export interface PdfPage {
  readonly number: number;
  readonly lines: readonly string[];
}

/**
 * Reads a PDF's pages back as lines: text items on the same baseline (within a point) are one
 * line, lines sorted from the top of the page down. Works for LibreOffice's PDFs and ours.
 */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const rows: { y: number; x: number; text: string }[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const transform = item.transform as number[];
      rows.push({ y: transform[5] ?? 0, x: transform[4] ?? 0, text: item.str });
    }
    rows.sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: { y: number; text: string }[] = [];
    for (const row of rows) {
      const last = lines[lines.length - 1];
      if (last !== undefined && Math.abs(last.y - row.y) < 1) last.text += row.text;
      else lines.push({ y: row.y, text: row.text });
    }
    pages.push({
      number,
      lines: lines.map((line) => line.text.replace(/\s+/g, ' ').trim()),
    });
  }
  await pdf.destroy();
  return pages;
}

/** The page's lines without its footer (the line that carries the page number). */
export function bodyLines(page: PdfPage): string[] {
  return page.lines.filter((line) => !/^(Page \d+ of \d+|Página \d+ de \d+)$/.test(line));
}

/** The page a line starting with `text` is on (the first such line), or undefined. */
export function pageOf(
  pages: readonly PdfPage[],
  test: (line: string) => boolean,
): number | undefined {
  return pages.find((page) => page.lines.some(test))?.number;
}

/**
 * What makes a letter hold together on paper, checked on its PDF's pages:
 * - every page carries "Page N of M" ("Página N de M");
 * - the closing ("Sincerely,"), the line to sign on and the signer's name are on one page;
 * - no page ends with a heading (its text would be overleaf);
 * - no page starts with the signature line or the signer's name apart from the closing;
 * - no address block is split across pages (each is found whole, its lines in order, on a page).
 * Returns the problems found, empty when there are none, so a failure names them all.
 */
export function layoutProblems(doc: LetterDocument, pages: readonly PdfPage[]): string[] {
  const problems: string[] = [];
  const en = doc.lang === 'en';
  pages.forEach((page) => {
    const label = en
      ? `Page ${page.number} of ${pages.length}`
      : `Página ${page.number} de ${pages.length}`;
    if (!page.lines.includes(label)) problems.push(`page ${page.number} has no "${label}"`);
  });
  const signature = doc.blocks.find((block) => block.type === 'signature');
  if (signature?.type === 'signature') {
    const closingPage = pageOf(pages, (line) => line === signature.closing);
    const signLinePage = pageOf(pages, (line) => /^_{10,}$/.test(line));
    const namePage = pages.find((page) => {
      const lines = bodyLines(page);
      return lines.some(
        (line, index) => line === signature.name && lines[index + 1] === signature.lines[0],
      );
    })?.number;
    if (closingPage === undefined || closingPage !== signLinePage || closingPage !== namePage) {
      problems.push(
        `"${signature.closing}" on page ${closingPage}, the line to sign on on page ${signLinePage}, the name on page ${namePage}`,
      );
    }
  }
  const headings = doc.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));
  pages.slice(0, -1).forEach((page) => {
    const last = bodyLines(page).at(-1) ?? '';
    const stranded = headings.find((heading) => last.length > 3 && heading.includes(last));
    if (stranded !== undefined) {
      problems.push(`page ${page.number} ends with the heading "${stranded}"`);
    }
  });
  for (const block of doc.blocks) {
    if (block.type !== 'address' || block.lines.length < 2) continue;
    const whole = pages.some((page) => {
      const lines = bodyLines(page);
      return lines.some((_, start) =>
        block.lines.every(
          (line, offset) => lines[start + offset] === line.replace(/\s+/g, ' ').trim(),
        ),
      );
    });
    if (!whole) problems.push(`the address "${block.lines[0]} …" is not whole on one page`);
  }
  return problems;
}
