import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

/**
 * Copies a folder of plain files into the backup under `into`, adding each to `files`. A file
 * removed while the copy runs is skipped.
 */
export async function copyTree(
  from: string,
  backupDir: string,
  into: string,
  files: FileEntry[],
): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  await mkdir(join(backupDir, into), { recursive: true, mode: 0o700 });
  for (const entry of entries) {
    const path = `${into}/${entry.name}`;
    if (entry.isDirectory()) {
      await copyTree(join(from, entry.name), backupDir, path, files);
    } else if (entry.isFile()) {
      try {
        files.push({
          path,
          ...(await copyWithChecksum(join(from, entry.name), join(backupDir, path))),
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

/** Puts the backup's `documents/` files back into the local storage folder (empty or new). */
export async function restoreDocuments(
  backupDir: string,
  files: FileEntry[],
  documentsDir: string,
): Promise<number> {
  const documents = files.filter((f) => f.path.startsWith('documents/'));
  if (documents.length === 0) return 0;
  const existing = await readdir(documentsDir).catch(() => []);
  if (existing.length > 0) {
    throw new Error(
      `${documentsDir} is not empty: move it aside first (a restore never mixes documents of two installations)`,
    );
  }
  for (const file of documents) {
    const target = join(documentsDir, file.path.slice('documents/'.length));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(backupDir, file.path), target);
  }
  return documents.length;
}
