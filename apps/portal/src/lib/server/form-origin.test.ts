import { describe, expect, it } from 'vitest';
import { isRefusedFormPost, isServedOrigin, parseOrigins } from './form-origin';

const PORTAL = new URL('http://localhost:5173/sign-in');
const SERVED = parseOrigins('http://localhost:5173, http://127.0.0.1:5173');

function post(origin: string | null, contentType: string, method = 'POST'): Request {
  return new Request(PORTAL, {
    method,
    headers: { 'content-type': contentType, ...(origin ? { origin } : {}) },
    body: 'email=a%40b.example',
  });
}

describe(parseOrigins.name, () => {
  it('reads origins separated by commas or spaces, normalized', () => {
    expect(
      parseOrigins(' http://LOCALHOST:5173/,https://continuum.example.org  http://127.0.0.1:80'),
    ).toEqual(['http://localhost:5173', 'https://continuum.example.org', 'http://127.0.0.1']);
    expect(parseOrigins(undefined)).toEqual([]);
    expect(parseOrigins('')).toEqual([]);
  });

  it.each([['localhost:5173'], ['http://localhost:5173/sign-in'], ['ftp://files.example'], ['*']])(
    'stops at %s, naming the variable',
    (entry) => {
      expect(() => parseOrigins(`http://localhost:5173,${entry}`)).toThrow(/^PORTAL_ORIGINS: /);
    },
  );
});

describe(isServedOrigin.name, () => {
  it("accepts the portal's own origin and each configured one", () => {
    expect(isServedOrigin('http://localhost:5173', PORTAL, [])).toBe(true);
    expect(isServedOrigin('http://127.0.0.1:5173', PORTAL, SERVED)).toBe(true);
  });

  it('refuses another origin, another port, a missing header and "null"', () => {
    expect(isServedOrigin('http://127.0.0.1:5173', PORTAL, [])).toBe(false);
    expect(isServedOrigin('https://evil.example', PORTAL, SERVED)).toBe(false);
    expect(isServedOrigin('http://127.0.0.1:5174', PORTAL, SERVED)).toBe(false);
    expect(isServedOrigin(null, PORTAL, SERVED)).toBe(false);
    expect(isServedOrigin('null', PORTAL, SERVED)).toBe(false);
  });
});

describe(isRefusedFormPost.name, () => {
  it.each([
    ['application/x-www-form-urlencoded'],
    ['multipart/form-data; boundary=x'],
    ['text/plain;charset=UTF-8'],
    ['Application/X-WWW-Form-Urlencoded'],
  ])('refuses a cross-site %s post', (type) => {
    expect(isRefusedFormPost(post('https://evil.example', type), PORTAL, SERVED)).toBe(true);
    expect(isRefusedFormPost(post(null, type), PORTAL, SERVED)).toBe(true);
  });

  it('refuses PUT, PATCH and DELETE as well', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect(
        isRefusedFormPost(post('https://evil.example', 'text/plain', method), PORTAL, SERVED),
      ).toBe(true);
    }
  });

  it('accepts a form post from each origin the portal serves', () => {
    const type = 'application/x-www-form-urlencoded';
    expect(isRefusedFormPost(post('http://localhost:5173', type), PORTAL, SERVED)).toBe(false);
    expect(isRefusedFormPost(post('http://127.0.0.1:5173', type), PORTAL, SERVED)).toBe(false);
  });

  it('leaves JSON and reads to the checks that cover them', () => {
    expect(
      isRefusedFormPost(post('https://evil.example', 'application/json'), PORTAL, SERVED),
    ).toBe(false);
    const read = new Request(PORTAL, { headers: { origin: 'https://evil.example' } });
    expect(isRefusedFormPost(read, PORTAL, SERVED)).toBe(false);
  });
});
