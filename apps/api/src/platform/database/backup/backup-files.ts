import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface FileEntry {
  /** Relative to the backup folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

/** Copies one file and returns its checksum as written, in one pass over the bytes. */
export async function copyWithChecksum(
  from: string,
  to: string,
  mode = 0o600,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from), tap, createWriteStream(to, { mode }));
  return { bytes, sha256: hash.digest('hex') };
}

export async function checksumOf(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Thrown when a backup is incomplete or altered; the message names the file. */
export class BackupIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupIntegrityError';
  }
}

/** Checks every file the manifest lists against its size and SHA-256 before anything is restored. */
export async function verifyFiles(backupDir: string, files: FileEntry[]): Promise<void> {
  for (const entry of files) {
    const file = join(backupDir, entry.path);
    const exists = await stat(file).catch(() => null);
    if (!exists) throw new BackupIntegrityError(`${entry.path} is missing from ${backupDir}`);
    const actual = await checksumOf(file);
    if (actual.bytes !== entry.bytes || actual.sha256 !== entry.sha256) {
      throw new BackupIntegrityError(
        `${entry.path} in ${backupDir} does not match its checksum in manifest.json: the backup is damaged or was altered`,
      );
    }
  }
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** `continuum-20261204T203000Z`: sorts by time and is safe in any file system. */
export function backupName(kind: 'base' | 'logical', at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `continuum-${kind}-${stamp}`;
}
