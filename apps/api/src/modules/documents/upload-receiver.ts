import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Request } from 'express';
import busboy from 'busboy';
import { DomainError } from '../../platform/errors/domain-error';
import { DocumentsErrors } from './documents.errors';

export interface ReceivedUpload {
  /** The spooled bytes, to be removed by the caller whatever happens next. */
  path: string;
  size: number;
  sha256: string;
  /** As the client named it; sanitized before it is stored. */
  fileName: string | null;
  fields: Record<string, string>;
}

/**
 * Node's HTTP parser copies every piece of a request body (up to 64 KB) into a new buffer,
 * and V8 collects young buffers only after about 32 MB of them have piled up: a large upload
 * kept ~30 MB of dead buffers resident. Collecting the young generation every few megabytes
 * holds that to a few MB (test/documents-memory.int-spec.ts), for about 10 ms of pauses per
 * 200 MB. The hook is V8's own `gc`, exposed to a private context only; where it cannot be
 * had, uploads work the same with the larger peak.
 */
const YOUNG_GC_EVERY_BYTES = 8 * 1024 * 1024;
let youngGc: ((options: { type: 'minor' }) => void) | null | undefined;

/** Obtained on the first large upload, so a process that never receives one is untouched. */
function collectYoungGeneration(): void {
  if (youngGc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      youngGc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
    } catch {
      youngGc = null;
    }
  }
  youngGc?.({ type: 'minor' });
}

/** Hashes and counts the bytes on their way to disk, and stops at the size limit. */
class Meter extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  private sinceCollection = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(DocumentsErrors.tooLarge(this.maxBytes));
    this.hash.update(chunk);
    this.sinceCollection += chunk.length;
    if (this.sinceCollection >= YOUNG_GC_EVERY_BYTES) {
      this.sinceCollection = 0;
      collectYoungGeneration();
    }
    done(null, chunk);
  }
}

/**
 * Streams a multipart/form-data upload (one `file` part and a few short fields) to a spool
 * file, hashing it on the way: at most one chunk is in memory at a time, whatever the size.
 * If the client goes away or anything fails, the spool file is removed and nothing else has
 * happened yet.
 */
export async function receiveUpload(
  req: Request,
  spoolDir: string,
  maxBytes: number,
): Promise<ReceivedUpload> {
  if (!req.is('multipart/form-data')) throw DocumentsErrors.badForm();
  await mkdir(spoolDir, { recursive: true });
  const path = join(spoolDir, `${randomUUID()}.upload`);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send the file name as raw UTF-8 bytes; busboy reads them as latin1 unless
      // told otherwise, which turned "Evaluación" into "EvaluaciÃ³n".
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 10, fieldSize: 4096, parts: 12, fieldNameSize: 50 },
    });
  } catch {
    throw DocumentsErrors.badForm();
  }

  const fields: Record<string, string> = {};
  let spooled: Promise<{ size: number; sha256: string; fileName: string | null }> | null = null;
  let fileStream: (NodeJS.ReadableStream & { destroy(error?: Error): void }) | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        fileStream?.destroy();
        req.unpipe(parser);
        // The rest of the body is read and dropped, so the client receives the answer.
        req.resume();
        reject(error instanceof DomainError ? error : DocumentsErrors.badForm());
      };
      parser.on('field', (name, value) => {
        // A form posted as it is (the portal streams the no-JavaScript form through) sends
        // the fields left empty: those were not given.
        if (value.trim() !== '') fields[name] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || spooled) {
          stream.resume();
          return;
        }
        fileStream = stream;
        const meter = new Meter(maxBytes);
        spooled = pipeline(stream, meter, createWriteStream(path, { flags: 'wx' })).then(() => ({
          size: meter.size,
          sha256: meter.hash.digest('hex'),
          fileName: info.filename ?? null,
        }));
        spooled.catch(fail);
      });
      parser.on('filesLimit', () => fail(DocumentsErrors.oneFile()));
      parser.on('error', fail);
      parser.on('close', () => resolve());
      req.on('close', () => {
        if (!req.complete) fail(new Error('upload aborted'));
      });
      req.on('error', fail);
      req.pipe(parser);
    });
    if (!spooled) throw DocumentsErrors.fileMissing();
    const file = await (spooled as Promise<{
      size: number;
      sha256: string;
      fileName: string | null;
    }>);
    // A browser sends a form's file input with no file chosen as an empty, nameless file.
    if (file.size === 0)
      throw file.fileName ? DocumentsErrors.fileEmpty() : DocumentsErrors.fileMissing();
    return { path, ...file, fields };
  } catch (error) {
    // Wait for the write stream to close, or the file could be created after its removal.
    await (spooled as Promise<unknown> | null)?.catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}
