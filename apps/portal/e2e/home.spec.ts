import { expect, test } from '@playwright/test';
import { checkPage, open } from './support';

test('the first page explains Continuum and offers to sign in', async ({ page }) => {
  await page.goto('/');

  await expect(page).toHaveTitle(/Continuum/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: "Help when you disagree with your child's school",
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to Continuum' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkPage(page, 'home-signed-out');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await open(page, '/');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address shows a page-not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page');

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await checkPage(page, 'not-found');
});
