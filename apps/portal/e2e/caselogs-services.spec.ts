import { expect, test } from '@playwright/test';
import { checkPage, open } from './support';
import { demoAdvocate } from './support-advocate';
import {
  addDays,
  minutesIn,
  mondayThisWeek,
  newCaseInDistrict,
  saveDistrictCalendar,
  seededCaseId,
  signInTo,
} from './support-caselogs';

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
  // Oakland Unified has no calendar saved in Riverside: weekdays stand in for school days.
  const calendarNotice = page.getByTestId('ledger-calendar');
  await expect(calendarNotice).toContainText(
    'Counted on weekdays: add the district calendar to count school days.',
  );
  await expect(
    calendarNotice.getByRole('link', { name: 'Add the district calendar' }),
  ).toHaveAttribute('href', '/calendars?state=CA&district=Oakland+Unified');

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
      '5 of 5 counted on weekdays',
      '60 min (1 h)',
      '0 min',
      '60 min (1 h)',
      '60 min (1 h)',
      'Missed sessions',
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
      '5 of 5 counted on weekdays',
      '60 min (1 h)',
      '0 min',
      '30 min',
      '30 min',
      'Missed sessions',
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
    // Clicked, the browser saves it under the student's name, accents kept, as UTF-8 with a BOM.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the service log (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^services-Sofía González-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect([...(await response.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

test('with the district calendar saved, a break week owes nothing and a week with nothing logged reads "not logged", in English and Spanish', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const district = `E2E Unified ${Date.now()}`;
  const monday = mondayThisWeek();
  const weekOf = (weeksAgo: number) => addDays(monday, -7 * weeksAgo);
  await signInTo(page, '/caseload', demoAdvocate.email);
  const { caseId, studentName } = await newCaseInDistrict(page, district);
  // A school year around today with the whole week two weeks ago off (a Thanksgiving-like
  // break): Monday to Friday of that week are not school days.
  await saveDistrictCalendar(page, district, {
    firstDay: addDays(monday, -70),
    lastDay: addDays(monday, 150),
    nonSchoolDays: [0, 1, 2, 3, 4].map((day) => addDays(weekOf(2), day)),
  });
  await open(page, `/cases/${caseId}/services`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Services: ${studentName}` }),
  ).toBeVisible();

  const name = 'Speech-language therapy';
  const add = page.getByRole('form', { name: 'Add a required service' });
  await add.getByLabel('Service', { exact: true }).fill(name);
  await add.getByLabel('Minutes required').fill('60');
  await add.getByLabel('Per', { exact: true }).selectOption('WEEKLY');
  await add.getByLabel('Start date').fill(weekOf(4));
  await add.getByRole('button', { name: 'Add service' }).click();
  const service = page.getByTestId('service').filter({
    has: page.getByRole('heading', { level: 2, name }),
  });
  await expect(service).toBeVisible();

  const log = service.getByRole('form', { name: `Log a session of ${name}` });
  // Four weeks ago: missed, with its reason. Three weeks ago: delivered. Two weeks ago: the
  // break, nothing logged. Last week: nothing logged.
  await log.getByLabel('Date of the session').fill(addDays(weekOf(4), 1));
  await log.getByLabel('Minutes', { exact: true }).fill('60');
  await log.getByLabel('Missed', { exact: true }).check();
  await log.getByLabel('Reason').fill('Therapist absent, no substitute');
  await log.getByRole('button', { name: 'Log session' }).click();
  await expect(service.getByTestId('service-missed')).toHaveText('60 min (1 h)');
  await log.getByLabel('Date of the session').fill(addDays(weekOf(3), 1));
  await log.getByLabel('Minutes', { exact: true }).fill('60');
  await log.getByLabel('Delivered', { exact: true }).check();
  await log.getByRole('button', { name: 'Log session' }).click();
  await expect(service.getByTestId('service-delivered')).toHaveText('60 min (1 h)');

  // Required over the four ended weeks: 60 + 60 + 0 (break: 60 × 0 / 5) + 60 = 180.
  // Owed: 60 for the missed session + 0 for the break + 60 where nothing was logged = 120.
  await expect(service.getByTestId('service-required')).toHaveText('180 min (3 h)');
  await expect(service.getByTestId('service-owed')).toHaveText('120 min (2 h)');
  await expect(service.getByTestId('service-owed-missed')).toHaveText('60 min (1 h)');
  await expect(service.getByTestId('service-owed-not-logged')).toHaveText('60 min (1 h)');
  await expect(page.getByTestId('case-owed')).toHaveText('120 min (2 h)');
  await expect(page.getByTestId('ledger-calendar')).toHaveText(
    `Counted on the school days of the calendars saved for ${district}.`,
  );
  const rows = service.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 5);
  const cells = (weeksAgo: number) => rows.nth(5 - weeksAgo).getByRole('cell');
  await expect(cells(4)).toHaveText([
    '5 of 5',
    '60 min (1 h)',
    '0 min',
    '60 min (1 h)',
    '60 min (1 h)',
    'Missed sessions',
  ]);
  await expect(cells(3)).toHaveText([
    '5 of 5',
    '60 min (1 h)',
    '60 min (1 h)',
    '0 min',
    '0 min',
    'Met',
  ]);
  await expect(cells(2)).toHaveText([
    '0 of 5',
    '0 min',
    '0 min',
    '0 min',
    '0 min',
    'No school days',
  ]);
  await expect(cells(1)).toHaveText([
    '5 of 5',
    '60 min (1 h)',
    '0 min',
    '0 min',
    '60 min (1 h)',
    'Not logged',
  ]);
  await expect(cells(0).last()).toHaveText('Nothing logged yet');
  await expect(
    page.getByText('A week or month with no session logged at all shows as “Not logged”.', {
      exact: false,
    }),
  ).toBeVisible();
  await checkPage(page, 'caselogs-services-calendar');

  await test.step('marked extended school year: no summer in these weeks, so the same time owed', async () => {
    await service.getByRole('link', { name: new RegExp(`^Edit\\s*: ${name}`) }).click();
    const edit = page.getByRole('form', { name: `Edit: ${name}` });
    const esy = edit.getByLabel('The service continues in the summer (extended school year, ESY)');
    await expect(esy).not.toBeChecked();
    await esy.check();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Service updated.')).toBeVisible();
    await expect(service.getByText('Continues in the summer', { exact: true })).toBeVisible();
    await expect(service.getByTestId('service-owed')).toHaveText('120 min (2 h)');
  });

  await test.step('the same page in Spanish', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(
      page.getByRole('heading', { level: 1, name: `Servicios: ${studentName}` }),
    ).toBeVisible();
    await expect(cells(2)).toHaveText([
      '0 de 5',
      '0 min',
      '0 min',
      '0 min',
      '0 min',
      'Sin días de clases',
    ]);
    await expect(cells(1).last()).toHaveText('Sin registrar');
    await expect(cells(4).last()).toHaveText('Sesiones perdidas');
    await expect(service.getByText('Continúa en el verano', { exact: true })).toBeVisible();
    await expect(service.getByTestId('service-owed-not-logged')).toHaveText('60 min (1 h)');
    await expect(page.getByTestId('ledger-calendar')).toHaveText(
      `Contado según los días de clases de los calendarios guardados para ${district}.`,
    );
    await expect(
      page.getByText(
        'Una semana o un mes sin ninguna sesión registrada aparece como “Sin registrar”.',
        {
          exact: false,
        },
      ),
    ).toBeVisible();
    await checkPage(page, 'caselogs-services-calendar-es');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
