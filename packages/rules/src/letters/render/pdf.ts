import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { LetterBlock, PrintableDocument } from '../document.js';
import { keepsLinesTogether, keepsWithNextIn, pageLabel, startsNewPage } from './keep.js';

// DejaVu Sans ships as TTF inside the dejavu-fonts-ttf package and covers every Latin-1 and
// Latin Extended letter (á é í ñ ó ú ü ¿ ¡). The 14 standard PDF fonts would need a
// WinAnsi mapping and fail on anything outside it, so the font is embedded (subset) instead.
// __filename exists in the CommonJS build, import.meta.url in the ES module build; bundlers
// replace a bare `require` with a shim that cannot resolve, so neither is used directly.
const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
const FONT_REGULAR = requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 72; // one inch
const BODY_SIZE = 11;
const HEADING_SIZE: Record<1 | 2 | 3, number> = { 1: 15, 2: 12.5, 3: 11.5 };
const LIST_INDENT = 28;
const SIGN_HERE = '________________________________';
/** Fewest lines of a split paragraph left on either page (widow and orphan control). */
const MIN_LINES = 2;

type Pdf = PDFKit.PDFDocument;
type Font = 'Body' | 'Bold';
type StructureElement = PDFKit.PDFStructureElement;

/** A run of lines in one font: a heading, a paragraph, an address, one list item's text. */
interface TextRun {
  readonly font: Font;
  readonly size: number;
  readonly lineHeight: number;
  readonly lines: readonly string[];
}

/**
 * A block measured for the page: its lines already broken to the width, the space around it,
 * and what may not be split. Page breaks are decided on these, before anything is drawn.
 */
type Laid =
  | {
      readonly kind: 'text';
      readonly tag: 'H1' | 'H2' | 'H3' | 'P';
      readonly run: TextRun;
      readonly before: number;
      readonly after: number;
      readonly whole: boolean;
    }
  | {
      readonly kind: 'list';
      readonly items: readonly { readonly marker: string; readonly run: TextRun }[];
      readonly itemAfter: number;
      readonly after: number;
    }
  | {
      readonly kind: 'signature';
      readonly closing: TextRun;
      readonly gap: number;
      readonly signer: TextRun;
      readonly after: number;
    };

/**
 * Breaks text into lines no wider than `width`, at spaces where it can, inside a word only when
 * the word alone is wider. Newlines typed into a fact are kept. Each line but a paragraph's last
 * keeps its trailing space, so text read back (copied, or spoken by a screen reader) keeps the
 * space between the words either side of the break.
 */
