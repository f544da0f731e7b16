/**
 * The in-app address to go to after sign-in or a language change, from an untrusted
 * `redirectTo`. The target is parsed the way a browser will parse the `Location` it ends up
 * in, against the portal's own origin: only a same-origin result is kept, and only as a path
 * (with its query and fragment). Anything else becomes `fallback`, so a crafted link cannot
 * send a parent to a look-alike site. String checks alone missed `/.//evil.example`, whose
 * dot segment the URL parser removes, leaving the protocol-relative `//evil.example`.
 *
 * @example
 *   safeRedirect('/cases/42?tab=letters', 'https://portal.example'); // '/cases/42?tab=letters'
 *   safeRedirect('/.//evil.example', 'https://portal.example'); // '/'
 */
export function safeRedirect(
  target: string | null | undefined,
  origin: string | URL,
  fallback = '/',
): string {
  if (!target) return fallback;
  const base = new URL(origin).origin;
  const url = parse(target, base);
  if (!url || url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The path is sent on its own, and read again relative to the portal: it must mean the
  // same thing then (`//host` or `/\host` would name another host).
  const again = parse(path, base);
  if (!path.startsWith('/') || !again || again.origin !== base || again.href !== url.href) {
    return fallback;
  }
  return path;
}

function parse(target: string, base: string): URL | null {
  try {
    return new URL(target, base);
  } catch {
    return null;
  }
}
