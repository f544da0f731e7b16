import { expect, test } from '@playwright/test';
import { checkPage, open, signIn } from './support';
import { linkFromMailbox, newMember, riversideAdmin, signInAs, signOut } from './support-account';

test('a forgotten password is reset through the mailed link, which then stops working', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // An admin: the development mailbox is an admin's page, and shows a reset mail to the
  // person it is addressed to alone.
  const member = await newMember(baseURL ?? '', riversideAdmin, 'ORG_ADMIN', 'Riley Reset');
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

  // The organization's admin, who invited the member, never reads the member's reset link.
  await signInAs(page, riversideAdmin.email);
  await open(page, '/mailbox');
  await expect(
    page
      .getByRole('article')
      .filter({ hasText: member.email })
      .filter({ has: page.getByRole('heading', { name: /Reset your Continuum password/ }) }),
  ).toHaveCount(0);
  await signOut(page);

  // The member reads it, signed in on another device.
  const device = await browser.newContext({ baseURL, locale: 'en-US' });
  const phone = await device.newPage();
  await signInAs(phone, member.email);
  const link = await linkFromMailbox(phone, member.email, /Reset your Continuum password/);
  await device.close();
  expect(link).toContain('/reset-password?token=');

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
