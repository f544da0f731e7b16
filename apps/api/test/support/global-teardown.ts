import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const test = globalThis.__CONTINUUM_TEST_DB__;
  if (!test) return;
  await test.db.stop();
  await rm(test.dir, { recursive: true, force: true });
}
