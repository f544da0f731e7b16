import { expect, test } from '@playwright/test';
import { checkPage, open, signIn } from './support';
import { linkFromMailbox, newMember, riversideAdmin, signInAs, signOut } from './support-account';

test('a forgotten password is reset through the mailed link, which then stops working', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const member = await newMember(baseURL ?? '', riversideAdmin, 'PARENT', 'Riley Reset');
  const newPassword = 'a brand new reset password';

  await open(page, '/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await checkPage(page, 'account-reset-request');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your email address.');
  await page.getByLabel('Email address').fill(member.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await expect(page.getByText(`If ${member.email} belongs to a Continuum account`)).toBeVisible();
  await checkPage(page, 'account-reset-requested');

  // An address without an account gets the very same answer.
  await open(page, '/reset-password');
  await page.getByLabel('Email address').fill('nobody.at.all@example.org');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();

  await signInAs(page, riversideAdmin.email);
  const link = await linkFromMailbox(page, member.email, /Reset your Continuum password/);
  expect(link).toContain('/reset-password?token=');
  await signOut(page);

  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a new password' }),
  ).toBeVisible();
  await checkPage(page, 'account-reset-new');
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 12 characters');
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your password is changed' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await signIn(page, member.email, newPassword);
  await expect(page.getByTestId('session')).toContainText(`Signed in as ${member.name}`);
  await signOut(page);

  // Used once, the link now explains itself and offers a new one.
  await page.goto(link);
  await page.getByLabel('New password').fill('another long password here');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This reset link does not work' }),
  ).toBeVisible();
  await expect(page.getByText('already been used')).toBeVisible();
  await checkPage(page, 'account-reset-used');
  await page.getByRole('link', { name: 'Ask for a new reset link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
});
