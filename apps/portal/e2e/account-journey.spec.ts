import { expect, test } from '@playwright/test';
import { checkPage, open } from './support';
import {
  linkFromMailbox,
  riversideAdmin,
  signInAs,
  signOut,
  summitAdmin,
  uniqueEmail,
} from './support-account';

test('an invited person sets a password, lands in the organization, joins a second one and switches', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('journey');
  const name = 'Jordan Journey';
  const password = 'a long journey password';

  // Riverside's admin invites a new address as a parent.
  await signInAs(page, riversideAdmin.email);
  await open(page, '/members');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Members and invitations' }),
  ).toBeVisible();
  await checkPage(page, 'account-members');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('PARENT');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: email })).toBeVisible();

  // The mail is on the development mailbox, with its link clickable.
  const link = await linkFromMailbox(page, email, /You are invited to Riverside Parent Center/);
  await checkPage(page, 'account-mailbox');
  expect(link).toContain('/invitations/accept?token=');
  await signOut(page);

  // The invitee opens the link, sets name and password, and is signed in at Riverside.
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Join Riverside Parent Center on Continuum' }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await checkPage(page, 'account-invitation-new');
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your name.');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await expect(page).toHaveURL('/');
  const session = page.getByTestId('session');
  await expect(session).toContainText(`Signed in as ${name} (${email})`);
  await expect(session).toContainText('Organization: Riverside Parent Center');
  await expect(session).toContainText('Role: Parent');

  // The same link cannot be used twice.
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This invitation was already accepted' }),
  ).toBeVisible();
  await checkPage(page, 'account-invitation-used');
  await signOut(page);

  // Summit invites the same person, who joins with the password just set.
  await signInAs(page, summitAdmin.email);
  await open(page, '/members');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('PARENT');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const summitLink = await linkFromMailbox(page, email, /You are invited to Summit Advocacy/);
  await signOut(page);

  await page.goto(summitLink);
  await expect(page.getByText('You already have a Continuum account')).toBeVisible();
  await checkPage(page, 'account-invitation-existing');
  await page.getByLabel('Your password').fill('not the password at all');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('alert')).toContainText('That is not the password');
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByTestId('session')).toContainText('Organization: Summit Advocacy');

  // Two organizations now: the header's switcher moves them back to Riverside.
  const header = page.getByRole('banner');
  await header.getByLabel('Organization').selectOption({ label: 'Riverside Parent Center' });
  await header.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('session')).toContainText('Organization: Riverside Parent Center');
});

test('a two-organization member switches with the header switcher', async ({ page }) => {
  await signInAs(page, 'maria.gonzalez@example.com');
  const header = page.getByRole('banner');
  const select = header.getByLabel('Organization');
  const other = (await select.locator('option:not([selected])').first().textContent())?.trim();
  expect(other).toBeTruthy();
  await select.selectOption({ label: other ?? '' });
  await header.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByTestId('session')).toContainText(`Organization: ${other}`);
});

test('a link that is not an invitation says so and what to do', async ({ page }) => {
  await open(page, '/invitations/accept?token=not-a-real-token');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This invitation link does not work' }),
  ).toBeVisible();
  await expect(page.getByText('ask the person who invited you to send a new one')).toBeVisible();
  await checkPage(page, 'account-invitation-invalid');
});
