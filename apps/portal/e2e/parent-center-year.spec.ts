import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkPage, demoAdmin, hydrated, open, signIn } from './support';

/**
 * Issue 15, done when: an org admin logs a call from a new parent in three fields, imports a
 * sign-in sheet, opens the annual report and follows a number to its rows, and downloads the
 * workbook; every page checked with axe and photographed at 1280 and 360 px.
 */
test("a Parent Center's director logs a call, imports a sign-in sheet, follows a report number to its rows and downloads the workbook", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await open(page, '/sign-in');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdmin.name);

  // From any page: the site navigation offers "Log a call"; three fields, one click.
  await open(page, '/caseload');
  await page.getByRole('link', { name: 'Log a call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a call' })).toBeVisible();
  await hydrated(page);
  await checkPage(page, 'log-a-call');
  const phone = `(555) 019-${String(Date.now() % 10_000).padStart(4, '0')}`;
  await page.getByLabel('Who called').fill('Nadia Farouk');
  await page.getByLabel('Their phone number').fill(phone);
  await page.getByLabel('What it was about').selectOption({ label: 'Evaluation and eligibility' });
  await page.getByRole('button', { name: 'Log the call' }).click();
  await expect(page.locator('p[role=status]')).toContainText(
    'The call with Nadia Farouk is logged.',
  );
  await open(page, '/contacts');
  const row = page.getByRole('row').filter({ hasText: 'Nadia Farouk' }).first();
  await expect(row).toContainText('Phone call');
  await expect(row).toContainText('Evaluation and eligibility');
  await expect(row).toContainText(demoAdmin.name);
  await checkPage(page, 'contacts');

  // A training, and its sign-in sheet imported from a real file.
  await open(page, '/trainings');
  await checkPage(page, 'trainings');
  await page.getByLabel('Title').fill('Spring IEP night');
  await page.getByLabel('Session 1: date and time').fill('2026-11-12T18:30');
  await page.getByRole('button', { name: 'Add the training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spring IEP night' })).toBeVisible();
  await hydrated(page);
  const dir = await mkdtemp(join(tmpdir(), 'sign-in-'));
  const sheet = join(dir, 'spring-iep-night.csv');
  await writeFile(
    sheet,
    'Nombre,Correo electrónico,Teléfono,Rol\r\nNadia Farouk,,' +
      phone +
      ',madre\r\nOwen Pratt,owen.pratt@example.org,,padre\r\nDra. Ines Vidal,ines.vidal@school.example,,profesional\r\n',
  );
  await page.getByLabel('Sign-in sheet (CSV)').setInputFiles(sheet);
  await page.getByRole('button', { name: 'Import' }).click();
  // Nadia is found by her phone number; the other two are new.
  await expect(page.locator('p[role=status]')).toContainText('3 added: 1 already known, 2 new.');
  await expect(page.getByRole('heading', { name: 'Who came (3 in all)' })).toBeVisible();
  for (const name of ['Nadia Farouk', 'Owen Pratt', 'Dra. Ines Vidal'])
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Sign-in sheet');
  await checkPage(page, 'training');

  // The annual report of the last program year, and the rows behind a number.
  await page.getByRole('link', { name: 'Annual report' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Annual report for the program year/ }),
  ).toBeVisible();
  await hydrated(page);
  await checkPage(page, 'annual-report');
  const parentsLink = page.getByRole('link', { name: /see the records behind line II\.1$/ });
  const parents = Number(await parentsLink.textContent());
  expect(parents).toBeGreaterThan(0);
  await parentsLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('II.1');
  await expect(page.getByText(`${parents} records, adding up to ${parents}.`)).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(parents + 1);
  await checkPage(page, 'annual-report-rows');

  // The workbook, read back: the number on the page is the number in the form's cell.
  await page.getByRole('link', { name: 'Back to the annual report' }).click();
  await hydrated(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excel workbook laid out like the form' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Annual report \d{4}\.xlsx$/);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(path)).buffer);
  const cells: ExcelJS.CellValue[][] = [];
  workbook
    .getWorksheet('Part 1')!
    .eachRow((r) => cells.push((r.values as ExcelJS.CellValue[]).slice(1)));
  expect(cells.find((r) => r[0] === 'II.1')?.[2]).toBe(parents);
  expect(cells[1]).toEqual(['Organization', demoAdmin.organization]);
});
