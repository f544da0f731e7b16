/**
 * The in-app path to go to after sign-in or a language change, from an untrusted
 * `?redirectTo=`. Anything that could leave the portal (another origin, `//host`, `/\host`,
 * a scheme) becomes `fallback`, so a crafted link cannot send a parent to a look-alike site.
 *
 * @example
 *   safeRedirect('/cases/42?tab=letters'); // '/cases/42?tab=letters'
 *   safeRedirect('https://evil.example/'); // '/'
 */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  // Control characters and backslashes are how browsers get talked into other hosts.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  try {
    const base = 'http://portal.invalid';
    const url = new URL(target, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
