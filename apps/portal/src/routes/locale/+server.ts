import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { safeRedirect } from '$lib/navigation/safe-redirect';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';
import { localeFromPath, localizedPath, withoutLocale } from '$lib/public/locale-path';
import { isPublicPath } from '$lib/public/pages';

/**
 * The language switch: remembers the choice for a year and goes back to the same page, at its
 * address in the chosen language when it has one (a public page, or any page opened at `/es`).
 */
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
  const back = safeRedirect(typeof redirectTo === 'string' ? redirectTo : null, url.origin);
  const backPath = new URL(back, url.origin).pathname;
  const addressed = localeFromPath(backPath) !== undefined || isPublicPath(withoutLocale(backPath));
  redirect(303, addressed ? localizedPath(back, locale) : back);
};
