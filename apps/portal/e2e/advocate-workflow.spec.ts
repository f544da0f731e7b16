import { expect, test, type Page } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import { daysAgo, demoAdvocate, demoParent, submitIntakeAsParent } from './support-advocate';

async function signInAsAdvocate(page: Page, path: string): Promise<void> {
  await open(page, `/sign-in?redirectTo=${encodeURIComponent(path)}`);
  await signIn(page, demoAdvocate.email, demoAdvocate.password);
  await expect(page).toHaveURL(path);
  await hydrated(page);
}

test('an advocate triages an intake into a case, runs a due process proceeding and follows its deadlines', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const summary = `E2E intake ${Date.now()}`;
  const { intakeId } = await submitIntakeAsParent(baseURL!, demoParent, summary);

  await test.step('the submitted intake waits in triage', async () => {
    await signInAsAdvocate(page, '/intakes');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Caseload', 'Triage', 'Deadlines']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Intakes to triage' })).toBeVisible();
    const link = page.locator(`a[href="/intakes/${intakeId}"]`);
    await expect(link).toHaveText('Carter family');
    const row = page.getByRole('row').filter({ has: link });
    await expect(row).toContainText(demoParent.studentName);
    await checkPage(page, 'advocate-intakes');
    await link.click();
  });

  await test.step('the intake shows its answers and recommendation, and becomes a case', async () => {
    await expect(page).toHaveURL(`/intakes/${intakeId}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Intake from the Carter family' }),
    ).toBeVisible();
    await expect(page.getByText(summary)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pathways, best first' })).toBeVisible();
    await checkPage(page, 'advocate-intake');
    const assign = page.getByRole('group', { name: 'Assign advocates' });
    await expect(assign.getByLabel(demoAdvocate.name)).toBeChecked();
    await page.getByRole('button', { name: 'Turn into a case' }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: `Case: ${demoParent.studentName}` }),
    ).toBeVisible();
    await expect(page.getByTestId('case-status')).toHaveText('Open');
    await expect(page.getByTestId('case-advocates')).toHaveText(demoAdvocate.name);
    await hydrated(page);
  });
  const caseUrl = new URL(page.url()).pathname;

  await test.step('a due process proceeding is opened', async () => {
    await page.getByLabel('Kind of proceeding').selectOption('due_process');
    await page.getByRole('button', { name: 'Open proceeding' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Due process' })).toBeVisible();
    await expect(page.getByText('Where it stands: Not started')).toBeVisible();
    await expect(page.getByTestId('case-stage')).toHaveText('Due process');
    await expect(page.getByTestId('case-status')).toHaveText('Active');
  });

  const proceeding = page.getByRole('region', { name: 'Due process', exact: true });
  const record = proceeding.locator('form[action="?/record"]');

  await test.step("an event the state machine does not accept shows the API's error", async () => {
    // The list only offers the kind's events; a stale or tampered form can still send others.
    await record.getByLabel('Event').evaluate((select: HTMLSelectElement) => {
      select.add(new Option('hearing held', 'hearing_held'));
      select.value = 'hearing_held';
    });
    await record.getByLabel('Date').fill(daysAgo(5));
    await record.getByRole('button', { name: 'Record event' }).click();
    const summaryBox = proceeding.getByRole('alert');
    // In words, never the event's or the kind's id (issue #12).
    await expect(summaryBox).toContainText(
      'This step does not accept that event now. Choose an event from the list.',
    );
    await expect(summaryBox.getByRole('link')).toHaveAttribute('href', /#record-.*-type$/);
  });

  await test.step('complaint_received computes the resolution meeting deadline with its citation', async () => {
    await record.getByLabel('Event').selectOption('complaint_received');
    await record.getByLabel('Date').fill(daysAgo(5));
    await record.getByRole('button', { name: 'Record event' }).click();
    await expect(proceeding.getByText('Where it stands: Resolution period')).toBeVisible();
    const meeting = proceeding
      .getByRole('listitem')
      .filter({ has: page.getByText('Resolution meeting', { exact: true }) });
    await expect(meeting).toContainText('Basis: 34 CFR 300.510(a)(1)');
    await expect(meeting).toContainText('Due ');
    await expect(proceeding.getByText('Basis: 34 CFR 300.510(b)(1)')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      'Due process complaint: Complaint received',
    );
    await checkPage(page, 'advocate-case');
  });

  await test.step('a wrongly dated event is corrected and the history keeps both', async () => {
    await proceeding.getByText('Correct this event').click();
    const correct = proceeding.locator('form[action="?/correct"]');
    await correct.getByLabel('Event', { exact: true }).selectOption('complaint_received');
    await correct.getByLabel('Date').fill(daysAgo(4));
    await correct.getByLabel('Why it was wrong').fill('The district stamped it a day later');
    await correct.getByRole('button', { name: 'Save correction' }).click();
    const history = proceeding.getByRole('region', { name: /Event history/ });
    await expect(history.getByText('Replaced by a correction')).toBeVisible();
    await expect(
      history.getByText('Correction: The district stamped it a day later'),
    ).toBeVisible();
    await expect(history.getByRole('row')).toHaveCount(3);
  });

  await test.step('my deadlines lists the resolution meeting, linking to the case', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Deadlines' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My deadlines' })).toBeVisible();
    const link = page.getByRole('link', {
      name: `Resolution meeting for ${demoParent.studentName}`,
    });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', new RegExp(`^${caseUrl}#proceeding-`));
    await checkPage(page, 'advocate-deadlines');
  });

  await test.step('the calendar feed link serves the deadlines as iCalendar until revoked', async () => {
    await hydrated(page);
    await page.getByRole('button', { name: 'Create a calendar link' }).click();
    const input = page.getByLabel('Your calendar link');
    await expect(input).toHaveValue(
      new RegExp(`^${baseURL}/calendar/[0-9a-f-]{36}/[\\w-]+\\.ics$`),
    );
    const feedUrl = await input.inputValue();
    const feed = await page.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const body = await feed.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(`${demoParent.studentName}: Resolution meeting (Due process complaint)`);
    await checkPage(page, 'advocate-deadlines-feed');

    await page.getByRole('button', { name: 'Turn off the calendar link' }).click();
    await expect(page.getByText('Your calendar link is turned off.')).toBeVisible();
    expect((await page.request.get(feedUrl)).status()).toBe(404);
  });

  await test.step('the caseload filters narrow the list', async () => {
    await open(page, '/caseload');
    await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
    const cases = page.getByRole('region', { name: /Cases matching the filters/ });
    await expect(cases.getByRole('link', { name: demoParent.studentName })).toBeVisible();
    await expect(cases.getByRole('link', { name: 'Sofía González' })).toBeVisible();
    await checkPage(page, 'advocate-caseload');

    await page.getByLabel('State', { exact: true }).fill('CA');
    await page.getByRole('button', { name: 'Show cases' }).click();
    await expect(page).toHaveURL(/\/caseload\?.*\bstate=CA\b/);
    await expect(cases.getByRole('link', { name: 'Sofía González' })).toBeVisible();
    await expect(cases.getByRole('link', { name: demoParent.studentName })).toHaveCount(0);

    await page.getByLabel('State', { exact: true }).fill('NC');
    await page.getByRole('button', { name: 'Show cases' }).click();
    await expect(cases.getByRole('link', { name: demoParent.studentName })).toBeVisible();
    await expect(cases.getByRole('link', { name: 'Sofía González' })).toHaveCount(0);
    // The stage counts link to the same list narrowed to their stage.
    const stages = page.getByRole('navigation', { name: 'Cases by stage' });
    await stages.getByRole('link', { name: /^Due process \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/caseload\?.*\bstage=due_process\b.*\bstate=NC\b/);
    await expect(stages.getByRole('link', { name: /^Due process \(\d+\)$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page.getByLabel('Stage', { exact: true })).toHaveValue('due_process');
    await expect(cases.getByRole('link', { name: demoParent.studentName })).toBeVisible();

    await page.getByLabel('State', { exact: true }).fill('ZZ');
    await page.getByRole('button', { name: 'Show cases' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('link', { name: /Choose a US state/ })).toHaveAttribute(
      'href',
      '#state',
    );
    await expect(page.getByLabel('State', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await checkPage(page, 'advocate-caseload-invalid');
  });
});

test('district calendars are listed and saved, with the field at fault named', async ({ page }) => {
  const district = `E2E District ${Date.now()}`;
  await signInAsAdvocate(page, '/calendars');
  await expect(page.getByRole('heading', { level: 1, name: 'District calendars' })).toBeVisible();

  await page.getByLabel('State').fill('NC');
  await page.getByLabel('District', { exact: true }).fill(district);
  await page.getByLabel('First day of school').fill('2026-08-24');
  await page.getByLabel('Last day of school').fill('2026-02-10');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await checkPage(page, 'advocate-calendars-invalid');

  await page.getByLabel('Last day of school').fill('2027-06-11');
  await page.getByLabel('Weekdays without school').fill('2026-11-26\n2026-11-27');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('row').filter({ hasText: district })).toContainText('2');
  await checkPage(page, 'advocate-calendars');
});

test('a parent sees none of the advocate pages', async ({ page }) => {
  await open(page, '/sign-in');
  await signIn(page, demoParent.email, demoParent.password);
  await expect(page.getByTestId('session')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Caseload' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Triage' })).toHaveCount(0);
  for (const path of ['/caseload', '/intakes', '/deadlines']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This page is not available to you' }),
    ).toBeVisible();
  }
});

test('a signed-out visitor is sent to sign in and back to the case page asked for', async ({
  page,
}) => {
  await page.goto('/caseload?state=CA');
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fcaseload%3Fstate%3DCA$/);
  await hydrated(page);
  await signIn(page, demoAdvocate.email, demoAdvocate.password);
  await expect(page).toHaveURL('/caseload?state=CA');
  const response = await page.goto('/cases/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the caseload filters still work', async ({ page }) => {
    await page.goto('/sign-in?redirectTo=%2Fcaseload');
    await signIn(page, demoAdvocate.email, demoAdvocate.password);
    await expect(page).toHaveURL('/caseload');
    await page.getByLabel('State', { exact: true }).fill('CA');
    await page.getByRole('button', { name: 'Show cases' }).click();
    const cases = page.getByRole('region', { name: /Cases matching the filters/ });
    await expect(cases.getByRole('link', { name: 'Sofía González' })).toBeVisible();
    await expect(cases.getByRole('link', { name: demoParent.studentName })).toHaveCount(0);
  });
});
