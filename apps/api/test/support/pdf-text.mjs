// Reads a PDF on stdin and prints {"pages": n, "text": "...", "pageTexts": ["...", ...]} using
// pdfjs-dist. pdfjs-dist is an ES module, which jest's CommonJS test runtime cannot import, so
// tests run this in node (see read-exports.ts).
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
const pdf = await getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  standardFontDataUrl,
  useSystemFonts: false,
  isEvalSupported: false,
}).promise;
const pageTexts = [];
for (let number = 1; number <= pdf.numPages; number += 1) {
  const content = await (await pdf.getPage(number)).getTextContent();
  const text = content.items
    .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
    .join('');
  pageTexts.push(text.replace(/[ \t]+/g, ' '));
}
const pages = pdf.numPages;
await pdf.destroy();
process.stdout.write(JSON.stringify({ pages, text: pageTexts.join('\n'), pageTexts }));
