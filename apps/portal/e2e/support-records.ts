import { expect, type Page } from '@playwright/test';
import { hydrated } from './support';

export const DEMO_PASSWORD = 'continuum-demo';

/** The Summit seed's case of the O'Brien family (apps/api/src/seed/demo-seed.ts). */
export const obrienCase = {
  id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000305',
  parent: { email: 'kevin.obrien@example.com', name: "Kevin O'Brien" },
  advocate: { email: 'aisha.johnson@summit.example', name: 'Aisha Johnson' },
};

/** A one-page PDF that says `text` (ASCII), with a correct cross-reference table. */
export function makePdf(text: string): Buffer {
  const content = `BT /F1 24 Tf 72 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A title no other test (or earlier run against the same database) has used. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.site-header__user')).toBeVisible();
}

export async function openRecords(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}/records`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Records for / })).toBeVisible();
}

/** Fills the upload form and sends it; waits until the document is listed. */
export async function uploadPdf(
  page: Page,
  options: { title: string; text: string; internal?: boolean; type?: string; date?: string },
): Promise<void> {
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: `${options.text}.pdf`,
    mimeType: 'application/pdf',
    buffer: makePdf(options.text),
  });
  await page.getByLabel('Title', { exact: true }).fill(options.title);
  if (options.type) await page.getByLabel('Type of document').selectOption({ label: options.type });
  if (options.date) await page.getByLabel('Date on the document').fill(options.date);
  if (options.internal) await page.getByLabel('Internal: staff only').check();
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByRole('link', { name: options.title, exact: true })).toBeVisible();
}
