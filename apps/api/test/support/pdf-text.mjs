// Reads a PDF on stdin and prints {"pages": n, "text": "..."} using pdfjs-dist. pdfjs-dist is
// an ES module, which jest's CommonJS test runtime cannot import, so tests run this in node.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  useSystemFonts: false,
  isEvalSupported: false,
}).promise;
let text = '';
for (let number = 1; number <= pdf.numPages; number += 1) {
  const content = await (await pdf.getPage(number)).getTextContent();
  text += content.items
    .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
    .join('');
  text += '\n';
}
const pages = pdf.numPages;
await pdf.destroy();
process.stdout.write(JSON.stringify({ pages, text: text.replace(/[ \t]+/g, ' ') }));
