import { expect, test } from '@playwright/test';
import { checkPage } from './support';
import { docxText, pdfText } from './support-letters';

/** Arizona, an IEP the school is not following, a written decision on October 1, 2026. */
const ANSWERS =
  'state=AZ&plan_type=iep&issues=services_not_provided&has_decision_date=yes&district_decision_date=2026-10-01&written_notice=yes';

const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** `days` after the server's today (UTC, publicToday) in Spanish words: "18 de enero de 2027". */
function spanishDateAfter(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.getUTCDate()} de ${MONTHS_ES[date.getUTCMonth()]} de ${date.getUTCFullYear()}`;
}

const utcToday = () => new Date().toISOString().slice(0, 10);

test('signed out, a Spanish parent in Arizona downloads the starter kit as a PDF with the child’s name and the deadlines', async ({
  page,
}) => {
  const before = utcToday();
  const response = await page.request.get(
    `/es/guide/starter-kit?${ANSWERS}&child=${encodeURIComponent('Sofía')}&format=pdf`,
  );
  const after = utcToday();
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers()['content-disposition']).toBe(
    `attachment; filename="Kit de inicio para Sofia.pdf"; filename*=UTF-8''Kit%20de%20inicio%20para%20Sof%C3%ADa.pdf`,
  );
  const text = await pdfText(await response.body());
  expect(text).toContain('Su kit de inicio para Sofía');
  expect(text).toContain('Su plan de acción');
  expect(text).toContain('Fechas que debe saber');
  // Due process: Arizona has no limit of its own, so the federal 2 years from October 1, 2026.
  expect(text).toContain('1 de octubre de 2028: El último día para pedir una audiencia');
  // The records: 45 days from today (34 CFR 300.613(a)), in the plan and in the letter.
  const records = [spanishDateAfter(before, 45), spanishDateAfter(after, 45)];
  expect(records.some((date) => text.includes(`${date}: La escuela le debe mostrar`))).toBe(true);
  expect(records.some((date) => text.includes(`el plazo termina a más tardar el ${date}`))).toBe(
    true,
  );
  expect(text).toContain('Solicitud para revisar el expediente educativo');
  expect(text).not.toContain('Your starter kit');
});

test('the DOCX carries the same kit, in English at the English address, with the names given', async ({
  page,
}) => {
  const response = await page.request.get(
    `/guide/starter-kit?${ANSWERS}&child=Sofia&parent=${encodeURIComponent('Ana Ruiz')}&school=${encodeURIComponent('Mesa Verde Elementary')}&format=docx`,
  );
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers()['content-disposition']).toContain(
    'filename="Starter kit for Sofia.docx"',
  );
  const text = docxText(await response.body());
  expect(text).toContain('Your starter kit for Sofia');
  expect(text).toContain('October 1, 2028: Last day to ask for a due process hearing');
  expect(text).toContain('Ana Ruiz');
  expect(text).toContain('for Sofia (Mesa Verde Elementary)');
  expect(text).toContain('Request to inspect and review education records');
});

test('a request without the child’s name gets a page naming the field, in Spanish, that makes the kit once fixed', async ({
  page,
}) => {
  await page.goto(`/es/guide/starter-kit?${ANSWERS}&format=pdf`);
  await expect(page).toHaveURL(/\/es\/guide\/starter-kit\/problem\?/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Todavía no pudimos hacer su kit de inicio' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'El primer nombre de su hijo: Por favor, escriba el primer nombre de su hijo.',
  );
  await expect(page.getByRole('link', { name: 'Volver a sus resultados' })).toHaveAttribute(
    'href',
    `/es/guide/result?${ANSWERS}`,
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await checkPage(page, 'starter-kit-problem-es');

  // The form carries the answers: typing the name makes the kit.
  await page.getByLabel('El primer nombre de su hijo').fill('Sofía');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Bajar el PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Kit de inicio para Sofía.pdf');
});

test('answers the rules refuse are named by their question, with the way back to the result', async ({
  page,
}) => {
  await page.goto(
    '/guide/starter-kit?plan_type=iep&issues=records_denied&has_decision_date=no&child=Sofia&format=zip',
  );
  await expect(page).toHaveURL(/\/guide\/starter-kit\/problem\?/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'We could not make your starter kit yet' }),
  ).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('In which state does your child go to school?');
  await expect(alert).toContainText('File type: Please choose a PDF or a Word file.');
  await expect(page.getByRole('link', { name: 'Back to your results' })).toHaveAttribute(
    'href',
    '/guide/result?plan_type=iep&issues=records_denied&has_decision_date=no',
  );
  await checkPage(page, 'starter-kit-problem-en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the problem page’s plain form makes the kit', async ({ page }) => {
    await page.goto(`/guide/starter-kit?${ANSWERS}&format=docx`);
    await expect(page).toHaveURL(/\/guide\/starter-kit\/problem\?/);
    await expect(page.getByRole('alert')).toContainText(
      "Your child's first name: Please write your child's first name.",
    );
    await page.getByLabel("Your child's first name").fill('Sofia');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a Word file (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Starter kit for Sofia.docx');
  });
});
