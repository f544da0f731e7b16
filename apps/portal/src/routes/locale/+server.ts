import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { safeRedirect } from '$lib/navigation/safe-redirect';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';

/** The language switch: remembers the choice for a year and goes back to the same page. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = form.get('locale');
  if (typeof locale !== 'string' || !isLocale(locale)) error(400, 'Unknown language');

  cookies.set(cookieName, locale, {
    path: '/',
    maxAge: cookieMaxAge,
    // Paraglide reads it in the browser too.
    httpOnly: false,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
  const redirectTo = form.get('redirectTo');
  redirect(303, safeRedirect(typeof redirectTo === 'string' ? redirectTo : null, url.origin));
};
