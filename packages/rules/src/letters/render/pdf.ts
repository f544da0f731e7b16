import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { LetterBlock, LetterDocument } from '../document.js';

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

type Pdf = PDFKit.PDFDocument;

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}

function writeBlock(pdf: Pdf, block: LetterBlock): void {
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const left = pdf.page.margins.left;
  switch (block.type) {
    case 'heading':
      ensureRoom(pdf, HEADING_SIZE[block.level] * 3);
      pdf
        .moveDown(0.4)
        .font('Bold')
        .fontSize(HEADING_SIZE[block.level])
        .text(block.text, left, pdf.y, { width });
      pdf.font('Body').fontSize(BODY_SIZE).moveDown(0.3);
      return;
    case 'paragraph':
      pdf
        .font(block.bold === true ? 'Bold' : 'Body')
        .fontSize(BODY_SIZE)
        .text(block.text, left, pdf.y, { width });
      pdf.font('Body').moveDown(0.6);
      return;
    case 'list':
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${index + 1}.` : '•';
        ensureRoom(pdf, pdf.currentLineHeight(true));
        const top = pdf.y;
        pdf
          .font('Body')
          .fontSize(BODY_SIZE)
          .text(marker, left + 6, top, { width: 22 });
        pdf.text(item, left + 28, top, { width: width - 28 });
        pdf.moveDown(0.25);
      });
      pdf.moveDown(0.4);
      return;
    case 'address':
      pdf.font('Body').fontSize(BODY_SIZE).text(block.lines.join('\n'), left, pdf.y, { width });
      pdf.moveDown(0.8);
      return;
    case 'signature':
      ensureRoom(pdf, pdf.currentLineHeight(true) * (5 + block.lines.length));
      pdf.font('Body').fontSize(BODY_SIZE).text(block.closing, left, pdf.y, { width });
      pdf.moveDown(2.5);
      pdf.text('________________________________', left, pdf.y, { width });
      pdf.text([block.name, ...block.lines].join('\n'), left, pdf.y, { width });
      pdf.moveDown(0.8);
      return;
  }
}

/**
 * Renders a letter as a US Letter PDF with an embedded, subset DejaVu Sans font, so Spanish
 * text (á é í ñ ó ú ü ¿ ¡) prints as written. Each page carries the letter's title and
 * "page N of M" in the footer. The PDF's creation date is the letter's own date, so the same
 * letter renders to the same text content.
 *
 * @example
 * ```ts
 * import { buildLetter } from '@continuum/rules';
 * import { renderPdf } from '@continuum/rules/render';
 * const bytes = await renderPdf(buildLetter('state_complaint', facts, 'es'));
 * await writeFile('queja.pdf', bytes);
 * ```
 */
export function renderPdf(doc: LetterDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // Noon UTC keeps the calendar date the same in every time zone a reader opens it in.
    const letterDate = /^\d{4}-\d{2}-\d{2}$/.test(doc.date)
      ? new Date(`${doc.date}T12:00:00Z`)
      : undefined;
    const pdf = new PDFDocument({
      size: 'LETTER',
      margin: MARGIN,
      bufferPages: true,
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
    pdf.font('Body').fontSize(BODY_SIZE);
    for (const block of doc.blocks) writeBlock(pdf, block);

    const range = pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      pdf.switchToPage(index);
      // Writing inside the bottom margin would make pdfkit start a new page.
      const bottom = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      const label =
        doc.lang === 'en'
          ? `${doc.title} — page ${index + 1} of ${range.count}`
          : `${doc.title} — página ${index + 1} de ${range.count}`;
      pdf
        .font('Body')
        .fontSize(8.5)
        .text(label, MARGIN, pdf.page.height - bottom / 2, {
          width: pdf.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        });
      pdf.page.margins.bottom = bottom;
    }
    pdf.end();
  });
}
