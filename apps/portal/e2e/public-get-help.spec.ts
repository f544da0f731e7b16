import { expect, test } from '@playwright/test';
import { checkPage, deliveredMail, demoToday, open, signIn } from './support';
import { PASSWORD } from './support-account';

// This journey reads its mail from the SMTP server, on the portal whose API sends over SMTP.
test.use({ baseURL: process.env.CONTINUUM_E2E_SMTP_PORTAL_URL });

/** The confirmation link of the newest sign-up mail to `to`, as the SMTP server received it. */
async function confirmationLink(to: string): Promise<string> {
  const mail = await deliveredMail(to, /Confirm your email/);
  const link = /https?:\/\/\S+\/sign-up\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  expect(link, `a confirmation link in the mail to ${to}`).not.toBeNull();
  return link![0];
}

test('a parent in Arizona saves their answers in Spanish, confirms, and lands at the top of Riverside’s triage', async ({
  page,
}) => {
  const email = `familia-${Date.now()}@example.net`;
  const answers = new URLSearchParams({
    state: 'AZ',
    plan_type: 'iep',
    issues: 'services_insufficient',
    has_decision_date: 'yes',
    // Close to the end of the two-year due process limit: the warning comes first in triage.
    district_decision_date: demoToday(700),
    written_notice: 'no',
    open_to_negotiation: 'yes',
    urgency: 'high',
    org: 'riverside',
  });
  await open(page, `/es/get-help?${answers.toString()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Guarde sus respuestas y pida ayuda',
  );
  await expect(page.getByRole('radio', { name: 'Riverside Parent Center' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  await checkPage(page, 'public-get-help');

  await page.getByLabel('Su nombre').fill('Lucía Ramírez');
  await page.getByLabel('Su correo').fill(email);
  await page.getByLabel('Elija una contraseña').fill('una frase bastante larga');
  await page.getByLabel('El nombre de su hijo').fill('Diego');
  await page.getByRole('button', { name: 'Mandar mis respuestas' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mire su correo');
  await expect(page).toHaveURL(/\/es\/get-help\/sent$/);
  await checkPage(page, 'public-get-help-sent');

  const link = await confirmationLink(email);
  expect(link).toContain('/es/sign-up/confirm?token=');
  await open(page, link);
  await checkPage(page, 'public-sign-up-confirm');
  await page.getByRole('button', { name: 'Confirmar y mandar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qué pasa ahora');
  await expect(
    page.getByText('Sus respuestas ya las tiene Riverside Parent Center.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'help@riverside.example' })).toBeVisible();
  await checkPage(page, 'public-get-help-next');

  // The link is used up: opening it again offers sign-in instead.
  await page.context().clearCookies();
  await open(page, link);
  await page.getByRole('button', { name: 'Confirmar y mandar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Este enlace no sirve');

  // An advocate of Riverside sees the new intake first in triage, with its warnings.
  await page.context().clearCookies();
  await open(page, '/sign-in');
  await signIn(page, 'marcus.lee@riverside.example', PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/);
  await open(page, '/intakes');
  const first = page.getByRole('row').nth(1);
  await expect(first).toContainText('Lucía Ramírez');
  await checkPage(page, 'public-get-help-triage');
});
