/**
 * Where to send a signed-out visitor of `url` so that signing in brings them back: pages
 * behind sign-in (and an expired session) use it as
 * `if (!me) redirect(303, signInRedirect(url))`, so nobody loses the page they were on.
 *
 * @example
 *   signInRedirect(new URL('https://portal.example/cases/42?tab=letters'));
 *   // '/sign-in?redirectTo=%2Fcases%2F42%3Ftab%3Dletters'
 */
export function signInRedirect(url: URL): string {
  // A form action's address (`/members?/invite`) names the action, not a page to return to.
  const query = new URLSearchParams(
    [...url.searchParams].filter(([key]) => !key.startsWith('/')),
  ).toString();
  const here = query ? `${url.pathname}?${query}` : url.pathname;
  if (here === '/' || url.pathname === '/sign-in') return '/sign-in';
  return `/sign-in?${new URLSearchParams({ redirectTo: here }).toString()}`;
}
