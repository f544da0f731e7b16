import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DocumentsErrors } from './documents.errors';

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
  /** Why a ZIP (DOCX) was refused before it was parsed: too many parts, or too many bytes. */
  refused: 'entries' | 'inflated' | null;
}

const WORKER = join(__dirname, 'document-content.worker.mjs');

/**
 * The inspection process's ceiling. RLIMIT_DATA counts every private writable mapping of the
 * process: V8's heap, ArrayBuffers and Buffers, and what native code mallocs, so an inflated
 * DOCX or a PDF stream cannot get round it the way it gets round a worker thread's
 * `resourceLimits` (V8's heap only; a 3 GiB inflation went to the API's own RSS).
 * RLIMIT_AS would count V8's reserved but unused address space too (Node does not start
 * under 1 GB of it). V8's old space stops below the ceiling, so a heap that grows too large
 * fails as V8's own out-of-memory rather than as a failed allocation elsewhere.
 */
export const INSPECTION_MEMORY_MB = 768;
const INSPECTION_HEAP_MB = 512;

/**
 * Checked before a ZIP (a DOCX) is parsed for real: a Word document has tens of parts, a
 * few hundred with many images; 256 MB of inflated parts is far beyond any real document's
 * text and still inside the ceiling above.
 */
export const ZIP_LIMITS = { maxEntries: 5000, maxInflatedBytes: 256 * 1024 * 1024 };

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
 * Sniffs and extracts a spooled file's text in a child process: untrusted PDFs and DOCX are
 * parsed outside the API's process, under an operating-system memory ceiling, with a
 * deadline per job. The child is started with `ulimit -d` by /bin/sh, which then becomes Node
 * (exec), so the limit is the kernel's and holds whatever the parsers allocate.
 *
 * One process, started on first use and kept between jobs, which run one at a time. A job
 * that passes its deadline, or a process that dies (its ceiling reached), refuses that file
 * with a clear message (FILE_TOO_COMPLEX); the next job starts a new process.
 */
@Injectable()
export class DocumentInspector implements OnModuleDestroy {
  private child: ChildProcess | null = null;
  private running: { job: Job; child: ChildProcess; timer: NodeJS.Timeout } | null = null;
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

  /** The process id of the inspection child, while one runs (for tests and diagnostics). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.reject(new Error('document inspection is shut down'));
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    this.discard(child, new Error('document inspection is shut down'));
    await exited;
  }

  private startNext(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    const child = this.child ?? this.spawn();
    // Referenced only while it works, so an idle child never keeps the API's process alive.
    child.ref();
    child.channel?.ref();
    const timer = setTimeout(
      () => this.discard(child, DocumentsErrors.tooComplex()),
      job.timeoutMs,
    );
    this.running = { job, child, timer };
    child.send({
      id: job.id,
      path: job.path,
      maxChars: MAX_TEXT_CHARS,
      zipLimits: ZIP_LIMITS,
    });
  }

  private spawn(): ChildProcess {
    const child = spawn(
      '/bin/sh',
      [
        '-c',
        'ulimit -d "$1" && exec "$2" --max-old-space-size="$3" "$4"',
        'inspect-document',
        String(INSPECTION_MEMORY_MB * 1024),
        process.execPath,
        String(INSPECTION_HEAP_MB),
        WORKER,
      ],
      {
        // Only what Node needs: the parsers never see the API's database URL or secrets.
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'UTC' },
        // Parsers' console chatter stays out of the JSON logs.
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
        serialization: 'advanced',
      },
    );
    child.on('message', (answer: Answer) => {
      const running = this.running;
      if (!running || running.child !== child || running.job.id !== answer.id) return;
      clearTimeout(running.timer);
      this.running = null;
      this.idle(child);
      if (answer.ok) running.job.resolve(answer.result);
      else running.job.reject(new Error(answer.error));
      this.startNext();
    });
    child.on('error', (error) => this.discard(child, error));
    // Killed by the kernel or by V8 at its ceiling, or by the deadline: the file is refused.
    child.on('exit', () => this.discard(child, DocumentsErrors.tooComplex()));
    this.child = child;
    return child;
  }

  private idle(child: ChildProcess): void {
    child.unref();
    child.channel?.unref();
  }

  /** Stops a process that failed or overran: its job fails, and the next job gets a new one. */
  private discard(child: ChildProcess, error: Error): void {
    if (this.child === child) {
      this.child = null;
      this.idle(child);
      child.kill('SIGKILL');
    }
    const running = this.running;
    if (running?.child === child) {
      clearTimeout(running.timer);
      this.running = null;
      running.job.reject(error);
    }
    this.startNext();
  }
}
