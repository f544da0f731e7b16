// Runs in a child process (document-content.ts): it parses untrusted files, so it does so in
// a process of its own, under an operating-system memory limit that covers buffers as well as
// V8's heap, holding no secrets, and the parent kills it when a job passes its deadline. The
// process lives on between jobs (one at a time): starting Node per upload costs about 40 MB
// and 100 ms each time. Plain JavaScript because it loads ESM-only packages (file-type,
// pdfjs-dist) and must run as-is under Node and under jest.
import { open, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileTypeFromFile } from 'file-type';
import yauzl from 'yauzl';

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

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function startsWithZipSignature(path) {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_SIGNATURE);
  } finally {
    await handle.close();
  }
}

/**
 * A ZIP (which a DOCX is) is measured before anything inflates it for real: first the
 * central directory's entry count and declared sizes, then every entry is inflated into
 * nothing, counting the bytes that actually come out, because a header can lie about its
 * size. Answers `{ refused }` when the archive passes `limits`, `{ damaged }` when it cannot
 * be read as a ZIP (then no parser gets it), or `{}` when it is safe to hand to mammoth.
 */
async function measureZip(path, limits) {
  let zip;
  try {
    zip = await promisify(yauzl.open)(path, {
      lazyEntries: true,
      autoClose: false,
      // Counted here instead, so a lie in either direction meets the same limit.
      validateEntrySizes: false,
      strictFileNames: false,
    });
  } catch (error) {
    return { damaged: error instanceof Error ? error.message : String(error) };
  }
  try {
    if (zip.entryCount > limits.maxEntries) return { refused: 'entries' };
    const entries = [];
    let declared = 0;
    await new Promise((resolve, reject) => {
      zip.on('entry', (entry) => {
        entries.push(entry);
        declared += entry.uncompressedSize;
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    if (declared > limits.maxInflatedBytes) return { refused: 'inflated' };
    const openReadStream = promisify(zip.openReadStream.bind(zip));
    let inflated = 0;
    for (const entry of entries) {
      const stream = await openReadStream(entry);
      for await (const chunk of stream) {
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) {
          stream.destroy();
          return { refused: 'inflated' };
        }
      }
    }
    return {};
  } catch (error) {
    return { damaged: error instanceof Error ? error.message : String(error) };
  } finally {
    zip.close();
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

async function inspect({ path, maxChars, zipLimits }) {
  let zipError = null;
  if (await startsWithZipSignature(path)) {
    const measured = await measureZip(path, zipLimits);
    if (measured.refused)
      return {
        contentType: null,
        detected: null,
        text: '',
        textError: null,
        refused: measured.refused,
      };
    zipError = measured.damaged ?? null;
  }
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
    else if (contentType === DOCX && zipError) textError = zipError;
    else if (contentType === DOCX) text = await docxText(path);
  } catch (error) {
    // A file that is what it says but cannot be read (encrypted, damaged) is still kept.
    textError = error instanceof Error ? error.message : String(error);
  }
  return {
    contentType,
    detected: detected?.mime ?? null,
    text: clean(text, maxChars),
    textError,
    refused: null,
  };
}

// The parent sends one job at a time and waits for its answer before the next; when it goes
// away, so does this process.
process.on('disconnect', () => process.exit(0));
process.on('message', (job) => {
  inspect(job).then(
    (result) => process.send({ id: job.id, ok: true, result }),
    (error) =>
      process.send({
        id: job.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
