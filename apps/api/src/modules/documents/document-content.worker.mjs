// Runs in a worker thread (document-content.ts): it parses untrusted files, so it does so
// away from the request loop, with its own memory limit, and the parent kills it when a job
// passes its deadline. The thread lives on between jobs (one at a time): starting a fresh V8
// isolate per upload cost about 15 MB of RSS each time. Plain JavaScript because it loads
// ESM-only packages (file-type, pdfjs-dist) and must run as-is under Node and under jest.
import { open, readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { fileTypeFromFile } from 'file-type';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ALLOWED = new Set(['application/pdf', DOCX, 'image/jpeg', 'image/png', 'image/heic']);
const TEXT_SAMPLE_BYTES = 1024 * 1024;
const READ_BYTES = 64 * 1024;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Plain text: the first megabyte is valid UTF-8 with no control characters but tab, line
 * breaks and form feed. Read through one small buffer, and only the first `maxChars`
 * characters kept: a large text file costs this thread a few hundred kilobytes, not the file.
 */
async function sniffText(path, maxChars) {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const parts = [];
    let kept = 0;
    let position = 0;
    while (position < TEXT_SAMPLE_BYTES) {
      const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let text;
      try {
        // stream: true carries a character cut between reads (or at the sample's end) over.
        text = decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
      } catch {
        return null;
      }
      if (CONTROL.test(text)) return null;
      if (kept < maxChars) {
        parts.push(text.slice(0, maxChars - kept));
        kept += parts.at(-1).length;
      }
    }
    return position === 0 ? null : parts.join('');
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

async function inspect({ path, maxChars }) {
  const detected = await fileTypeFromFile(path);
  let contentType = null;
  let text = '';
  let textError = null;
  if (detected) {
    if (ALLOWED.has(detected.mime)) contentType = detected.mime;
  } else {
    const sample = await sniffText(path, maxChars);
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

// The parent sends one job at a time and waits for its answer before the next.
parentPort.on('message', (job) => {
  inspect(job).then(
    (result) => parentPort.postMessage({ id: job.id, ok: true, result }),
    (error) =>
      parentPort.postMessage({
        id: job.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
