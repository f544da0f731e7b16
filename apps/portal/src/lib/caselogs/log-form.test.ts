import { describe, expect, it } from 'vitest';
import { actionHref, entryHref, listOf, textOf } from './log-form';

describe('entryHref', () => {
  const url = new URL('http://portal/cases/c1/notes?q=speech&edit=n1&/update');

  it('opens one form at a time and keeps a search', () => {
    expect(entryHref(url, 'delete', 'n2')).toBe('/cases/c1/notes?q=speech&delete=n2');
  });

  it('goes back to the plain list, without an action name', () => {
    expect(entryHref(url, null)).toBe('/cases/c1/notes?q=speech');
    expect(entryHref(new URL('http://portal/cases/c1/meetings?/delete'), null)).toBe(
      '/cases/c1/meetings',
    );
  });
});

describe('actionHref', () => {
  it("names the action and carries the page's search", () => {
    expect(actionHref(new URL('http://portal/cases/c1/notes?q=speech&edit=n1'), 'update')).toBe(
      '?/update&q=speech',
    );
    expect(actionHref(new URL('http://portal/cases/c1/meetings'), 'log')).toBe('?/log');
  });
});

describe('textOf and listOf', () => {
  it('read answers as typed, whatever their shape', () => {
    const values = { summary: 'Called', documentIds: ['d1', 'd2'], one: 'x' };
    expect(textOf(values, 'summary')).toBe('Called');
    expect(textOf(values, 'documentIds')).toBe('');
    expect(textOf(undefined, 'summary')).toBe('');
    expect(listOf(values, 'documentIds')).toEqual(['d1', 'd2']);
    expect(listOf(values, 'one')).toEqual(['x']);
    expect(listOf(values, 'missing')).toEqual([]);
  });
});
