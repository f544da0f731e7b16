import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { LetterBlock, LetterDocument } from '../document.js';

const NUMBERED = 'continuum-numbered';

function runs(text: string | readonly string[], bold = false): ParagraphChild[] {
  // A newline inside a fact (an address typed on several lines) becomes a line break.
  const lines = (typeof text === 'string' ? [text] : text).flatMap((line) => line.split(/\r?\n/));
  return lines.map((line, index) =>
    index === 0 ? new TextRun({ text: line, bold }) : new TextRun({ text: line, bold, break: 1 }),
  );
}

function blockParagraphs(block: LetterBlock, listInstance: () => number): Paragraph[] {
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
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({ children: runs(block.text, block.bold === true), spacing: { after: 160 } }),
      ];
    case 'list': {
      const instance = listInstance();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item),
            ...(block.ordered
              ? { numbering: { reference: NUMBERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
            spacing: { after: 80 },
          }),
      );
    }
    case 'address':
      return [
        new Paragraph({
          children: runs(block.lines),
          spacing: { after: 200 },
        }),
      ];
    case 'signature':
      return [
        new Paragraph({ children: runs(block.closing), spacing: { before: 240, after: 720 } }),
        new Paragraph({ children: runs('________________________________') }),
        new Paragraph({
          children: runs([block.name, ...block.lines]),
          spacing: { after: 200 },
        }),
      ];
  }
}

/**
 * Renders a letter as a Word document (DOCX, Office Open XML). Numbered lists restart at 1
 * for each list; text is Unicode throughout, so Spanish accents and ¿ ¡ ñ need nothing
 * special. The returned bytes are ready to write to a `.docx` file or send as a download.
 *
 * @example
 * ```ts
 * import { buildLetter } from '@continuum/rules';
 * import { renderDocx } from '@continuum/rules/render';
 * const bytes = await renderDocx(buildLetter('iee_request', facts, 'es'));
 * await writeFile('solicitud.docx', bytes);
 * ```
 */
export async function renderDocx(doc: LetterDocument): Promise<Uint8Array> {
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
        children: doc.blocks.flatMap((block) => blockParagraphs(block, nextInstance)),
      },
    ],
  });
  const buffer = await Packer.toBuffer(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
