import type { Lang } from '../intake/lang.js';
import type { LetterTemplateId } from './facts.js';

/**
 * One block of a letter. The model is deliberately small (what a formal letter needs) so
 * that every renderer — Markdown here, DOCX and PDF in `@continuum/rules/render`, the
 * portal's editor — can show every block the same way.
 *
 * - `heading`: a title (`level` 1) or a section heading (2 or 3).
 * - `paragraph`: running text; `bold` marks a short statement that must stand out.
 * - `list`: numbered (`ordered: true`) or bulleted items.
 * - `address`: lines printed as they are (sender, recipient, "copy to").
 * - `signature`: the closing, space to sign, the signer's name and contact lines.
 *
 * @example
 * ```ts
 * const block: LetterBlock = { type: 'list', ordered: true, items: ['First', 'Second'] };
 * ```
 */
export type LetterBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string; readonly bold?: boolean }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly type: 'address'; readonly lines: readonly string[] }
  | {
      readonly type: 'signature';
      readonly closing: string;
      readonly name: string;
      readonly lines: readonly string[];
    };

/**
 * What the DOCX and PDF renderers print: a language, a date, a title and blocks in reading
 * order. A letter is one; so is the starter kit (`buildStarterKit`), which puts its letter on
 * a page of its own so it can be taken out and mailed: `newPageBefore` lists the indexes of the
 * blocks that start a new page.
 *
 * @example
 * ```ts
 * const doc: PrintableDocument = { lang: 'en', date: '2026-12-04', title: 'Notes',
 *   blocks: [{ type: 'heading', level: 1, text: 'Notes' }] };
 * ```
 */
export interface PrintableDocument {
  readonly lang: Lang;
  /** The document's date (`YYYY-MM-DD`), also the PDF's creation date. */
  readonly date: string;
  readonly title: string;
  readonly blocks: readonly LetterBlock[];
  readonly newPageBefore?: readonly number[];
}

/**
 * A filled letter: which template and language it came from, its title, its blocks in
 * reading order and the legal basis the template relies on (shown to the advocate, not
 * printed in the letter unless a block cites it).
 *
 * @example
 * ```ts
 * const doc = buildLetter('records_request', facts, 'es');
 * doc.blocks[0]; // { type: 'address', lines: ['María López', ...] }
 * ```
 */
export interface LetterDocument extends PrintableDocument {
  readonly template: LetterTemplateId;
  readonly lang: Lang;
  /** The date printed on the letter (`YYYY-MM-DD`). */
  readonly date: string;
  readonly title: string;
  readonly blocks: readonly LetterBlock[];
  readonly basis: readonly string[];
}

// Characters that Markdown would read as syntax inside running text. Facts are typed by
// parents ("2*3 sessions", "[see IEP]"), so they are escaped, never interpreted.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#|~]/g;

function escapeInline(text: string, lineStart = true): string {
  const escaped = text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
  if (!lineStart) return escaped;
  // A line starting with "1." or "-" or "+" would become a list.
  return escaped.replace(/^(\d+)\.(\s)/, '$1\\.$2').replace(/^([-+])(\s)/, '\\$1$2');
}

function escapeLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => escapeInline(line));
}

function renderBlock(block: LetterBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text
        .split(/\r?\n/)
        .map((line) => escapeInline(line, false))
        .join(' ')}`;
    case 'paragraph': {
      const text = escapeLines(block.text).join('  \n');
      return block.bold === true ? `**${text}**` : text;
    }
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}.` : '-';
          const indent = ' '.repeat(marker.length + 1);
          return `${marker} ${escapeLines(item).join(`  \n${indent}`)}`;
        })
        .join('\n');
    case 'address':
      return block.lines.flatMap(escapeLines).join('  \n');
    case 'signature':
      return [
        escapeInline(block.closing),
        '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_',
        [block.name, ...block.lines].flatMap(escapeLines).join('  \n'),
      ].join('\n\n');
  }
}

/**
 * Renders a letter as CommonMark. Facts typed by a family are escaped so that they print as
 * written; lines inside an address or paragraph are kept with hard line breaks.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(buildLetter('pwn_request', facts, 'en'));
 * md.startsWith('María López'); // true: the sender's address block comes first
 * ```
 */
export function renderMarkdown(doc: PrintableDocument): string {
  const breaks = new Set(doc.newPageBefore ?? []);
  return `${doc.blocks
    .map((block, index) =>
      breaks.has(index) && index > 0 ? `---\n\n${renderBlock(block)}` : renderBlock(block),
    )
    .join('\n\n')}\n`;
}
