import type { LetterBlock, PrintableDocument } from '../document.js';

/**
 * Which blocks must start on the same page as the block after them, for both renderers (DOCX
 * says it with `keepNext`, the PDF layout moves the block to the next page itself):
 *
 * - a heading, always: a heading at the foot of a page, its text overleaf, is the classic
 *   stranded line;
 * - a paragraph that introduces what follows (ends with ":"), so "I ask for:" is never left
 *   apart from the list it introduces;
 * - a paragraph or an address directly before an address: the date before the recipient, "I am
 *   sending a copy" before the "cc:" lines, one "cc:" before the next.
 *
 * Each block is kept whole or split by its own rules (`keepsLinesTogether`); a signature (the
 * closing, the line to sign on, the name) is always one unit.
 */
export function keepsWithNext(blocks: readonly LetterBlock[], index: number): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (block === undefined || next === undefined) return false;
  switch (block.type) {
    case 'heading':
      return true;
    case 'paragraph':
      return block.text.trimEnd().endsWith(':') || next.type === 'address';
    case 'address':
      return next.type === 'address';
    case 'list':
    case 'signature':
      return false;
  }
}

/**
 * Blocks printed whole, never split across pages: headings, addresses (a few lines of an address
 * alone on a page cannot be read as one) and the signature. Paragraphs and list items split
 * with widow and orphan control: at least two lines on each page.
 */
export function keepsLinesTogether(block: LetterBlock): boolean {
  return block.type === 'heading' || block.type === 'address' || block.type === 'signature';
}

/** The words around the page numbers in the footer: "Page ", " of " / "Página ", " de ". */
export function pageLabelParts(lang: 'en' | 'es'): readonly [string, string] {
  return lang === 'en' ? ['Page ', ' of '] : ['Página ', ' de '];
}

/** The footer's page number, in the letter's language ("Page 2 of 3", "Página 2 de 3"). */
export function pageLabel(lang: 'en' | 'es', page: number, total: number): string {
  const [before, between] = pageLabelParts(lang);
  return `${before}${page}${between}${total}`;
}

/**
 * Whether block `index` starts a new page (`PrintableDocument.newPageBefore`). A block before
 * such a block keeps with nothing: the page ends there on purpose.
 */
export function startsNewPage(doc: PrintableDocument, index: number): boolean {
  return index > 0 && (doc.newPageBefore ?? []).includes(index);
}

/** `keepsWithNext`, except before a page the document starts on purpose. */
export function keepsWithNextIn(doc: PrintableDocument, index: number): boolean {
  return !startsNewPage(doc, index + 1) && keepsWithNext(doc.blocks, index);
}
