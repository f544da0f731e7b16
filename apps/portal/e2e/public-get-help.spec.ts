import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { checkPage, demoToday, open, signIn } from './support';
import { PASSWORD } from './support-account';

/**
 * The e2e API logs its mail (no SMTP server): the confirmation link is read back from the
 * mail outbox of the run's own PostgreSQL, as the parent would read it in their mailbox.
 */
async function confirmationLink(to: string): Promise<string> {
  const dir = process.env.CONTINUUM_E2E_DATA_DIR!;
  const credentials = JSON.parse(readFileSync(join(dir, 'postgres.credentials.json'), 'utf8')) as {
    superuser: string;
  };
  const port = 54322 + Number(process.env.CONTINUUM_E2E_PORT_OFFSET ?? 0);
  const client = new Client({
    connectionString: `postgres://postgres:${encodeURIComponent(credentials.superuser)}@127.0.0.1:${port}/continuum`,
  });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query<{ text_body: string }>(
        `SELECT text_body FROM mail_outbox WHERE to_address = $1 AND template = 'sign_up_confirm'`,
        [to],
      );
      const link = /https?:\/\/\S+\/sign-up\/confirm\?token=[A-Za-z0-9_-]+/.exec(
        rows[0]?.text_body ?? '',
      );
      if (link) return link[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no confirmation mail to ${to}`);
  } finally {
    await client.end();
  }
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
