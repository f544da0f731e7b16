import { expect, test, type Page } from '@playwright/test';
import { checkPage, hydrated, open } from './support';
import { riversideAdmin, signInAs, summitAdmin } from './support-account';
import { demoAdvocate } from './support-advocate';
import { switchToSpanish } from './support-family';

/** Saves the organization's time zone on the organization page, in English. */
async function saveTimeZone(
  page: Page,
  timeZone: string,
  label = 'Time zone name',
  save = 'Save time zone',
) {
  await page.getByRole('combobox', { name: label }).fill(timeZone);
  await page.getByRole('button', { name: save }).click();
}

test("an org admin sets the organization's time zone; a name that is not a zone is refused beside its field", async ({
  page,
}) => {
  await signInAs(page, riversideAdmin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'Organization' }).click();
  await expect(page).toHaveURL('/organization');
  await hydrated(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Riverside Parent Center' }),
  ).toBeVisible();
  const current = page.getByText(/^Your organization's time zone is /);
  await expect(current).toHaveText("Your organization's time zone is America/Los_Angeles.");
  await checkPage(page, 'settings-organization');

  await saveTimeZone(page, 'Mars/Olympus_Mons');
  const summary = page.getByRole('alert');
  await expect(
    summary.getByRole('link', { name: /“Mars\/Olympus_Mons” is not a time zone we know/ }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Time zone name' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(current).toHaveText("Your organization's time zone is America/Los_Angeles.");
  await checkPage(page, 'settings-organization-error');

  await saveTimeZone(page, 'America/Chicago');
  await expect(page.getByRole('status').filter({ hasText: 'Time zone saved.' })).toBeVisible();
  await expect(current).toHaveText("Your organization's time zone is America/Chicago.");

  // In Spanish, and back to the demo's zone.
  await switchToSpanish(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Zona horaria' })).toBeVisible();
  await expect(
    page.getByText('La zona horaria de su organización es America/Chicago.'),
  ).toBeVisible();
  await saveTimeZone(page, 'Luna/Base', 'Nombre de la zona horaria', 'Guardar zona horaria');
  await expect(
    page.getByRole('alert').getByRole('link', { name: /no es una zona horaria que conozcamos/ }),
  ).toBeVisible();
  await checkPage(page, 'settings-organization-es');
  await saveTimeZone(
    page,
    'America/Los_Angeles',
    'Nombre de la zona horaria',
    'Guardar zona horaria',
  );
  await expect(
    page.getByText('La zona horaria de su organización es America/Los_Angeles.'),
  ).toBeVisible();
});

test('each organization shows its own zone; advocates read it and count deadlines in it, and cannot change it', async ({
  page,
}) => {
  await signInAs(page, summitAdmin.email);
  await open(page, '/organization');
  await expect(page.getByText("Your organization's time zone is America/New_York.")).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, demoAdvocate.email);
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Organization' }),
  ).toHaveCount(0);
  await open(page, '/deadlines');
  await expect(
    page.getByText(
      "Dates are counted in America/Los_Angeles, your organization's time zone: a deadline is overdue once its day has passed there.",
    ),
  ).toBeVisible();
  await checkPage(page, 'settings-deadlines-time-zone');

  await open(page, '/organization');
  await expect(
    page.getByText("Your organization's time zone is America/Los_Angeles."),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Time zone name' })).toHaveCount(0);
});
