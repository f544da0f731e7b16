import { describe, expect, it } from 'vitest';
import { safeRedirect } from '$lib/navigation/safe-redirect';
import { signInRedirect } from './sign-in-redirect';

describe(signInRedirect.name, () => {
  it('keeps the page and its query so sign-in can return to it', () => {
    const to = signInRedirect(new URL('https://portal.example/cases/42?tab=letters'));

    expect(to).toBe('/sign-in?redirectTo=%2Fcases%2F42%3Ftab%3Dletters');
    const back = new URL(to, 'https://portal.example').searchParams.get('redirectTo');
    expect(safeRedirect(back, 'https://portal.example')).toBe('/cases/42?tab=letters');
  });

  it('needs no return address for the home page or the sign-in page itself', () => {
    expect(signInRedirect(new URL('https://portal.example/'))).toBe('/sign-in');
    expect(signInRedirect(new URL('https://portal.example/sign-in?redirectTo=%2Fx'))).toBe(
      '/sign-in',
    );
  });

  it('returns to the page, not to the form action that found the session expired', () => {
    expect(signInRedirect(new URL('https://portal.example/members?/invite'))).toBe(
      '/sign-in?redirectTo=%2Fmembers',
    );
    expect(signInRedirect(new URL('https://portal.example/audit?action=SIGN_IN&/filter'))).toBe(
      '/sign-in?redirectTo=%2Faudit%3Faction%3DSIGN_IN',
    );
  });
});
