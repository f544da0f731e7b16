import { expect, test } from '@playwright/test';
import { checkPage, open, signIn } from './support';
import { DEMO_PASSWORD, demoParents } from './support-family';

test('a parent with a case sees its status, stage, deadlines with their basis, and the ladder', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, '/sign-in');
  await signIn(page, demoParents.kevin.email, DEMO_PASSWORD);
  await expect(page.locator('.site-header__user')).toContainText(demoParents.kevin.name);

  await page.getByRole('link', { name: 'My case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My case' })).toBeVisible();
  const caseFile = page.getByRole('region', { name: "Liam O'Brien's case" });
  await expect(caseFile).toContainText('In progress');
  await expect(caseFile).toContainText('Aisha Johnson');
  // The seed filed a state complaint ten days ago: its 60-day decision deadline is ahead.
  const deadlines = caseFile.getByRole('list', { name: 'Upcoming deadlines' });
  await expect(deadlines.getByText(/Due \w+ \d+, \d{4}/).first()).toBeVisible();
  await expect(deadlines).toContainText('For: State complaint');
  await expect(deadlines).toContainText('34 CFR 300.152');
  const ladder = caseFile.getByRole('list', { name: 'Where you are on the path' });
  await expect(ladder.locator('[aria-current="step"]')).toContainText('State complaint');
  await expect(ladder.locator('[aria-current="step"]')).toContainText('You are here');
  await checkPage(page, 'family-my-case');

  // Another family's intake is not theirs to open: the API answers "not found".
  const response = await page.goto('/intake/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
});

test('advocates do not get the parent-only My case page, but may start intakes', async ({
  page,
}) => {
  await open(page, '/sign-in');
  await signIn(page, 'marcus.lee@riverside.example', DEMO_PASSWORD);
  await expect(page.locator('.site-header__user')).toContainText('Marcus Lee');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'New intake' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'My case' })).toHaveCount(0);
  const response = await page.goto('/my-case');
  expect(response?.status()).toBe(403);
});
