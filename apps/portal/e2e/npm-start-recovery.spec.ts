import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { demoAdmin, hydrated, signIn } from './support';

/**
 * `npm start` (scripts/start.mjs) survives `kill -9` of its PostgreSQL (issue 13, item 9):
 * PostgreSQL is the API's child, so start.mjs sees no exit and stops nothing; the API restarts
 * it and a person signs in through the portal again. Its own ports (the suite's offset + 1)
 * and data folder, on what the suite built.
 */
const OFFSET = Number(process.env.CONTINUUM_E2E_PORT_OFFSET ?? 0) + 1;
const API_PORT = 3100 + OFFSET;
const POSTGRES_PORT = 15322 + OFFSET;
const PORTAL_PORT = 5174 + OFFSET;
const ROOT = resolve(import.meta.dirname, '../../..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function health(): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${API_PORT}/health`, {
      signal: AbortSignal.timeout(3_000),
    });
    return response.status;
  } catch {
    return 0;
  }
}

test.describe('npm start after kill -9 of its PostgreSQL', () => {
  test.setTimeout(180_000);
  let dir: string;
  let start: ChildProcessWithoutNullStreams | undefined;
  let output = '';

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'continuum-npm-start-'));
    chmodSync(dir, 0o755);
  });

  test.afterAll(async () => {
    if (start && start.exitCode === null) {
      const exited = new Promise((done) => start?.once('exit', done));
      start.kill('SIGINT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('keeps running; the API restarts PostgreSQL within 10 s and the demo admin signs in through the portal', async ({
    page,
  }) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(API_PORT),
      PORTAL_PORT: String(PORTAL_PORT),
      EMBEDDED_POSTGRES_PORT: String(POSTGRES_PORT),
      CONTINUUM_DATA_DIR: dir,
      PORTAL_URL: `http://127.0.0.1:${PORTAL_PORT}`,
      ORIGIN: `http://127.0.0.1:${PORTAL_PORT}`,
    };
    for (const name of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'API_URL', 'NODE_ENV'])
      delete env[name];
    start = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { cwd: ROOT, env });
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(() => (start?.exitCode === null ? /ready in/.test(output) : `exited:\n${output}`), {
        timeout: 120_000,
      })
      .toBe(true);

    const pidFile = join(dir, 'postgres', 'postmaster.pid');
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await expect.poll(() => alive(postmaster), { timeout: 5_000 }).toBe(false);
    const killedAt = Date.now();

    await expect.poll(health, { timeout: 10_000, intervals: [100] }).toBe(200);
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    expect(start.exitCode).toBeNull();
    expect(output).not.toContain('stopping everything');

    await page.goto(`http://127.0.0.1:${PORTAL_PORT}/sign-in`);
    await hydrated(page);
    await signIn(page, demoAdmin.email, demoAdmin.password);
    await expect(page.getByTestId('session')).toContainText(`Signed in as ${demoAdmin.name}`);

    // Ctrl-C still stops all of it, the restarted PostgreSQL included.
    const restarted = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(restarted).not.toBe(postmaster);
    const exited = new Promise<number | null>((done) => start?.once('exit', done));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(alive(restarted)).toBe(false);
  });
});
