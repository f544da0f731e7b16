import { expect, test, type APIResponse } from '@playwright/test';
import { demoAdmin } from './support';

/**
 * The three places that go to a `redirectTo` after sign-in or a language change answer a
 * Location on the portal itself, whatever the target says: spoken to over HTTP, as an
 * attacker's link would be followed, with redirects not followed so the header is seen.
 */
const BYPASSES = [
  '/.//evil.example',
  '//evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
];

function expectSameOrigin(response: APIResponse, baseURL: string, path = '/'): void {
  expect(response.status()).toBe(303);
  const location = response.headers()['location'] ?? '';
  expect(location).toBe(path);
  expect(new URL(location, baseURL).origin).toBe(new URL(baseURL).origin);
}

test('sign-in, the signed-in sign-in page and the language switch never redirect off the portal', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  // As a browser posts a form without JavaScript (SvelteKit answers others with JSON).
  const browserForm = { origin, accept: 'text/html' };
  const signInAt = (target: string) => `/sign-in?${new URLSearchParams({ redirectTo: target })}`;

  // The sign-in form action (a form post without JavaScript answers 303).
  for (const target of BYPASSES) {
    const response = await request.post(signInAt(target), {
      form: { email: demoAdmin.email, password: demoAdmin.password },
      headers: browserForm,
      maxRedirects: 0,
    });
    expectSameOrigin(response, origin);
  }
  // Signed in now (the context keeps the cookie): the sign-in page sends its visitor on.
  for (const target of BYPASSES) {
    const response = await request.get(signInAt(target), { maxRedirects: 0 });
    expectSameOrigin(response, origin);
  }
  // The language switch.
  for (const target of BYPASSES) {
    const response = await request.post('/locale', {
      form: { locale: 'en', redirectTo: target },
      headers: browserForm,
      maxRedirects: 0,
    });
    expectSameOrigin(response, origin);
  }

  // An in-app target is kept by all three.
  const target = '/deadlines?view=week';
  expectSameOrigin(await request.get(signInAt(target), { maxRedirects: 0 }), origin, target);
  expectSameOrigin(
    await request.post('/locale', {
      form: { locale: 'en', redirectTo: target },
      headers: browserForm,
      maxRedirects: 0,
    }),
    origin,
    target,
  );
  expectSameOrigin(
    await request.post(signInAt(target), {
      form: { email: demoAdmin.email, password: demoAdmin.password },
      headers: browserForm,
      maxRedirects: 0,
    }),
    origin,
    target,
  );
});
