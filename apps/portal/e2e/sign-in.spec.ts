import { expect, test } from '@playwright/test';
import { checkPage, demoAdmin, hydrated, open, signIn } from './support';

test('the demo admin signs in, stays signed in after a reload, and signs out', async ({ page }) => {
  await open(page, '/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Continuum' })).toBeVisible();
  await checkPage(page, 'sign-in');

  await signIn(page, demoAdmin.email, demoAdmin.password);

  await expect(page).toHaveURL('/');
  const session = page.getByTestId('session');
  await expect(session).toContainText(`Signed in as ${demoAdmin.name} (${demoAdmin.email})`);
  await expect(session).toContainText(`Organization: ${demoAdmin.organization}`);
  await expect(session).toContainText('Role: Organization admin');
  await expect(page.getByRole('status').getByText('You are signed in.')).toBeVisible();
  await checkPage(page, 'home-signed-in');

  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('session')).toContainText(`Signed in as ${demoAdmin.name}`);
  // The session cookie is the API's, HttpOnly, carried through the portal's origin.
  const cookies = await page.context().cookies();
  const sessionCookie = cookies.find((cookie) => cookie.name === 'continuum_session');
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  // Signed in, the sign-in page has nothing to offer and goes home.
  await open(page, '/sign-in');
  await expect(page).toHaveURL('/');

  await page.getByRole('button', { name: 'Sign out' }).click();

  await expect(page.getByRole('link', { name: 'Sign in to Continuum' })).toBeVisible();
  await expect(page.getByTestId('session')).toHaveCount(0);
  await expect(page.getByRole('status').getByText('You are signed out.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in to Continuum' })).toBeVisible();
});

test("a wrong password shows the API's message in the error summary", async ({ page }) => {
  await open(page, '/sign-in');

  await signIn(page, demoAdmin.email, 'not-the-password');

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('That email and password do not match an account.');
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Email address')).toHaveValue(demoAdmin.email);
  await checkPage(page, 'sign-in-wrong-password');
});

test('missing fields are named in the summary, which links to each field', async ({ page }) => {
  await open(page, '/sign-in');

  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: 'Enter your email address.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password.' })).toBeVisible();
  const email = page.getByLabel('Email address');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Enter your email address\./);

  await summary.getByRole('link', { name: 'Enter your password.' }).click();
  await expect(page.getByLabel('Password')).toBeFocused();
  await checkPage(page, 'sign-in-missing-fields');
});

test('signing in returns to the page asked for, and never to another site', async ({ page }) => {
  await open(page, '/sign-in?redirectTo=%2Fsign-out');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page).toHaveURL('/sign-out');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/');

  await open(page, '/sign-in?redirectTo=https%3A%2F%2Fexample.org%2F');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page).toHaveURL('/');
  await expect(page.getByTestId('session')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signing in and out still works', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, demoAdmin.email, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText(
      'That email and password do not match an account.',
    );

    await signIn(page, demoAdmin.email, demoAdmin.password);
    await expect(page.getByTestId('session')).toContainText(`Signed in as ${demoAdmin.name}`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in to Continuum' })).toBeVisible();
  });
});
