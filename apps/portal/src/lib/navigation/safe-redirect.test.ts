import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

const ORIGIN = 'https://portal.example';

describe(safeRedirect.name, () => {
  it.each([
    ['/cases/42?tab=letters#deadlines', '/cases/42?tab=letters#deadlines'],
    ['/', '/'],
    ['/sign-in', '/sign-in'],
    ['/@evil.example', '/@evil.example'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%5Cevil.example', '/%5Cevil.example'],
    ['/%5C%5Cevil.example', '/%5C%5Cevil.example'],
    ['/cases/../members', '/members'],
    ['https://portal.example/cases/42?x=1', '/cases/42?x=1'],
    ['cases/42', '/cases/42'],
    // Odd, but the browser stays here: these name paths of the portal.
    ['/.%2f/evil.example', '/.%2f/evil.example'],
    ['/\u0000/evil.example', '/%00/evil.example'],
    ['https:evil.example', '/evil.example'],
    ['https:/evil.example', '/evil.example'],
  ])('keeps the in-app address %j as %j', (target, expected) => {
    const kept = safeRedirect(target, ORIGIN);
    expect(kept).toBe(expected);
    // What a browser makes of the Location header: this portal, always.
    expect(new URL(kept, ORIGIN).origin).toBe(ORIGIN);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['https://evil.example/'],
    ['http://portal.example/'],
    ['https://portal.example.evil.example/'],
    ['https://portal.example@evil.example/'],
    ['//evil.example/path'],
    ['///evil.example'],
    ['////evil.example'],
    ['/\\evil.example'],
    ['\\/evil.example'],
    ['\\\\evil.example'],
    ['/.//evil.example'],
    ['/./\\evil.example'],
    ['/..//evil.example'],
    ['/a/..//evil.example'],
    ['/%2e//evil.example'],
    ['/%2e%2e//evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['\t//evil.example'],
    [' //evil.example'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https:\\\\evil.example'],
    ['//evil.example\\@portal.example'],
  ])('refuses %j', (target) => {
    expect(safeRedirect(target, ORIGIN)).toBe('/');
  });

  it('uses the given fallback', () => {
    expect(safeRedirect('https://evil.example/', ORIGIN, '/sign-in')).toBe('/sign-in');
  });
});
