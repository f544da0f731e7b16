import { expect, test } from '@playwright/test';
import { checkPage } from './support';
import { demoAdvocate } from './support-advocate';
import { addDays, minutesIn, mondayThisWeek, seededCaseId, signInTo } from './support-caselogs';

/** A day as the page writes it in English ("Mar 17, 2026"). */
function readable(day: string): string {
  return new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

test('an advocate logs sessions of a required service, missed ones included, and sees compensatory time owed change as the ledger defines', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const path = `/cases/${seededCaseId}/services`;
  const name = `Speech-language therapy ${Date.now()}`;
  const monday = mondayThisWeek();
  const lastWeek = addDays(monday, -7);
  const twoWeeksAgo = addDays(monday, -14);

  await signInTo(page, path, demoAdvocate.email);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Services: Sofía González' }),
  ).toBeVisible();
  const caseOwedBefore = await minutesIn(page, 'case-owed');

  await test.step('a weekly service that started five weeks ago owes every elapsed week', async () => {
    const add = page.getByRole('form', { name: 'Add a required service' });
    await add.getByLabel('Service', { exact: true }).fill(name);
    await add.getByLabel('Minutes required').fill('60');
    await add.getByLabel('Per', { exact: true }).selectOption('WEEKLY');
    await add.getByLabel('Start date').fill(addDays(monday, -35));
    await add.getByRole('button', { name: 'Add service' }).click();
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  });
  const service = page.getByTestId('service').filter({
    has: page.getByRole('heading', { level: 2, name }),
  });
  // Five whole weeks have ended (Monday to Sunday, 60 minutes each); this week is not counted.
  await expect(service.getByTestId('service-required')).toHaveText('300 min (5 h)');
  await expect(service.getByTestId('service-owed')).toHaveText('300 min (5 h)');
  expect(await minutesIn(page, 'case-owed')).toBe(caseOwedBefore + 300);
  const periods = service.getByRole('table');
  await expect(periods.getByRole('row')).toHaveCount(1 + 6);

  await test.step('a delivered session lowers the time owed', async () => {
    const log = service.getByRole('form', { name: `Log a session of ${name}` });
    await log.getByLabel('Date of the session').fill(lastWeek);
    await log.getByLabel('Minutes', { exact: true }).fill('60');
    await log.getByLabel('Delivered', { exact: true }).check();
    await log.getByRole('button', { name: 'Log session' }).click();
    await expect(service.getByTestId('service-delivered')).toHaveText('60 min (1 h)');
    await expect(service.getByTestId('service-owed')).toHaveText('240 min (4 h)');
  });

  await test.step('a missed session needs its reason', async () => {
    const log = service.getByRole('form', { name: `Log a session of ${name}` });
    await log.getByLabel('Date of the session').fill(twoWeeksAgo);
    await log.getByLabel('Minutes', { exact: true }).fill('60');
    await log.getByLabel('Missed', { exact: true }).check();
    await log.getByRole('button', { name: 'Log session' }).click();
    await expect(page.getByRole('alert')).toContainText('Say why the session was missed.');
    await expect(service.getByTestId('service-missed')).toHaveText('0 min');
  });

  await test.step('a missed session is counted apart and leaves the time owed as it was', async () => {
    const log = service.getByRole('form', { name: `Log a session of ${name}` });
    await log.getByLabel('Date of the session').fill(twoWeeksAgo);
    await log.getByLabel('Minutes', { exact: true }).fill('60');
    await log.getByLabel('Missed', { exact: true }).check();
    await log.getByLabel('Reason').fill('Therapist absent, no substitute');
    await log.getByRole('button', { name: 'Log session' }).click();
    await expect(service.getByTestId('service-missed')).toHaveText('60 min (1 h)');
    await expect(service.getByTestId('service-owed')).toHaveText('240 min (4 h)');
  });

  await test.step('correcting the delivered session to missed raises the time owed', async () => {
    const session = service.getByTestId('session').filter({ hasText: readable(lastWeek) });
    await session.getByText('Correct this session').click();
    await session.getByLabel('Delivered or missed').selectOption('MISSED');
    await session.getByLabel('Reason').fill('Logged by mistake: the therapist was out sick');
    await session.getByRole('button', { name: 'Save correction' }).click();
    await expect(service.getByTestId('service-owed')).toHaveText('300 min (5 h)');
    await expect(service.getByTestId('service-missed')).toHaveText('120 min (2 h)');
    await expect(service.getByTestId('service-delivered')).toHaveText('0 min');
    expect(await minutesIn(page, 'case-owed')).toBe(caseOwedBefore + 300);
    // The table the chart draws from says the same, week by week.
    const week = periods.getByRole('row').filter({ hasText: readable(lastWeek) });
    await expect(week.getByRole('cell')).toHaveText([
      '60 min (1 h)',
      '0 min',
      '60 min (1 h)',
      '60 min (1 h)',
    ]);
    await expect(page.locator('canvas[role="img"]').first()).toBeVisible();
  });

  await test.step('a session missed this week is owed the day it is logged', async () => {
    const log = service.getByRole('form', { name: `Log a session of ${name}` });
    await log.getByLabel('Date of the session').fill(monday);
    await log.getByLabel('Minutes', { exact: true }).fill('30');
    await log.getByLabel('Missed', { exact: true }).check();
    await log.getByLabel('Reason').fill('School closed the speech room for testing');
    await log.getByRole('button', { name: 'Log session' }).click();
    await expect(service.getByTestId('service-missed')).toHaveText('150 min (2 h 30 min)');
    await expect(service.getByTestId('service-owed')).toHaveText('330 min (5 h 30 min)');
    expect(await minutesIn(page, 'case-owed')).toBe(caseOwedBefore + 330);
    const running = periods.getByRole('row').filter({ hasText: readable(monday) });
    await expect(running.getByRole('cell')).toHaveText([
      '60 min (1 h)',
      '0 min',
      '30 min',
      '30 min',
    ]);
  });

  await checkPage(page, 'caselogs-services');

  await test.step('the log downloads as CSV through the portal', async () => {
    const href = await page
      .getByRole('link', { name: 'Download the service log (CSV)' })
      .getAttribute('href');
    expect(href).toBe(`/cases/${seededCaseId}/services.csv`);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const csv = await response.text();
    expect(csv).toContain(name);
    expect(csv).toContain('Logged by mistake: the therapist was out sick');
  });
});
