import { expect, test } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import { PASSWORD, riversideAdmin, signInAs } from './support-account';

const ADMIN_PAGES = ['/members', '/audit', '/mailbox'];

test('a parent sees no admin entries, and each admin page answers 403', async ({ page }) => {
  await signInAs(page, 'james.carter@example.com');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  for (const name of ['Members', 'Audit log', 'Mailbox']) {
    await expect(nav.getByRole('link', { name })).toHaveCount(0);
  }

  for (const path of ADMIN_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This page is not available to you' }),
    ).toBeVisible();
  }
  await checkPage(page, 'account-forbidden');
});

test('an org admin has the admin entries, each leading to its page', async ({ page }) => {
  await signInAs(page, riversideAdmin.email);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await nav.getByRole('link', { name: 'Mailbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Development mailbox' })).toBeVisible();
  await nav.getByRole('link', { name: 'Members' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Members and invitations' }),
  ).toBeVisible();
});

test('signed out, an admin page goes to sign-in and back to the same address', async ({ page }) => {
  await open(page, '/audit?action=auth.sign_in');
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
  await signIn(page, riversideAdmin.email, PASSWORD);
  await expect(page).toHaveURL('/audit?action=auth.sign_in');
  await expect(page.getByLabel('Action')).toHaveValue('auth.sign_in');
});

test('a revoked session returns to sign-in and then to the same address', async ({ page }) => {
  await signInAs(page, riversideAdmin.email);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'continuum_session');
  expect(session).toBeTruthy();

  // End the session on the server, as a sign-out elsewhere or an admin would, and put the
  // now-dead cookie back: the browser still presents it.
  const response = await page.context().request.post('/graphql', {
    data: { query: 'mutation { signOut }' },
  });
  expect(response.ok()).toBe(true);
  if (session) await page.context().addCookies([session]);

  const address = '/members?view=all';
  await page.goto(address);
  await hydrated(page);
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fmembers%3Fview%3Dall$/);
  await signIn(page, riversideAdmin.email, PASSWORD);
  await expect(page).toHaveURL(address);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Members and invitations' }),
  ).toBeVisible();
});
