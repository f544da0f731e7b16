import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { assertKey, type ObjectStorage, type StoredObject } from './object-storage';

/**
 * Files on the local disk under one folder (`.data/documents` by default). A file is written
 * beside its final name, flushed, then renamed: rename is atomic on one file system, so a
 * reader or a crash sees the whole file or none.
 */
export class LocalStorage implements ObjectStorage {
  readonly driver = 'local';

  constructor(private readonly root: string) {}

  async putFile(key: string, path: string, _size: number, _contentType: string): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.${randomUUID()}.partial`;
    try {
      // A hard link shares the spooled bytes without copying them (and leaves the caller's
      // file in place); where linking is refused (the spool on another file system, or one
      // without hard links), a copy does the same.
      await link(path, partial).catch(() => copyFile(path, partial));
      const handle = await open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<Readable | null> {
    const path = this.path(key);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    const start = join(this.root, prefix);
    let entries: string[];
    try {
      entries = await readdir(start, { recursive: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(start, entry);
      const info = await stat(full).catch(() => null);
      if (!info?.isFile()) continue;
      yield {
        key: relative(this.root, full).split(sep).join('/'),
        size: info.size,
        lastModified: info.mtime,
      };
    }
  }

  private path(key: string): string {
    return join(this.root, ...assertKey(key).split('/'));
  }
}
