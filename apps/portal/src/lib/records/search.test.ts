import { describe, expect, it } from 'vitest';
import { snippetParts } from './search';

describe('snippetParts', () => {
  it('marks the words between « and »', () => {
    expect(snippetParts('the «speech» therapy and «speech» goals')).toEqual([
      { text: 'the ', match: false },
      { text: 'speech', match: true },
      { text: ' therapy and ', match: false },
      { text: 'speech', match: true },
      { text: ' goals', match: false },
    ]);
  });

  it('keeps markup in a document as text', () => {
    expect(snippetParts('<img src=x> «evaluación»')).toEqual([
      { text: '<img src=x> ', match: false },
      { text: 'evaluación', match: true },
    ]);
  });

  it('treats an unclosed marker as text', () => {
    expect(snippetParts('a « b')).toEqual([{ text: 'a « b', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});
