import { expect, test } from '@playwright/test';
import { checkPage, demoAdmin } from './support';

test('the language switch shows Spanish, and the choice is remembered', async ({ page }) => {
  await page.goto('/sign-in');

  await page.getByRole('button', { name: 'Español' }).click();

  await expect(page).toHaveURL('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Iniciar sesión en Continuum' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await checkPage(page, 'sign-in-es');

  // A wrong password is explained in Spanish too.
  await page.getByLabel('Correo electrónico').fill(demoAdmin.email);
  await page.getByLabel('Contraseña').fill('not-the-password');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta.',
  );

  await page.goto('/');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Ayuda cuando no está de acuerdo con la escuela de su hijo',
    }),
  ).toBeVisible();
  await checkPage(page, 'home-signed-out-es');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: "Help when you disagree with your child's school",
    }),
  ).toBeVisible();
});

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-US' });

  test('is answered in Spanish on the first visit', async ({ page }) => {
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('link', { name: 'Iniciar sesión en Continuum' })).toBeVisible();
  });
});
