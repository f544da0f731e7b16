import { expect, test } from '@playwright/test';
import { checkPage, hydrated, open } from './support';
import {
  linkFromMailbox,
  newMember,
  riversideAdmin,
  signInAs,
  signOut,
  uniqueEmail,
} from './support-account';

test('an invitation can be resent (old link stops working) and withdrawn', async ({ page }) => {
  const email = uniqueEmail('resend');
  await signInAs(page, riversideAdmin.email);
  await open(page, '/members');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('ADVOCATE');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    `Invitation sent to ${email}.`,
  );
  const firstLink = await linkFromMailbox(page, email, /You are invited/);

  await open(page, '/members');
  await page.getByRole('button', { name: `Resend to ${email}` }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'A new invitation link was sent.',
  );
  const secondLink = await linkFromMailbox(page, email, /You are invited/);
  expect(secondLink).not.toBe(firstLink);

  await open(page, '/members');
  await page.getByRole('button', { name: `Withdraw invitation for ${email}` }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'The invitation was withdrawn.',
  );
  await expect(page.getByRole('heading', { level: 3, name: email })).toHaveCount(0);
  await signOut(page);

  await page.goto(firstLink);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This invitation link does not work' }),
  ).toBeVisible();
  await page.goto(secondLink);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This invitation was withdrawn' }),
  ).toBeVisible();
  await checkPage(page, 'account-invitation-revoked');
});

test('a bad invitation names the field at fault', async ({ page }) => {
  await signInAs(page, riversideAdmin.email);
  await open(page, '/members');
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const summary = page.getByRole('alert');
  await expect(
    summary.getByRole('link', { name: 'Enter an email address like name@example.org.' }),
  ).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Email address').fill('james.carter@example.com');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('alert')).toContainText('That person is already a member');
  await checkPage(page, 'account-members-error');
});

test("an admin changes a member's role, and removes a member after confirming", async ({
  page,
  baseURL,
}) => {
  const member = await newMember(baseURL ?? '', riversideAdmin, 'PARENT', 'Robin Role');
  await signInAs(page, riversideAdmin.email);
  await open(page, '/members');

  const card = page.getByRole('listitem').filter({ hasText: member.email });
  await card.getByLabel(`Role of ${member.name}`).selectOption('ADVOCATE');
  await card.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('The role was changed.');
  await expect(card).toContainText('Advocate');

  // Without JavaScript the link opens a page that asks (checked for accessibility here: axe
  // itself needs JavaScript); with it, the question comes in a dialog.
  const removeHref = await card
    .getByRole('link', { name: `Remove ${member.name}` })
    .getAttribute('href');
  await open(page, removeHref ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Remove a member' })).toBeVisible();
  await checkPage(page, 'account-members-remove-page');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await hydrated(page);

  await card.getByRole('link', { name: `Remove ${member.name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove a member' });
  await expect(dialog).toContainText(`Remove ${member.name} from Riverside Parent Center?`);
  await checkPage(page, 'account-members-remove-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('Advocate');
  await expect(card).toBeVisible();

  await card.getByRole('link', { name: `Remove ${member.name}` }).click();
  await dialog.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('The member was removed');
  await expect(page.getByRole('listitem').filter({ hasText: member.email })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('removing asks on a page of its own', async ({ page, baseURL }) => {
    const member = await newMember(baseURL ?? '', riversideAdmin, 'PARENT', 'Nova Nojs');
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(riversideAdmin.email);
    await page.getByLabel('Password').fill('continuum-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto('/members');
    const card = page.getByRole('listitem').filter({ hasText: member.email });
    await card.getByRole('link', { name: `Remove ${member.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Remove a member' })).toBeVisible();
    await expect(page.getByText(member.email)).toBeVisible();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      'The member was removed',
    );
    await expect(page.getByRole('listitem').filter({ hasText: member.email })).toHaveCount(0);
  });
});

test('the last org admin cannot be demoted, and the error names the field', async ({ page }) => {
  await signInAs(page, riversideAdmin.email);
  await open(page, '/members');
  const card = page.getByRole('listitem').filter({ hasText: riversideAdmin.email });
  await card.getByLabel(`Role of ${riversideAdmin.name}`).selectOption('ADVOCATE');
  await card.getByRole('button', { name: 'Change role' }).click();
  const summary = page.getByRole('alert');
  const problem = summary.getByRole('link', { name: /at least one org admin/ });
  await expect(problem).toBeVisible();
  await hydrated(page);
  await problem.click();
  await expect(card.getByLabel(`Role of ${riversideAdmin.name}`)).toBeFocused();
  await open(page, '/');
  await expect(page.getByTestId('session')).toContainText('Role: Organization admin');
});
