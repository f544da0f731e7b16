import { expect, test } from '@playwright/test';
import { checkPage, open } from './support';

test('the components are accessible', async ({ page }) => {
  await open(page, '/design');

  await expect(page.getByRole('heading', { level: 1, name: 'Design foundation' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Components' });
  await expect(table.getByRole('columnheader', { name: 'Component' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Dialog' })).toBeVisible();
  await checkPage(page, 'design');
});

test('the dialog keeps focus inside, closes with Escape and returns focus', async ({ page }) => {
  await open(page, '/design');
  const opener = page.getByRole('button', { name: 'Open a dialog' });

  await opener.click();

  const dialog = page.getByRole('dialog', { name: 'Example dialog' });
  await expect(dialog).toBeVisible();
  // Tabbing cycles through the dialog's own controls only.
  for (let step = 0; step < 4; step++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await checkPage(page, 'design-dialog');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a notification is announced in the live region and can be dismissed', async ({ page }) => {
  await open(page, '/design');

  await page.getByRole('button', { name: 'Show a notification' }).click();

  const region = page.getByRole('status');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toContainText('This is an example notification.');
  await region.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(region).not.toContainText('This is an example notification.');
});
