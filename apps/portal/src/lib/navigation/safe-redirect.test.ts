import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe(safeRedirect.name, () => {
  it.each([
    ['/cases/42?tab=letters#deadlines', '/cases/42?tab=letters#deadlines'],
    ['/', '/'],
    ['/sign-in', '/sign-in'],
  ])('keeps the in-app path %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['cases/42'],
    ['/\t/evil.example'],
    ['/%0a/x\\y'],
  ])('refuses %s', (target) => {
    expect(safeRedirect(target)).toBe('/');
  });

  it('uses the given fallback', () => {
    expect(safeRedirect('https://evil.example/', '/sign-in')).toBe('/sign-in');
  });
});
