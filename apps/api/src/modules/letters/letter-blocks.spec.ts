import { DomainError } from '../../platform/errors/domain-error';
import { parseLetterBlocks, parseLetterTitle, toBlockModel } from './letter-blocks';
import type { LetterBlockInput } from './letters.model';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe(parseLetterBlocks.name, () => {
  it('keeps each type with only its own fields, defaults and Windows line endings normalised', () => {
    const blocks = parseLetterBlocks([
      { type: 'heading', text: 'Solicitud' },
      { type: 'paragraph', text: 'Línea uno\r\nLínea dos', bold: false },
      { type: 'list', items: ['Uno', 'Dos'] },
      { type: 'address', lines: ['María Núñez', ''] },
      { type: 'signature', closing: 'Atentamente,', name: 'Íñigo Núñez' },
    ]);
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Solicitud' },
      { type: 'paragraph', text: 'Línea uno\nLínea dos' },
      { type: 'list', ordered: false, items: ['Uno', 'Dos'] },
      { type: 'address', lines: ['María Núñez', ''] },
      { type: 'signature', closing: 'Atentamente,', name: 'Íñigo Núñez', lines: [] },
    ]);
    expect(blocks.map(toBlockModel)[0]).toMatchObject({ type: 'heading', level: 2, items: null });
  });

  it.each<[LetterBlockInput[], string]>([
    [
      [
        { type: 'paragraph', text: 'ok' },
        { type: 'paragraph', text: 'tab\tok, bell \u0007 not' },
      ],
      'blocks[1].text',
    ],
    [[{ type: 'paragraph', text: 'x', lines: ['y'] }], 'blocks[0].lines'],
    [[{ type: 'heading', level: 0, text: 'x' }], 'blocks[0].level'],
    [[{ type: 'list', items: ['a', 'b\uFFFF'] }], 'blocks[0].items[1]'],
    [[{ type: 'address', lines: Array.from({ length: 21 }, () => 'a') }], 'blocks[0].lines'],
    [[{ type: 'signature', closing: 'Bye', name: 'A\nB' }], 'blocks[0].name'],
    [[{ type: 'memo', text: 'x' }], 'blocks[0].type'],
    [Array.from({ length: 41 }, () => ({ type: 'paragraph', text: 'x'.repeat(5000) })), 'blocks'],
  ])('refuses %j naming %s', (input, field) => {
    expect(fieldOf(() => parseLetterBlocks(input))).toBe(field);
  });
});

describe(parseLetterTitle.name, () => {
  it('trims a one-line title and refuses an empty or multi-line one', () => {
    expect(parseLetterTitle('  Queja ante el estado ')).toBe('Queja ante el estado');
    expect(fieldOf(() => parseLetterTitle(' '))).toBe('title');
    expect(fieldOf(() => parseLetterTitle('a\nb'))).toBe('title');
  });
});
