import { readFileSync } from 'node:fs';
import { requireOnUse } from '../../platform/modules/require-on-use';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { ErrorParams } from '../../platform/errors/domain-error';
import type { ErrorKey } from '../../platform/errors/error-keys';

/**
 * The evidence binder: one PDF a family discloses before a due process hearing (at least five
 * business days before it, 34 CFR 300.512(a)(3) and (b)): a cover page, a numbered exhibit
 * index with each exhibit's date, description and first page, then the exhibits, every page
 * stamped with its exhibit and its page number in the packet so everyone at the hearing can
 * point to "Exhibit 3, page 14".
 *
 * Pure: bytes in, bytes out. Storage, authorization and audit are the caller's.
 */
export type BinderLang = 'en' | 'es';

export interface BinderExhibit {
  /** Shown in the index; the document's title as the family knows it. */
  description: string;
  /** The document's own date (`YYYY-MM-DD`), or null when unknown. */
  date: string | null;
  /** Sniffed, not claimed: only PDF, PNG and JPEG can be bound. */
  contentType: string;
  bytes: Uint8Array;
  /**
   * An Internal document (staff only): bound only when the person chose to include internal
   * documents, and then marked in the index and on every one of its pages.
   */
  internal?: boolean;
}

export interface BinderInput {
  lang: BinderLang;
  /** e.g. "Due process hearing" — what the packet is for. */
  proceeding: string;
  student: string;
  /** The household, as the organization records it. */
  family: string;
  /** The date printed on the cover (`YYYY-MM-DD`). */
  date: string;
  exhibits: BinderExhibit[];
}

export interface BinderLayout {
  coverPages: number;
  indexPages: number;
  /** Per exhibit, in order: its first and last page in the packet (1-based). */
  exhibits: { number: number; firstPage: number; lastPage: number }[];
  totalPages: number;
}

/** An exhibit or a choice that cannot be bound, with the key the portal words it by. */
export class BinderInputError extends Error {
  constructor(
    readonly field: string,
    readonly key: ErrorKey,
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}

export const BINDABLE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

const LABELS = {
  en: {
    title: 'Exhibits',
    student: 'Student',
    family: 'Family',
    date: 'Date',
    exhibitCount: (n: number, pages: number) =>
      `${n} exhibit${n === 1 ? '' : 's'}, ${pages} page${pages === 1 ? '' : 's'}`,
    indexTitle: 'Exhibit index',
    columns: { number: 'No.', date: 'Date', description: 'Description', page: 'Page' },
    undated: 'undated',
    stamp: (exhibit: number, page: number, total: number) =>
      `Exhibit ${exhibit} · Page ${page} of ${total}`,
    stampFront: (page: number, total: number) => `Page ${page} of ${total}`,
    internal: 'Internal — not shared with the family',
    internalCount: (n: number) =>
      `Includes ${n} internal document${n === 1 ? '' : 's'}, not shared with the family.`,
  },
  es: {
    title: 'Pruebas documentales',
    student: 'Estudiante',
    family: 'Familia',
    date: 'Fecha',
    exhibitCount: (n: number, pages: number) =>
      `${n} prueba${n === 1 ? '' : 's'}, ${pages} página${pages === 1 ? '' : 's'}`,
    indexTitle: 'Índice de pruebas',
    columns: { number: 'N.º', date: 'Fecha', description: 'Descripción', page: 'Página' },
    undated: 'sin fecha',
    stamp: (exhibit: number, page: number, total: number) =>
      `Prueba ${exhibit} · Página ${page} de ${total}`,
    stampFront: (page: number, total: number) => `Página ${page} de ${total}`,
    internal: 'Interno: no se comparte con la familia',
    internalCount: (n: number) =>
      n === 1
        ? 'Incluye 1 documento interno, que no se comparte con la familia.'
        : `Incluye ${n} documentos internos, que no se comparten con la familia.`,
  },
} satisfies Record<BinderLang, unknown>;

// US Letter in points; exhibits of other sizes keep theirs.
const PAGE = { width: 612, height: 792 };
const MARGIN = 54;
const STAMP_SIZE = 9;
const BODY_SIZE = 11;
const ROW_GAP = 6;
/** Room kept free at the bottom of every front page for the stamp. */
const FOOTER = 36;
const MAX_EXHIBITS = 200;
const MAX_DESCRIPTION = 300;

// DejaVu Sans covers every Spanish letter; the 14 standard PDF fonts would need WinAnsi and
// break on anything outside it. The same font the letters use (packages/rules/render).
const FONT_REGULAR = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const FONT_BOLD = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Splits text into lines no wider than `width`, breaking at spaces (or inside a long word). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

function validate(input: BinderInput): void {
  if (input.exhibits.length === 0) {
    throw new BinderInputError(
      'documentIds',
      'BINDER_EMPTY',
      'Choose at least one document for the binder.',
    );
  }
  if (input.exhibits.length > MAX_EXHIBITS) {
    throw new BinderInputError(
      'documentIds',
      'BINDER_TOO_MANY',
      `A binder holds at most ${MAX_EXHIBITS} exhibits; split it into volumes.`,
      { max: MAX_EXHIBITS },
    );
  }
  input.exhibits.forEach((exhibit, index) => {
    if (!(BINDABLE_TYPES as readonly string[]).includes(exhibit.contentType)) {
      throw new BinderInputError(
        `documentIds[${index}]`,
        'BINDER_DOCUMENT_NOT_BINDABLE',
        `“${exhibit.description}” is not a PDF or an image; only PDF, PNG and JPEG documents can go into a binder.`,
      );
    }
    if (exhibit.description.length > MAX_DESCRIPTION) {
      throw new BinderInputError(
        `documentIds[${index}]`,
        'BINDER_DESCRIPTION_TOO_LONG',
        `An exhibit's description must be at most ${MAX_DESCRIPTION} characters.`,
        { max: MAX_DESCRIPTION },
      );
    }
  });
}

// Removes characters the font cannot draw (control characters), which pasted titles carry.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
}

