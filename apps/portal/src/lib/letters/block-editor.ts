import { blockFieldName, type BlockValues } from './blocks-form';

/**
 * The letter editor's unsaved state: the form's fields as they were typed, in their current
 * order. Adding and moving paragraphs change it without saving, so that one "Save" makes one
 * new version, and a colleague's save in between is caught by `baseVersion` (LETTER_CHANGED)
 * instead of being overwritten. Without JavaScript a structure button posts the form and the
 * server answers with the changed draft; with it the page changes its own copy.
 */

export interface EditorBlock extends BlockValues {
  /** Ticked "Remove this paragraph": kept in the draft until saved, so it can be unticked. */
  remove: boolean;
}

export interface LetterDraft {
  title: string;
  /** The version the editing started from, sent with Save. */
  baseVersion: number;
  blocks: EditorBlock[];
}

export type MoveDirection = 'up' | 'down';

const MAX_BLOCKS = 400;

function raw(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

/** The draft a posted editor form holds, nothing trimmed or dropped: it goes back to the form. */
export function formToDraft(form: FormData): LetterDraft {
  const count = Number(raw(form, 'blockCount'));
  const blocks: EditorBlock[] = [];
  if (Number.isInteger(count) && count >= 0 && count <= MAX_BLOCKS) {
    for (let index = 0; index < count; index++) {
      const field = (name: string) => raw(form, blockFieldName(index, name));
      blocks.push({
        type: field('type'),
        text: field('text'),
        level: field('level') || '1',
        bold: field('bold') === 'true' ? 'true' : 'false',
        ordered: field('ordered') === 'true' ? 'true' : 'false',
        items: field('items'),
        lines: field('lines'),
        closing: field('closing'),
        name: field('name'),
        remove: field('remove') === 'on',
      });
    }
  }
  return {
    title: raw(form, 'title'),
    baseVersion: Number(raw(form, 'baseVersion')) || 0,
    blocks,
  };
}

/** A new, empty paragraph. */
export function blankParagraph(): EditorBlock {
  return {
    type: 'paragraph',
    text: '',
    level: '1',
    bold: 'false',
    ordered: 'false',
    items: '',
    lines: '',
    closing: '',
    name: '',
    remove: false,
  };
}

/**
 * `block` inserted after the block at `after` (`'end'`, or an index past the end: last).
 * Returns the new list and where the block went, or null when the letter is full.
 */
export function insertAfter<Block>(
  blocks: readonly Block[],
  after: number | 'end',
  block: Block,
): { blocks: Block[]; index: number } | null {
  if (blocks.length >= MAX_BLOCKS) return null;
  const index = after === 'end' || after >= blocks.length ? blocks.length : Math.max(0, after + 1);
  return { blocks: [...blocks.slice(0, index), block, ...blocks.slice(index)], index };
}

/**
 * The paragraph at `index` swapped with its neighbour above or below. Only paragraphs move:
 * the address, headings and signature keep the places the template gave them. Null when
 * there is nothing to do (not a paragraph, or already first or last).
 */
export function moveParagraph<Block extends { type: string }>(
  blocks: readonly Block[],
  index: number,
  direction: MoveDirection,
): { blocks: Block[]; index: number } | null {
  const to = direction === 'up' ? index - 1 : index + 1;
  if (blocks[index]?.type !== 'paragraph' || to < 0 || to >= blocks.length) return null;
  const moved = [...blocks];
  [moved[index], moved[to]] = [moved[to]!, moved[index]!];
  return { blocks: moved, index: to };
}

/** A move button's value, `3:up`; null for anything else. */
export function parseMove(value: string): { index: number; direction: MoveDirection } | null {
  const match = /^(\d{1,3}):(up|down)$/.exec(value);
  return match ? { index: Number(match[1]), direction: match[2] as MoveDirection } : null;
}

/** An add button's value: a block's index, or `end`; null for anything else. */
export function parseAddAfter(value: string): number | 'end' | null {
  if (value === 'end') return 'end';
  return /^\d{1,3}$/.test(value) ? Number(value) : null;
}

/** A paragraph's number as the editor labels it ("Paragraph 3"), counting only paragraphs. */
export function paragraphNumber(blocks: readonly { type: string }[], index: number): number {
  return blocks.slice(0, index + 1).filter((block) => block.type === 'paragraph').length;
}
