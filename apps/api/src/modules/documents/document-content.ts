import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * What an upload may be, decided from its bytes: PDF, Word (DOCX), JPEG, PNG, HEIC (phone
 * photos of paper records) and plain UTF-8 text (which includes saved emails, .eml). Anything
 * else — legacy .doc, spreadsheets, archives, executables, HTML — is refused.
 */
export const ALLOWED_CONTENT_TYPES = [
  'application/pdf',
  DOCX_TYPE,
  'image/jpeg',
  'image/png',
  'image/heic',
  'text/plain',
] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** Enough for a long IEP or evaluation; keeps the search vector far below PostgreSQL's 1 MB. */
export const MAX_TEXT_CHARS = 300_000;

export interface DocumentContent {
  /** The sniffed type when allowed; null when the bytes are of any other kind. */
  contentType: AllowedContentType | null;
  /** What file-type recognised, for the error message when refused. */
  detected: string | null;
  text: string;
  textError: string | null;
}

const WORKER = join(__dirname, 'document-content.worker.mjs');

/**
 * Sniffs and extracts a spooled file's text in a worker thread: untrusted PDFs and DOCX are
 * parsed away from the request loop, with a memory ceiling and a deadline.
 */
export function inspectDocument(path: string, timeoutMs = 60_000): Promise<DocumentContent> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { path, maxChars: MAX_TEXT_CHARS },
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error('document inspection timed out'))),
      timeoutMs,
    );
    worker.once(
      'message',
      (message: { ok: true; result: DocumentContent } | { ok: false; error: string }) =>
        finish(() => (message.ok ? resolve(message.result) : reject(new Error(message.error)))),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`document inspection stopped (exit ${code})`))),
    );
  });
}
