import { describe, expect, it } from 'vitest';
import { localeFromPath, localizedPath, withoutLocale } from './locale-path';

describe('Spanish addresses', () => {
  it('reads the prefix only as a whole segment', () => {
    expect(localeFromPath('/es')).toBe('es');
    expect(localeFromPath('/es/guide')).toBe('es');
    expect(localeFromPath('/escalate')).toBeUndefined();
    expect(localeFromPath('/guide')).toBeUndefined();
  });

  it('strips the prefix for routing', () => {
    expect(withoutLocale('/es')).toBe('/');
    expect(withoutLocale('/es/guides/mediation')).toBe('/guides/mediation');
    expect(withoutLocale('/escalate')).toBe('/escalate');
  });

  it('builds either language from either form, keeping the query', () => {
    expect(localizedPath('/', 'es')).toBe('/es');
    expect(localizedPath('/guide?step=2', 'es')).toBe('/es/guide?step=2');
    expect(localizedPath('/?x=1', 'es')).toBe('/es?x=1');
    expect(localizedPath('/es/guide', 'en')).toBe('/guide');
    expect(localizedPath('/es/guide', 'es')).toBe('/es/guide');
    expect(localizedPath('/es?x=1', 'en')).toBe('/?x=1');
  });
});
