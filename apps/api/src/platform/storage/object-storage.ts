import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
}

/**
 * Where files live: one interface, two drivers (local disk, S3-compatible object storage).
 * Keys are `<organizationId>/<rest>`, so an organization's files can be listed, moved or
 * deleted together, and a sweep can ask each organization (under row-level security) which of
 * its keys are still referenced.
 */
export interface ObjectStorage {
  readonly driver: 'local' | 's3';
  /**
   * Writes a whole local file under `key`. When it resolves, the object is complete and
   * durable; a failure or crash before then leaves no object under `key` (local: written to a
   * temporary name and renamed; S3: an object appears only when its upload completes).
   */
  putFile(key: string, path: string, size: number, contentType: string): Promise<void>;
  /** The object's bytes as a stream; `null` when there is no such object. */
  read(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`. */
  list(prefix: string): AsyncIterable<StoredObject>;
}

export const OBJECT_STORAGE = Symbol('OBJECT_STORAGE');

const KEY = /^[0-9a-f-]{36}(\/[A-Za-z0-9._-]+)+$/;

/** Keys are built by the API from ids, never from user input; anything else is a bug. */
export function assertKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid storage key "${key}"`);
  return key;
}
