import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { expect, type Download, type Page } from '@playwright/test';
import { hydrated, open, signIn } from './support';

/** Sofía González's case at Riverside (demo seed), worked by Marcus Lee. */
export const lettersCase = {
  id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000301',
  studentName: 'Sofía González',
  district: 'Oakland Unified',
  parentName: 'María González',
};

export const lettersAdvocate = {
  email: 'marcus.lee@riverside.example',
  password: 'continuum-demo',
  name: 'Marcus Lee',
};

/** Liam O'Brien's case at Summit (demo seed): Aisha Johnson works it, Kevin O'Brien is the parent. */
export const summitCase = {
  id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000305',
  studentName: "Liam O'Brien",
  advocate: { email: 'aisha.johnson@summit.example', password: 'continuum-demo' },
  parent: { email: 'kevin.obrien@example.com', password: 'continuum-demo' },
};

/** Signs in through the sign-in page and lands back on `path`. */
export async function signInTo(
  page: Page,
  path: string,
  who: { email: string; password: string } = lettersAdvocate,
): Promise<void> {
  await open(page, `/sign-in?redirectTo=${encodeURIComponent(path)}`);
  await signIn(page, who.email, who.password);
  await expect(page).toHaveURL(path);
  await hydrated(page);
}

/** A download's bytes. */
export async function bytesOf(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Drafts a letter from the case's letters page through the two steps, filling `fill` (label →
 * text) on the facts form; lands on the new letter's page.
 */
export async function draftLetter(
  page: Page,
  template: string,
  language: 'English' | 'Spanish',
  fill: Record<string, string> = {},
  caseId: string = lettersCase.id,
): Promise<void> {
  await open(page, `/cases/${caseId}/letters`);
  await page.getByRole('radio', { name: template }).check();
  await page.getByRole('radio', { name: language }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: 'Draft the letter' })).toBeVisible();
  await hydrated(page);
  for (const [label, text] of Object.entries(fill)) await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: 'Draft the letter' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/letters/[0-9a-f-]{36}$`));
  await hydrated(page);
}

/**
 * The text of a DOCX's body, paragraphs on their own lines: enough to check what was printed
 * and in which order. A DOCX is a zip; its central directory says where word/document.xml is.
 */
export function docxText(docx: Buffer): string {
  const endOfDirectory = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = docx.readUInt32LE(endOfDirectory + 16);
  const entries = docx.readUInt16LE(endOfDirectory + 10);
  for (let entry = 0; entry < entries; entry++) {
    const method = docx.readUInt16LE(at + 10);
    const size = docx.readUInt32LE(at + 20);
    const nameLength = docx.readUInt16LE(at + 28);
    const extraLength = docx.readUInt16LE(at + 30);
    const commentLength = docx.readUInt16LE(at + 32);
    const local = docx.readUInt32LE(at + 42);
    const name = docx.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
      const data = docx.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      return xml
        .replace(/<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error('word/document.xml not found in the DOCX');
}

/**
 * The PDF's text read back by pdfjs-dist, with the script the API's tests use
 * (apps/api/test/support/pdf-text.mjs) in a child node process.
 */
const PDF_TEXT = fileURLToPath(new URL('../../api/test/support/pdf-text.mjs', import.meta.url));

export function pdfText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [PDF_TEXT],
      { maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`pdf-text failed: ${stderr || error.message}`));
        // Lines broken inside a sentence read back as one line.
        else resolve((JSON.parse(stdout) as { text: string }).text.replace(/\s+/g, ' '));
      },
    );
    child.stdin?.end(bytes);
  });
}