function wrap(pdf: Pdf, text: string, font: Font, size: number, width: number): string[] {
  pdf.font(font).fontSize(size);
  const fits = (candidate: string): boolean => pdf.widthOfString(candidate.trimEnd()) <= width;
  const lines: string[] = [];
  for (const hard of text.split(/\r?\n/)) {
    let line = '';
    for (const word of hard.split(/ +/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(`${line} `);
      line = '';
      let rest = word;
      while (!fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

function textRun(pdf: Pdf, text: string, font: Font, size: number, width: number): TextRun {
  pdf.font(font).fontSize(size);
  return {
    font,
    size,
    lineHeight: pdf.currentLineHeight(true),
    lines: wrap(pdf, text, font, size, width),
  };
}

function layOut(pdf: Pdf, block: LetterBlock, width: number): Laid {
  const body = textRun(pdf, '', 'Body', BODY_SIZE, width).lineHeight;
  switch (block.type) {
    case 'heading': {
      const run = textRun(pdf, block.text, 'Bold', HEADING_SIZE[block.level], width);
      return {
        kind: 'text',
        tag: `H${block.level}`,
        run,
        before: 0.4 * run.lineHeight,
        after: 0.3 * body,
        whole: true,
      };
    }
    case 'paragraph':
      return {
        kind: 'text',
        tag: 'P',
        run: textRun(pdf, block.text, block.bold === true ? 'Bold' : 'Body', BODY_SIZE, width),
        before: 0,
        after: 0.6 * body,
        whole: keepsLinesTogether(block),
      };
    case 'address':
      return {
        kind: 'text',
        tag: 'P',
        run: textRun(pdf, block.lines.join('\n'), 'Body', BODY_SIZE, width),
        before: 0,
        after: 0.8 * body,
        whole: keepsLinesTogether(block),
      };
    case 'list':
      return {
        kind: 'list',
        items: block.items.map((item, index) => ({
          marker: block.ordered ? `${index + 1}.` : '•',
          run: textRun(pdf, item, 'Body', BODY_SIZE, width - LIST_INDENT),
        })),
        itemAfter: 0.25 * body,
        after: 0.4 * body,
      };
    case 'signature':
      return {
        kind: 'signature',
        closing: textRun(pdf, block.closing, 'Body', BODY_SIZE, width),
        gap: 2.5 * body,
        signer: textRun(
          pdf,
          [SIGN_HERE, block.name, ...block.lines].join('\n'),
          'Body',
          BODY_SIZE,
          width,
        ),
        after: 0.8 * body,
      };
  }
}

/** The lines of a run that must open a page with it: all of a short run, else two. */
function firstLines(run: TextRun, whole: boolean): number {
  const n = run.lines.length;
  return whole || n <= 2 * MIN_LINES - 1 ? n : MIN_LINES;
}

function fullHeight(laid: Laid): number {
  switch (laid.kind) {
    case 'text':
      return laid.before + laid.run.lines.length * laid.run.lineHeight;
    case 'list':
      return laid.items.reduce(
        (sum, item) => sum + item.run.lines.length * item.run.lineHeight + laid.itemAfter,
        0,
      );
    case 'signature':
      return (
        laid.closing.lines.length * laid.closing.lineHeight +
        laid.gap +
        laid.signer.lines.length * laid.signer.lineHeight
      );
  }
}

/** The height of what must be on the page where a block starts, on its own. */
function openingHeight(laid: Laid): number {
  switch (laid.kind) {
    case 'text':
      return laid.before + firstLines(laid.run, laid.whole) * laid.run.lineHeight;
    case 'list': {
      const first = laid.items[0];
      return first === undefined ? 0 : firstLines(first.run, false) * first.run.lineHeight;
    }
    case 'signature':
      return fullHeight(laid);
  }
}

/**
 * How many of `count` remaining lines to put in the `room` left on the page: all when they fit;
 * otherwise at least two on this page and at least two on the next, or none (the run starts on
 * the next page). A run kept whole moves on whole, unless it starts a page and is taller than it.
 */
function linesHere(
  count: number,
  room: number,
  lineHeight: number,
  whole: boolean,
  pageIsEmpty: boolean,
): number {
  const fit = Math.max(0, Math.floor((room + 0.01) / lineHeight));
  if (count <= fit) return count;
  if (pageIsEmpty) return Math.max(1, fit);
  if (whole) return 0;
  const here = Math.min(fit, count - MIN_LINES);
  return here >= MIN_LINES ? here : 0;
}

class Writer {
  private y = MARGIN;
  private readonly bottom: number;

  constructor(private readonly pdf: Pdf) {
    this.bottom = pdf.page.height - MARGIN;
  }

  get room(): number {
    return this.bottom - this.y;
  }

  get pageIsEmpty(): boolean {
    return this.y <= MARGIN;
  }

  /** Starts a new page unless `height` fits on this one (or this one is still empty). */
  ensure(height: number): void {
    if (height > this.room && !this.pageIsEmpty) this.newPage();
  }

  newPage(): void {
    // pdfkit closes the open marked content at the end of the page and reopens it on the next,
    // so a paragraph split across pages stays one element of the structure tree.
    this.pdf.addPage();
    this.y = MARGIN;
  }

  space(height: number): void {
    if (!this.pageIsEmpty) this.y += height;
  }

  /** Writes a run's lines from `x`, across pages where it must, widow and orphan controlled. */
  lines(run: TextRun, x: number, whole: boolean): void {
    this.pdf.font(run.font).fontSize(run.size);
    let rest = run.lines;
    while (rest.length > 0) {
      const count = linesHere(rest.length, this.room, run.lineHeight, whole, this.pageIsEmpty);
      for (const line of rest.slice(0, count)) {
        this.pdf.text(line, x, this.y, { lineBreak: false });
        this.y += run.lineHeight;
      }
      rest = rest.slice(count);
      if (rest.length > 0) this.newPage();
      this.pdf.font(run.font).fontSize(run.size);
    }
  }

  /** One line at a given height, without moving down (a list item's number beside its text). */
  label(text: string, x: number, font: Font, size: number): void {
    this.pdf.font(font).fontSize(size).text(text, x, this.y, { lineBreak: false });
  }

  down(height: number): void {
    this.y += height;
  }
}

/** Draws `draw` as marked content and returns the structure element that holds it. */
function tagged(pdf: Pdf, tag: string, draw: () => void): StructureElement {
  const content = pdf.markStructureContent(tag);
  draw();
  pdf.endMarkedContent();
  // The content is added once drawn, so the parts it gained on later pages are in the parent tree.
  return pdf.struct(tag, {}, [content]);
}

function writeBlock(
  pdf: Pdf,
  out: Writer,
  laid: Laid,
  need: number,
  left: number,
): StructureElement {
  out.ensure(need);
  switch (laid.kind) {
    case 'text':
      out.space(laid.before);
      return tagged(pdf, laid.tag, () => {
        out.lines(laid.run, left, laid.whole);
        out.down(laid.after);
      });
    case 'list': {
      const list = pdf.struct('L');
      laid.items.forEach((item, index) => {
        if (index > 0) out.ensure(firstLines(item.run, false) * item.run.lineHeight);
        const label = tagged(pdf, 'Lbl', () => out.label(item.marker, left + 6, 'Body', BODY_SIZE));
        const body = tagged(pdf, 'LBody', () => out.lines(item.run, left + LIST_INDENT, false));
        list.add(pdf.struct('LI', {}, [label, body]));
        out.down(laid.itemAfter);
      });
      list.end();
      out.down(laid.after);
      return list;
    }
    case 'signature': {
      const signature = pdf.struct('Div');
      signature.add(tagged(pdf, 'P', () => out.lines(laid.closing, left, true)));
      out.down(laid.gap);
      const [line, ...signer] = laid.signer.lines;
      // The line to sign on is drawn for the eye only: a screen reader skips it.
      pdf.markContent('Artifact', { type: 'Layout' });
      out.lines({ ...laid.signer, lines: [line ?? SIGN_HERE] }, left, true);
      pdf.endMarkedContent();
      signature.add(
        tagged(pdf, 'P', () => out.lines({ ...laid.signer, lines: signer }, left, true)),
      );
      signature.end();
      out.down(laid.after);
      return signature;
    }
  }
}

/**
 * Renders a letter as a US Letter PDF with an embedded, subset DejaVu Sans font, so Spanish
 * text (á é í ñ ó ú ü ¿ ¡) prints as written. Laid out like the DOCX: a heading never ends a
 * page, nor does a paragraph that introduces a list; addresses and the closing with the line to
 * sign on and the signer's name are never split; paragraphs leave at least two lines on each
 * page; every page says "Page N of M" ("Página N de M"). Tagged for screen readers: marked,
 * with a structure tree of the headings (H1-H3), paragraphs, lists and the signature, the
 * language (`en-US`, `es-US`) and the title shown as the window title; footers and the line to
 * sign on are artifacts. A block listed in `newPageBefore` starts a new page (the starter kit's
 * letter). The PDF's creation date is the letter's own date, so the same letter
 * renders to the same text content.
 *
 * @example
 * ```ts
 * import { buildLetter } from '@continuum/rules';
 * import { renderPdf } from '@continuum/rules/render';
 * const bytes = await renderPdf(buildLetter('state_complaint', facts, 'es'));
 * await writeFile('queja.pdf', bytes);
 * ```
 */
export function renderPdf(doc: PrintableDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // Noon UTC keeps the calendar date the same in every time zone a reader opens it in.
    const letterDate = /^\d{4}-\d{2}-\d{2}$/.test(doc.date)
      ? new Date(`${doc.date}T12:00:00Z`)
      : undefined;
    const pdf = new PDFDocument({
      size: 'LETTER',
      margin: MARGIN,
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      displayTitle: true,
      lang: doc.lang === 'en' ? 'en-US' : 'es-US',
      info: {
        Title: doc.title,
        Creator: 'Continuum',
        ...(letterDate === undefined ? {} : { CreationDate: letterDate }),
      },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    pdf.registerFont('Body', FONT_REGULAR);
    pdf.registerFont('Bold', FONT_BOLD);

    const left = MARGIN;
    const width = pdf.page.width - 2 * MARGIN;
    const pageHeight = pdf.page.height - 2 * MARGIN;
    const laid = doc.blocks.map((block) => layOut(pdf, block, width));
    // What must fit before block i starts: its opening lines, or, when it keeps with the next
    // block, all of it and what the next one needs (a heading, then its paragraph's first lines).
    const need: number[] = [];
    for (let index = laid.length - 1; index >= 0; index -= 1) {
      const block = laid[index];
      if (block === undefined) continue;
      const chained = keepsWithNextIn(doc, index)
        ? fullHeight(block) + block.after + (need[index + 1] ?? 0)
        : openingHeight(block);
      // A chain taller than a page cannot be honoured; the block's own opening still is.
      need[index] = chained > pageHeight ? openingHeight(block) : chained;
    }

    const root = pdf.struct('Document');
    pdf.addStructure(root);
    const out = new Writer(pdf);
    laid.forEach((block, index) => {
      if (startsNewPage(doc, index) && !out.pageIsEmpty) out.newPage();
      root.add(writeBlock(pdf, out, block, need[index] ?? 0, left));
    });
    root.end();

    const range = pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      pdf.switchToPage(index);
      // Writing inside the bottom margin would make pdfkit start a new page.
      const bottom = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      pdf.markContent('Artifact', { type: 'Pagination' });
      pdf
        .font('Body')
        .fontSize(8.5)
        .text(pageLabel(doc.lang, index + 1, range.count), MARGIN, pdf.page.height - bottom / 2, {
          width,
          align: 'center',
          lineBreak: false,
        });
      pdf.endMarkedContent();
      pdf.page.margins.bottom = bottom;
    }
    pdf.end();
  });
}
