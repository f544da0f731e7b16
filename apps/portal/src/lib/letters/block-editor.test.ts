import { describe, expect, it } from 'vitest';
import {
  blankParagraph,
  formToDraft,
  insertAfter,
  moveParagraph,
  paragraphNumber,
  parseAddAfter,
  parseMove,
} from './block-editor';

const blocks = [
  { type: 'heading', text: 'H' },
  { type: 'paragraph', text: 'A' },
  { type: 'paragraph', text: 'B' },
  { type: 'signature', text: '' },
];
const texts = (list: readonly { text: string }[]) => list.map((block) => block.text);

describe('letter editor draft', () => {
  it('keeps a posted form as typed, removals and line breaks included', () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      title: ' Carta ',
      baseVersion: '3',
      blockCount: '2',
      'b0.type': 'paragraph',
      'b0.text': ' uno\r\ndos ',
      'b0.remove': 'on',
      'b1.type': 'list',
      'b1.ordered': 'true',
      'b1.items': 'a\n\nb',
    })) {
      form.append(name, value);
    }
    const draft = formToDraft(form);
    expect(draft.title).toBe(' Carta ');
    expect(draft.baseVersion).toBe(3);
    expect(draft.blocks).toEqual([
      { ...blankParagraph(), text: ' uno\ndos ', remove: true },
      { ...blankParagraph(), type: 'list', ordered: 'true', items: 'a\n\nb' },
    ]);
  });

  it('adds a paragraph after a given block or at the end', () => {
    const added = { type: 'paragraph', text: 'new' };
    expect(insertAfter(blocks, 1, added)).toEqual({
      blocks: [blocks[0], blocks[1], added, blocks[2], blocks[3]],
      index: 2,
    });
    expect(insertAfter(blocks, 'end', added)?.index).toBe(4);
    expect(insertAfter(blocks, 99, added)?.index).toBe(4);
  });

  it('moves a paragraph past its neighbour, and only a paragraph', () => {
    expect(texts(moveParagraph(blocks, 2, 'up')!.blocks)).toEqual(['H', 'B', 'A', '']);
    expect(moveParagraph(blocks, 2, 'up')?.index).toBe(1);
    expect(texts(moveParagraph(blocks, 2, 'down')!.blocks)).toEqual(['H', 'A', '', 'B']);
    expect(moveParagraph(blocks, 0, 'down')).toBeNull();
    expect(moveParagraph(blocks, 3, 'up')).toBeNull();
    expect(moveParagraph([blocks[1]!], 0, 'up')).toBeNull();
    expect(moveParagraph([blocks[1]!], 0, 'down')).toBeNull();
  });

  it('reads the buttons’ values and refuses anything else', () => {
    expect(parseMove('3:up')).toEqual({ index: 3, direction: 'up' });
    expect(parseMove('12:down')).toEqual({ index: 12, direction: 'down' });
    expect(parseMove('3:left')).toBeNull();
    expect(parseMove('-1:up')).toBeNull();
    expect(parseAddAfter('end')).toBe('end');
    expect(parseAddAfter('4')).toBe(4);
    expect(parseAddAfter('x')).toBeNull();
  });

  it('numbers paragraphs among the other blocks', () => {
    expect(paragraphNumber(blocks, 2)).toBe(2);
    expect(paragraphNumber(blocks, 1)).toBe(1);
  });
});