interface IndexRow {
  /** 1-based exhibit number. */
  number: number;
  date: string;
  description: string[];
  height: number;
}

const COLUMNS = {
  number: MARGIN,
  date: MARGIN + 40,
  description: MARGIN + 130,
  page: PAGE.width - MARGIN - 50,
};
const DESCRIPTION_WIDTH = COLUMNS.page - COLUMNS.description - 12;

/** Index rows with their wrapped descriptions (the page numbers are known only later). */
function indexRows(input: BinderInput, fonts: Fonts): IndexRow[] {
  const labels = LABELS[input.lang];
  const lineHeight = BODY_SIZE * 1.3;
  return input.exhibits.map((exhibit, index) => {
    const description = wrapText(
      printable(exhibit.description),
      fonts.regular,
      BODY_SIZE,
      DESCRIPTION_WIDTH,
    );
    if (exhibit.internal)
      description.push(...wrapText(labels.internal, fonts.regular, BODY_SIZE, DESCRIPTION_WIDTH));
    return {
      number: index + 1,
      date: exhibit.date ?? labels.undated,
      description,
      height: description.length * lineHeight + ROW_GAP,
    };
  });
}

/** How the rows fall onto index pages: a list of row ranges, one per page. */
function paginateIndex(rows: IndexRow[]): IndexRow[][] {
  const top = PAGE.height - MARGIN - 60;
  const bottom = MARGIN + FOOTER;
  let current: IndexRow[] = [];
  const pages = [current];
  let y = top;
  for (const row of rows) {
    if (y - row.height < bottom && current.length > 0) {
      current = [];
      pages.push(current);
      y = top;
    }
    current.push(row);
    y -= row.height;
  }
  return pages;
}

