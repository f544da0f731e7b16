// Runs in a worker thread (document-content.ts): it parses untrusted files, so it does so
// away from the request loop, with its own memory limit and a deadline. Plain JavaScript
// because it loads ESM-only packages (file-type, pdfjs-dist) and must run as-is under Node
// and under jest.
import { open, readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { fileTypeFromFile } from 'file-type';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ALLOWED = new Set(['application/pdf', DOCX, 'image/jpeg', 'image/png', 'image/heic']);
const TEXT_SAMPLE_BYTES = 1024 * 1024;

/** Plain text: valid UTF-8 with no control characters but tab, line breaks and form feed. */
async function sniffText(path) {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(TEXT_SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, TEXT_SAMPLE_BYTES, 0);
    if (bytesRead === 0) return null;
    let text;
    try {
      // stream: true tolerates a character cut at the end of the sample.
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), {
        stream: true,
      });
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return null;
    return text;
  } finally {
    await handle.close();
  }
}

async function pdfText(path, maxChars) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(path));
  const document = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const parts = [];
    let length = 0;
    for (let n = 1; n <= document.numPages && length < maxChars; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      parts.push(text);
      length += text.length + 1;
      page.cleanup();
    }
    return parts.join('\n');
  } finally {
    await document.destroy();
  }
}

async function docxText(path) {
  const mammoth = await import('mammoth');
  const result = await (mammoth.default ?? mammoth).extractRawText({ path });
  return result.value;
}

function clean(text, maxChars) {
  return text
    .replaceAll('\u0000', '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, maxChars);
}

async function main({ path, maxChars }) {
  const detected = await fileTypeFromFile(path);
  let contentType = null;
  let text = '';
  let textError = null;
  if (detected) {
    if (ALLOWED.has(detected.mime)) contentType = detected.mime;
  } else {
    const sample = await sniffText(path);
    if (sample !== null) {
      contentType = 'text/plain';
      text = sample;
    }
  }
  try {
    if (contentType === 'application/pdf') text = await pdfText(path, maxChars);
    else if (contentType === DOCX) text = await docxText(path);
  } catch (error) {
    // A file that is what it says but cannot be read (encrypted, damaged) is still kept.
    textError = error instanceof Error ? error.message : String(error);
  }
  return { contentType, detected: detected?.mime ?? null, text: clean(text, maxChars), textError };
}

main(workerData).then(
  (result) => parentPort.postMessage({ ok: true, result }),
  (error) =>
    parentPort.postMessage({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
);
