import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { LetterBlock, PrintableDocument } from '../document.js';
import { keepsWithNextIn, pageLabelParts, startsNewPage } from './keep.js';

const NUMBERED = 'continuum-numbered';

function runs(text: string | readonly string[], bold = false): ParagraphChild[] {
  // A newline inside a fact (an address typed on several lines) becomes a line break.
  const lines = (typeof text === 'string' ? [text] : text).flatMap((line) => line.split(/\r?\n/));
  return lines.map((line, index) =>
    index === 0 ? new TextRun({ text: line, bold }) : new TextRun({ text: line, bold, break: 1 }),
  );
}

/*
 * Page breaks are Word's to make, so the letter tells it what may not be separated, in the
 * paragraph properties Word and LibreOffice both honour (ECMA-376 Part 1, 17.3.1):
 * `w:keepNext` (keep with the next paragraph), `w:keepLines` (do not split this paragraph) and
 * `w:widowControl` (never one line of a paragraph alone at the top or foot of a page).
 */
const FLOW = { widowControl: true } as const;

function blockParagraphs(
  block: LetterBlock,
  keepNext: boolean,
  listInstance: () => number,
  newPage = false,
): Paragraph[] {
  // A page the document starts on purpose (the starter kit's letter): `w:pageBreakBefore` on
  // the block's first paragraph, which Word and LibreOffice both honour.
  const opening = newPage ? ({ pageBreakBefore: true } as const) : {};
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading:
            block.level === 1
              ? HeadingLevel.HEADING_1
              : block.level === 2
                ? HeadingLevel.HEADING_2
                : HeadingLevel.HEADING_3,
          children: runs(block.text),
          keepNext: true,
          keepLines: true,
          ...FLOW,
          ...opening,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(block.text, block.bold === true),
          spacing: { after: 160 },
          keepNext,
          ...FLOW,
          ...opening,
        }),
      ];
    case 'list': {
      const instance = listInstance();
      return block.items.map(
        (item, index) =>
          new Paragraph({
            children: runs(item),
            ...(index === 0 ? opening : {}),
            ...(block.ordered
              ? { numbering: { reference: NUMBERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
            spacing: { after: 80 },
            ...FLOW,
          }),
      );
    }
    case 'address':
      return [
        new Paragraph({
          children: runs(block.lines),
          spacing: { after: 200 },
          keepLines: true,
          keepNext,
          ...FLOW,
          ...opening,
        }),
      ];
    case 'signature':
      // One unit: "Sincerely," keeps with the line to sign on, which keeps with the name.
      return [
        new Paragraph({
          children: runs(block.closing),
          spacing: { before: 240, after: 720 },
          keepNext: true,
          keepLines: true,
          ...FLOW,
          ...opening,
        }),
        new Paragraph({
          children: runs('________________________________'),
          keepNext: true,
          keepLines: true,
          ...FLOW,
        }),
        new Paragraph({
          children: runs([block.name, ...block.lines]),
          spacing: { after: 200 },
          keepLines: true,
          keepNext,
          ...FLOW,
        }),
      ];
  }
}

/** "Page N of M" with Word fields (PAGE, NUMPAGES), so the numbers are Word's own. */
function pageNumberFooter(lang: PrintableDocument['lang']): Footer {
  const [before, between] = pageLabelParts(lang);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 17,
            children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * Renders a letter as a Word document (DOCX, Office Open XML). Numbered lists restart at 1
 * for each list; text is Unicode throughout, so Spanish accents and ¿ ¡ ñ need nothing
 * special. Headings keep with their text, the closing with the signature and the name, an
 * address is never split, and every page is numbered in the footer ("Page 2 of 3",
 * "Página 2 de 3"). A block listed in `newPageBefore` starts a new page. The returned bytes are ready to write to a `.docx` file or send as a
 * download.
 *
 * @example
 * ```ts
 * import { buildLetter } from '@continuum/rules';
 * import { renderDocx } from '@continuum/rules/render';
 * const bytes = await renderDocx(buildLetter('iee_request', facts, 'es'));
 * await writeFile('solicitud.docx', bytes);
 * ```
 */
export async function renderDocx(doc: PrintableDocument): Promise<Uint8Array> {
  let instances = 0;
  const nextInstance = (): number => {
    instances += 1;
    return instances;
  };
  const file = new Document({
    creator: 'Continuum',
    title: doc.title,
    styles: {
      default: {
        document: {
          run: {
            font: 'Arial',
            size: 22,
            language: { value: doc.lang === 'en' ? 'en-US' : 'es-US' },
          },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 } } },
        footers: { default: pageNumberFooter(doc.lang) },
        children: doc.blocks.flatMap((block, index) => {
          return blockParagraphs(
            block,
            keepsWithNextIn(doc, index),
            nextInstance,
            startsNewPage(doc, index),
          );
        }),
      },
    ],
  });
  const buffer = await Packer.toBuffer(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