async function loadExhibit(exhibit: BinderExhibit, index: number): Promise<PDFDocument> {
  try {
    if (exhibit.contentType === 'application/pdf') {
      // load() is lenient with damaged files; walking the page tree is what finds them out.
      const pdf = await PDFDocument.load(exhibit.bytes);
      if (pdf.getPageCount() === 0) throw new Error('no pages');
      return pdf;
    }
    const single = await PDFDocument.create();
    const image =
      exhibit.contentType === 'image/png'
        ? await single.embedPng(exhibit.bytes)
        : await single.embedJpg(exhibit.bytes);
    // The image fills a Letter page inside the margins, never enlarged past its own size.
    const room = { width: PAGE.width - 2 * MARGIN, height: PAGE.height - 2 * MARGIN - FOOTER };
    const scale = Math.min(1, room.width / image.width, room.height / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    const page = single.addPage([PAGE.width, PAGE.height]);
    page.drawImage(image, {
      x: (PAGE.width - width) / 2,
      y: MARGIN + FOOTER + (room.height - height) / 2,
      width,
      height,
    });
    return single;
  } catch (cause) {
    const protectedFile = cause instanceof Error && /encrypt/i.test(cause.message);
    throw new BinderInputError(
      `documentIds[${index}]`,
      protectedFile ? 'BINDER_DOCUMENT_PROTECTED' : 'BINDER_DOCUMENT_UNREADABLE',
      `“${exhibit.description}” ${protectedFile ? 'is password-protected' : 'could not be read'}; upload an unprotected copy to include it.`,
      { title: exhibit.description },
    );
  }
}

function drawCover(page: PDFPage, input: BinderInput, fonts: Fonts, totalPages: number): void {
  const labels = LABELS[input.lang];
  const width = PAGE.width - 2 * MARGIN;
  let y = PAGE.height - MARGIN - 120;
  for (const line of wrapText(printable(input.proceeding), fonts.bold, 22, width)) {
    page.drawText(line, { x: MARGIN, y, size: 22, font: fonts.bold });
    y -= 30;
  }
  page.drawText(labels.title, { x: MARGIN, y, size: 18, font: fonts.bold });
  y -= 48;
  const facts: [string, string][] = [
    [labels.student, input.student],
    [labels.family, input.family],
    [labels.date, input.date],
  ];
  for (const [label, value] of facts) {
    page.drawText(`${label}:`, { x: MARGIN, y, size: 12, font: fonts.bold });
    for (const line of wrapText(printable(value), fonts.regular, 12, width - 130)) {
      page.drawText(line, { x: MARGIN + 130, y, size: 12, font: fonts.regular });
      y -= 18;
    }
    y -= 6;
  }
  y -= 12;
  page.drawText(labels.exhibitCount(input.exhibits.length, totalPages), {
    x: MARGIN,
    y,
    size: 12,
    font: fonts.regular,
  });
  const internal = input.exhibits.filter((exhibit) => exhibit.internal).length;
  if (internal > 0) {
    y -= 24;
    for (const line of wrapText(labels.internalCount(internal), fonts.bold, 12, width)) {
      page.drawText(line, { x: MARGIN, y, size: 12, font: fonts.bold });
      y -= 18;
    }
  }
}

function drawIndexPage(
  page: PDFPage,
  rows: IndexRow[],
  firstPages: ReadonlyMap<number, number>,
  labels: (typeof LABELS)[BinderLang],
  fonts: Fonts,
  first: boolean,
): void {
  let y = PAGE.height - MARGIN;
  if (first) page.drawText(labels.indexTitle, { x: MARGIN, y, size: 16, font: fonts.bold });
  y -= 36;
  for (const column of ['number', 'date', 'description', 'page'] as const) {
    page.drawText(labels.columns[column], {
      x: COLUMNS[column],
      y,
      size: BODY_SIZE,
      font: fonts.bold,
    });
  }
  y -= 6;
  page.drawLine({
    start: { x: MARGIN, y },
    end: { x: PAGE.width - MARGIN, y },
    thickness: 0.75,
    color: rgb(0.3, 0.3, 0.3),
  });
  y -= BODY_SIZE * 1.3;
  const lineHeight = BODY_SIZE * 1.3;
  for (const row of rows) {
    const text = (value: string, x: number) =>
      page.drawText(value, { x, y, size: BODY_SIZE, font: fonts.regular });
    text(String(row.number), COLUMNS.number);
    text(row.date, COLUMNS.date);
    row.description.forEach((line, i) => {
      page.drawText(line, {
        x: COLUMNS.description,
        y: y - i * lineHeight,
        size: BODY_SIZE,
        font: fonts.regular,
      });
    });
    text(String(firstPages.get(row.number)), COLUMNS.page);
    y -= row.height;
  }
}

/** Stamps the bottom right corner of a page, on a white box so it reads over any content. */
function stamp(page: PDFPage, text: string, font: PDFFont): void {
  const { width } = page.getSize();
  const textWidth = font.widthOfTextAtSize(text, STAMP_SIZE);
  const x = width - 24 - textWidth;
  const y = 16;
  page.drawRectangle({
    x: x - 4,
    y: y - 4,
    width: textWidth + 8,
    height: STAMP_SIZE + 8,
    color: rgb(1, 1, 1),
    opacity: 0.9,
  });
  page.drawText(text, { x, y, size: STAMP_SIZE, font, color: rgb(0, 0, 0) });
}

/**
 * Builds the binder. Throws BinderInputError, naming the exhibit (`documentIds[2]`), for a
 * document that is not a PDF or an image, is password-protected or cannot be read.
 */
export async function assembleBinder(
  input: BinderInput,
): Promise<{ pdf: Uint8Array; layout: BinderLayout }> {
  validate(input);
  const labels = LABELS[input.lang];
  const binder = await PDFDocument.create();
  binder.registerFontkit(requireOnUse<typeof import('@pdf-lib/fontkit')>('@pdf-lib/fontkit'));
  const fonts: Fonts = {
    regular: await binder.embedFont(FONT_REGULAR, { subset: true }),
    bold: await binder.embedFont(FONT_BOLD, { subset: true }),
  };
  binder.setTitle(`${printable(input.proceeding)} — ${labels.title}`);
  binder.setLanguage(input.lang === 'es' ? 'es-US' : 'en-US');

  const sources = await Promise.all(input.exhibits.map((e, i) => loadExhibit(e, i)));
  const rows = indexRows(input, fonts);
  const indexPages = paginateIndex(rows);
  const coverPages = 1;
  let next = coverPages + indexPages.length + 1;
  const exhibits = sources.map((source, index) => {
    const firstPage = next;
    next += source.getPageCount();
    return { number: index + 1, firstPage, lastPage: next - 1 };
  });
  const firstPages = new Map(exhibits.map((exhibit) => [exhibit.number, exhibit.firstPage]));
  const totalPages = next - 1;

  drawCover(binder.addPage([PAGE.width, PAGE.height]), input, fonts, totalPages);
  indexPages.forEach((pageRows, i) => {
    const page = binder.addPage([PAGE.width, PAGE.height]);
    drawIndexPage(page, pageRows, firstPages, labels, fonts, i === 0);
  });
  for (const source of sources) {
    const copied = await binder.copyPages(source, source.getPageIndices());
    for (const page of copied) binder.addPage(page);
  }

  binder.getPages().forEach((page, i) => {
    const number = i + 1;
    const exhibit = exhibits.find((e) => e.firstPage <= number && number <= e.lastPage);
    const marked = exhibit && input.exhibits[exhibit.number - 1]?.internal;
    const text = exhibit
      ? `${marked ? `${labels.internal} · ` : ''}${labels.stamp(exhibit.number, number, totalPages)}`
      : labels.stampFront(number, totalPages);
    stamp(page, text, fonts.regular);
  });

  const pdf = await binder.save();
  return {
    pdf,
    layout: { coverPages, indexPages: indexPages.length, exhibits, totalPages },
  };
}
