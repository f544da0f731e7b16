import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
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

interface Job {
  id: number;
  path: string;
  timeoutMs: number;
  resolve: (content: DocumentContent) => void;
  reject: (error: Error) => void;
}

type Answer = { id: number } & (
  { ok: true; result: DocumentContent } | { ok: false; error: string }
);

/**
 * Sniffs and extracts a spooled file's text in a worker thread: untrusted PDFs and DOCX are
 * parsed away from the request loop, with a memory ceiling and a deadline per job.
 *
 * One thread, started on first use and kept between jobs, which run one at a time: a fresh
 * V8 isolate per upload added about 15 MB to the API's RSS for every upload in flight. A job
 * that passes its deadline, or a thread that crashes or hits its memory ceiling, fails that
 * job and discards the thread; the next job starts a new one.
 */
@Injectable()
export class DocumentInspector implements OnModuleDestroy {
  private worker: Worker | null = null;
  private running: { job: Job; worker: Worker; timer: NodeJS.Timeout } | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  inspect(path: string, timeoutMs = 60_000): Promise<DocumentContent> {
    if (this.closed) return Promise.reject(new Error('document inspection is shut down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, timeoutMs, resolve, reject });
      this.startNext();
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.reject(new Error('document inspection is shut down'));
    const worker = this.worker;
    if (worker) this.discard(worker, new Error('document inspection is shut down'));
    await worker?.terminate();
  }

  private startNext(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = this.worker ?? this.spawn();
    // Referenced only while it works, so an idle thread never keeps the process alive.
    worker.ref();
    const timer = setTimeout(
      () => this.discard(worker, new Error('document inspection timed out')),
      job.timeoutMs,
    );
    this.running = { job, worker, timer };
    worker.postMessage({ id: job.id, path: job.path, maxChars: MAX_TEXT_CHARS });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    // Parsers' console chatter stays out of the JSON logs; drained, since this thread lives
    // long enough for unread output to add up.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (answer: Answer) => {
      const running = this.running;
      if (!running || running.worker !== worker || running.job.id !== answer.id) return;
      clearTimeout(running.timer);
      this.running = null;
      worker.unref();
      if (answer.ok) running.job.resolve(answer.result);
      else running.job.reject(new Error(answer.error));
      this.startNext();
    });
    worker.on('error', (error) => this.discard(worker, error));
    worker.on('exit', (code) =>
      this.discard(worker, new Error(`document inspection stopped (exit ${code})`)),
    );
    this.worker = worker;
    return worker;
  }

  /** Stops a thread that failed or overran: its job fails, and the next job gets a new one. */
  private discard(worker: Worker, error: Error): void {
    if (this.worker === worker) {
      this.worker = null;
      void worker.terminate();
    }
    const running = this.running;
    if (running?.worker === worker) {
      clearTimeout(running.timer);
      this.running = null;
      running.job.reject(error);
    }
    this.startNext();
  }
}
