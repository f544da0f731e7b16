import { expect, test } from '@playwright/test';
import { checkPage, demoAdmin, open, signIn } from './support';

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

test('signed out, the home page says what Continuum does, shows the ladder of options and starts the questions, in English and in Spanish', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByText('Free. No signup.')).toBeVisible();
  // A public page ships no JavaScript (the budget is 30 kB gzip; the hydrated layout is 60).
  await expect(page.locator('script')).toHaveCount(0);
  expect(scripts).toEqual([]);
  await expect(page.getByRole('link', { name: 'Start the questions' })).toHaveAttribute(
    'href',
    '/guide',
  );
  const ladder = page.getByRole('list', { name: 'Your options, step by step' });
  await expect(ladder.getByRole('listitem')).toHaveCount(6);
  await expect(ladder.getByRole('listitem').first()).toContainText('Talk with the school');
  await expect(ladder.getByRole('listitem').nth(1)).toContainText('Make your requests in writing');
  await expect(ladder.getByRole('listitem').nth(3)).toContainText(
    'A neutral person helps you and the school reach a deal.',
  );
  await expect(ladder.getByRole('listitem').last()).toContainText('Due process hearing');
  await expect(page.getByRole('link', { name: 'Guides for common problems' })).toHaveAttribute(
    'href',
    '/guides',
  );
  await expect(page.getByRole('link', { name: 'Find your Parent Center' })).toHaveAttribute(
    'href',
    '/parent-centers',
  );
  await page.getByRole('link', { name: 'What the words mean' }).click();
  await expect(page).toHaveURL('/glossary');

  // The Spanish home page keeps its reader on Spanish addresses.
  await page.goto('/es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Ayuda cuando no está de acuerdo con la escuela de su hijo',
    }),
  ).toBeVisible();
  await expect(page.getByText('Gratis. Sin registrarse.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Empezar las preguntas' })).toHaveAttribute(
    'href',
    '/es/guide',
  );
  await expect(
    page.getByRole('list', { name: 'Sus opciones, paso a paso' }).getByRole('listitem'),
  ).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Encuentre su Centro de Padres' })).toHaveAttribute(
    'href',
    '/es/parent-centers',
  );
  await checkPage(page, 'home-signed-out-es');
});

test('signed in, the home page still shows the account, and the ladder below it', async ({
  page,
}) => {
  await open(page, '/sign-in');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(
    page.getByRole('heading', { level: 1, name: `Welcome, ${demoAdmin.name}` }),
  ).toBeVisible();
  await expect(page.getByTestId('session')).toContainText(demoAdmin.organization);
  await expect(
    page.getByRole('list', { name: 'Your options, step by step' }).getByRole('listitem'),
  ).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Sign in to Continuum' })).toHaveCount(0);
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
