import { expect, test, type Page } from '@playwright/test';
import { checkPage, deliveredMail, hydrated, open, signIn } from './support';
import { demoAdvocate } from './support-advocate';
import { uniqueEmail } from './support-account';
import { switchToSpanish } from './support-family';

/** Presses "Save and continue" (or "Save and check your answers" on the last step). */
async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Save and (continue|check your answers)$/ }).click();
}

// The invitation is read as the parent reads it: from the run's SMTP server.
test.use({ baseURL: process.env.CONTINUUM_E2E_SMTP_PORTAL_URL });

test('an advocate takes a phone intake for a new Spanish-speaking caller, sends it to triage and invites the parent, who then sees it', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const email = uniqueEmail('ana.torres');
  await open(page, '/sign-in');
  await signIn(page, demoAdvocate.email, demoAdvocate.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdvocate.name);

  await open(page, '/intakes');
  await page.getByRole('link', { name: 'Take a phone intake for a new caller' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Phone intake for a new caller' }),
  ).toBeVisible();
  await hydrated(page);
  await checkPage(page, 'phone-intake');

  // What is missing is named, each message tied to its field.
  await page.getByRole('button', { name: 'Start the questions' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Enter the parent's name.");
  await expect(alert).toContainText('Enter a phone number.');
  await expect(alert).toContainText('Choose the language the family prefers.');
  await expect(alert).toContainText("Enter the child's first name.");
  await expect(page.getByLabel("Parent's name")).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'phone-intake-errors');

  await page.getByLabel("Parent's name").fill('Ana Torres');
  await page.getByLabel('Phone number').fill('call me');
  await page.getByLabel('Email (optional)').fill(email);
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.getByLabel("Child's first name").fill('Mateo');
  await page.getByLabel('State where the child goes to school').selectOption('AZ');
  await page.getByRole('radio', { name: 'Yes, an IEP (a special education plan)' }).check();
  await page.getByLabel('Grade').fill('3');
  // The report's questions, each optional, with "prefer not to say".
  await page
    .getByRole('group', { name: 'Disability (choose all that apply)' })
    .getByRole('checkbox', { name: 'Autism' })
    .check();
  await page
    .getByRole('group', { name: 'Race and ethnicity (choose all that apply)' })
    .getByRole('checkbox', { name: 'Prefer not to say' })
    .check();
  await page.getByLabel('The language the parents speak best').selectOption({ label: 'Spanish' });
  // The API refuses the phone number and names the field.
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Enter a phone number with 7 to 15 digits, like (555) 201-3344.',
  );
  await expect(page.getByLabel('Phone number')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Phone number').fill('(602) 555-0147');
  // What was chosen survived the refusal.
  await expect(page.getByRole('checkbox', { name: 'Autism' })).toBeChecked();
  await expect(page.getByLabel('The language the parents speak best')).toHaveValue('es');
  await page.getByRole('button', { name: 'Start the questions' }).click();

  // The same wizard a parent uses, opened with what the call already said.
  await expect(page.getByText('Step 1 of 8', { exact: true })).toBeVisible();
  const intakeId = /\/intake\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(intakeId).toBeTruthy();
  await expect(page.getByLabel('In which state does your child go to school?')).toHaveValue('AZ');
  await next(page);
  await expect(page.getByText('Step 2 of 8', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('radio', { name: 'Yes, an IEP (a special education plan)' }),
  ).toBeChecked();
  await next(page);
  await page.getByRole('checkbox', { name: 'The school is not doing what the plan says' }).check();
  await next(page);
  await expect(page.getByText('Step 4 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'No' }).check();
  await next(page);
  await expect(page.getByText('Step 5 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await next(page);
  await expect(page.getByText('Step 6 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await next(page);
  await expect(page.getByText('Step 7 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'It needs action in the next few weeks' }).check();
  await next(page);
  await expect(page.getByText('Step 8 of 8', { exact: true })).toBeVisible();
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your options' })).toBeVisible();

  // In triage, with the family's name and the child.
  await open(page, '/intakes');
  const row = page.getByRole('row').filter({
    has: page.locator(`a[href="/intakes/${intakeId}"]`),
  });
  await expect(row).toContainText('Ana Torres family');
  await expect(row).toContainText('Mateo');
  await row.getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Intake from the Ana Torres family' }),
  ).toBeVisible();
  await hydrated(page);
  await expect(page.getByText('Phone: (602) 555-0147')).toBeVisible();
  // The recommendation was made in the family's language.
  await expect(page.locator('[lang="es"]').first()).toBeVisible();

  // Invite the caller: the address they gave is filled in.
  await expect(page.getByRole('heading', { level: 3, name: 'Invite the parent' })).toBeVisible();
  await expect(page.getByLabel("Parent's email")).toHaveValue(email);
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Invitation sent to' })).toContainText(
    email,
  );
  await checkPage(page, 'phone-intake-invited');

  // Ana accepts and sees the intake the advocate took for Mateo.
  const invitation = await deliveredMail(email, /You are invited to Riverside Parent Center/);
  const link = /https?:\/\/\S+\/invitations\/accept\?token=[A-Za-z0-9_-]+/.exec(
    invitation.text,
  )?.[0];
  expect(link, 'an invitation link in the mail').toBeTruthy();
  const context = await browser.newContext();
  const ana = await context.newPage();
  await open(ana, link!);
  await expect(
    ana.getByRole('heading', { level: 1, name: 'Join Riverside Parent Center on Continuum' }),
  ).toBeVisible();
  await ana.getByLabel('Your name').fill('Ana Torres');
  await ana.getByLabel('Choose a password').fill('una frase bastante larga');
  await ana.getByRole('button', { name: 'Create account and join' }).click();
  await expect(ana.locator('.site-header__user')).toContainText('Ana Torres');
  await open(ana, '/intake');
  await expect(ana.getByRole('heading', { name: 'Intakes you have sent' })).toBeVisible();
  await expect(ana.getByText(/Mateo/).first()).toBeVisible();
  await context.close();

  // The page in Spanish, for a bilingual Parent Center's staff.
  await open(page, '/intakes/phone');
  await switchToSpanish(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Solicitud por teléfono de una persona nueva' }),
  ).toBeVisible();
  await expect(page.getByLabel('Nombre del padre o la madre')).toBeVisible();
  await checkPage(page, 'phone-intake-es');
});
