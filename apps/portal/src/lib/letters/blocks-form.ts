import type {
  LetterBlockInput,
  LetterBlockType,
  LettersBlockFragment,
} from '@continuum/graphql-client';
import { linesOf } from './facts-form';

/**
 * The letter editor as a plain HTML form (it works without JavaScript): each block becomes
 * fields named `b<index>.<field>`, a paragraph's text a textarea, an address's or a list's
 * lines one per line of a textarea. What is not edited (a heading's level, a paragraph's
 * boldness, a list's numbering) travels in hidden fields so the block is saved as it was.
 */

const TYPES: readonly LetterBlockType[] = ['address', 'heading', 'list', 'paragraph', 'signature'];

/** The id of a block field's input: `block-3-text`. */
export function blockFieldId(index: number, field: string): string {
  return `block-${index}-${field}`;
}

/** A block's form field name: `b3.text`. */
export function blockFieldName(index: number, field: string): string {
  return `b${index}.${field}`;
}

export interface ParsedBlocks {
  blocks: LetterBlockInput[];
  /** For each saved block, the index it had in the form (removed blocks shift the rest). */
  formIndex: number[];
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

/**
 * The blocks from a submitted editor form, in order, leaving out the ones marked for removal.
 * Only the fields of each block's type are taken: the API refuses any other (a heading with
 * items) and says which.
 */
export function formToBlocks(form: FormData): ParsedBlocks {
  const count = Number(text(form, 'blockCount'));
  const blocks: LetterBlockInput[] = [];
  const formIndex: number[] = [];
  if (!Number.isInteger(count) || count < 0 || count > 400) return { blocks, formIndex };
  for (let index = 0; index < count; index++) {
    const field = (name: string) => text(form, blockFieldName(index, name));
    const type = field('type') as LetterBlockType;
    if (!TYPES.includes(type)) continue;
    if (field('remove') === 'on') continue;
    let block: LetterBlockInput;
    switch (type) {
      case 'heading':
        block = { type, level: Number(field('level')) || 1, text: field('text').trim() };
        break;
      case 'paragraph':
        block = {
          type,
          text: field('text').trim(),
          ...(field('bold') === 'true' ? { bold: true } : {}),
        };
        break;
      case 'list':
        block = { type, ordered: field('ordered') === 'true', items: linesOf(field('items')) };
        break;
      case 'address':
        block = { type, lines: linesOf(field('lines')) };
        break;
      case 'signature':
        block = {
          type,
          closing: field('closing').trim(),
          name: field('name').trim(),
          lines: linesOf(field('lines')),
        };
        break;
    }
    blocks.push(block);
    formIndex.push(index);
  }
  return { blocks, formIndex };
}

/**
 * The input an API error about the blocks points at: `blocks[3].text` (of the saved blocks)
 * is `block-<form index>-text`; `blocks[0].lines[2]` the lines textarea.
 */
export function blockFieldIdForError(
  field: string,
  formIndex: readonly number[],
): string | undefined {
  const match = /^(?:input\.)?blocks\[(\d+)\]\.(\w+)/.exec(field);
  if (!match) return undefined;
  const index = formIndex[Number(match[1])];
  return index === undefined ? undefined : blockFieldId(index, match[2]!);
}

export interface BlockValues {
  type: string;
  text: string;
  level: string;
  bold: string;
  ordered: string;
  items: string;
  lines: string;
  closing: string;
  name: string;
}

/** The form's starting values for a saved block. */
export function blockValues(block: LettersBlockFragment): BlockValues {
  return {
    type: block.type,
    text: block.text ?? '',
    level: String(block.level ?? 1),
    bold: block.bold ? 'true' : 'false',
    ordered: block.ordered ? 'true' : 'false',
    items: (block.items ?? []).join('\n'),
    lines: (block.lines ?? []).join('\n'),
    closing: block.closing ?? '',
    name: block.name ?? '',
  };
}
