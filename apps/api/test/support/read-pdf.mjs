// Reads a PDF from stdin and prints its text, one string per page, as JSON. A separate process
// because pdfjs-dist is ESM-only and jest runs the tests as CommonJS (see pdf-text.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The 14 standard fonts' metrics, for PDFs that use them without embedding (test fixtures).
const standardFontDataUrl = `${join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const pdf = await getDocument({
  data,
  standardFontDataUrl,
  useSystemFonts: false,
  isEvalSupported: false,
}).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
}
process.stdout.write(JSON.stringify({ numPages: pdf.numPages, pages }));
