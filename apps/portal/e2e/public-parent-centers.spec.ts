import { parentCentersFor } from '@continuum/rules';
import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test('a parent in Arizona finds Riverside first, then the directory, with the national directory', async ({
  page,
}) => {
  await page.goto('/parent-centers');
  await page.getByLabel('Your state').selectOption('AZ');
  await page.getByRole('button', { name: 'Show Parent Centers' }).click();
  await expect(page).toHaveURL('/parent-centers?state=AZ');

  // Organizations on Continuum serving the state come before the directory.
  const ours = page.getByTestId('continuum-organizations');
  const directory = page.getByTestId('directory');
  await expect(ours.getByRole('heading', { level: 4 })).toHaveText(['Riverside Parent Center']);
  await expect(ours).toContainText('Maricopa (AZ)');
  await expect(ours).toContainText('English, Spanish');
  await expect(
    ours.getByRole('link', { name: "See Riverside Parent Center's page" }),
  ).toHaveAttribute('href', '/o/riverside');
  const ourBox = await ours.boundingBox();
  const directoryBox = await directory.boundingBox();
  expect(ourBox!.y).toBeLessThan(directoryBox!.y);

  // The rules' own Arizona entries, each with where it was found.
  const arizona = parentCentersFor('AZ').centers;
  expect(arizona.length).toBeGreaterThan(0);
  await expect(directory.getByRole('heading', { level: 4 })).toHaveText(arizona.map((c) => c.name));
  await expect(directory).toContainText(`Where we found it: ${arizona[0]!.source}`);
  await expect(
    directory.getByRole('link', {
      name: 'Look for more in the national directory of Parent Centers',
    }),
  ).toHaveAttribute('href', 'https://www.parentcenterhub.org/find-your-center/');
  await checkPage(page, 'parent-centers-az');
});

test('where no center is confirmed, the page says so and links the national directory, in Spanish', async ({
  page,
}) => {
  const indiana = parentCentersFor('IN');
  expect(indiana.hasConfirmedCenter).toBe(false);
  await page.goto('/es/parent-centers?state=IN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const directory = page.getByTestId('directory');
  await expect(directory).toContainText('No pudimos confirmar un Centro de Padres en Indiana.');
  await expect(page.getByTestId('continuum-organizations')).toContainText(
    'Todavía no hay un grupo en este sitio que sirva a Indiana.',
  );
  await expect(
    directory.getByRole('link', {
      name: 'Busque más en el directorio nacional de Centros de Padres',
    }),
  ).toHaveAttribute('href', 'https://www.parentcenterhub.org/find-your-center/');
  await checkPage(page, 'parent-centers-in-es');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the state choice is a plain form, and a state we do not know is named as such', async ({
    page,
  }) => {
    await page.goto('/parent-centers');
    await page.getByLabel('Your state').selectOption('NY');
    await page.getByRole('button', { name: 'Show Parent Centers' }).click();
    await expect(page).toHaveURL('/parent-centers?state=NY');
    await expect(
      page.getByTestId('continuum-organizations').getByRole('heading', { level: 4 }),
    ).toHaveText(['Summit Advocacy']);

    await page.goto('/parent-centers?state=ZZ');
    await expect(
      page.getByText('We do not know that state. Choose one from the list.'),
    ).toBeVisible();
    await expect(page.getByLabel('Your state')).toHaveAttribute('aria-invalid', 'true');
  });
});
