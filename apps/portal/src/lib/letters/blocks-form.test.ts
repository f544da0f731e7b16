import { describe, expect, it } from 'vitest';
import { blockFieldIdForError, blockValues, formToBlocks } from './blocks-form';

function formOf(entries: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.append(name, value);
  return form;
}

describe('letter editor form', () => {
  it('reads each block with only the fields of its type', () => {
    const { blocks, formIndex } = formToBlocks(
      formOf({
        blockCount: '5',
        'b0.type': 'heading',
        'b0.level': '2',
        'b0.text': ' Solicitud ',
        'b0.items': 'ignored',
        'b1.type': 'paragraph',
        'b1.bold': 'true',
        'b1.text': 'Primera línea\r\nsegunda línea',
        'b2.type': 'list',
        'b2.ordered': 'true',
        'b2.items': 'IEP\n\nEvaluaciones\n',
        'b3.type': 'address',
        'b3.lines': 'Oakland Unified\n1000 Broadway',
        'b4.type': 'signature',
        'b4.closing': 'Atentamente,',
        'b4.name': 'María González',
        'b4.lines': 'Madre de Sofía',
      }),
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Solicitud' },
      { type: 'paragraph', bold: true, text: 'Primera línea\nsegunda línea' },
      { type: 'list', ordered: true, items: ['IEP', 'Evaluaciones'] },
      { type: 'address', lines: ['Oakland Unified', '1000 Broadway'] },
      {
        type: 'signature',
        closing: 'Atentamente,',
        name: 'María González',
        lines: ['Madre de Sofía'],
      },
    ]);
    expect(formIndex).toEqual([0, 1, 2, 3, 4]);
  });

  it('leaves out removed paragraphs and maps API errors back to the form’s fields', () => {
    const { blocks, formIndex } = formToBlocks(
      formOf({
        blockCount: '3',
        'b0.type': 'paragraph',
        'b0.text': 'Keep',
        'b1.type': 'paragraph',
        'b1.text': 'Drop',
        'b1.remove': 'on',
        'b2.type': 'paragraph',
        'b2.text': '',
      }),
    );
    expect(blocks.map((block) => block.text)).toEqual(['Keep', '']);
    expect(formIndex).toEqual([0, 2]);
    expect(blockFieldIdForError('blocks[1].text', formIndex)).toBe('block-2-text');
    expect(blockFieldIdForError('blocks[0].lines[2]', formIndex)).toBe('block-0-lines');
    expect(blockFieldIdForError('title', formIndex)).toBeUndefined();
  });

  it('refuses a block count out of range and unknown types', () => {
    expect(formToBlocks(formOf({ blockCount: '9999' })).blocks).toEqual([]);
    expect(
      formToBlocks(formOf({ blockCount: '1', 'b0.type': 'script', 'b0.text': 'x' })).blocks,
    ).toEqual([]);
  });

  it('gives a saved block’s starting values', () => {
    expect(
      blockValues({
        type: 'list',
        ordered: false,
        items: ['a', 'b'],
        level: null,
        text: null,
        bold: null,
        lines: null,
        closing: null,
        name: null,
      }),
    ).toMatchObject({ type: 'list', ordered: 'false', items: 'a\nb', lines: '' });
  });
});
