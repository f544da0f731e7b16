import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the BUILT API and portal, on ports of their own so a running
 * `npm start` (3000, 5173, 54320) is never touched: API 3100, its embedded PostgreSQL 54322,
 * portal 5174. Each run gets a fresh data folder, so the demo seed is all there is.
 */
// CONTINUUM_E2E_PORT_OFFSET moves all three, so two checkouts can run their suites side by side.
const PORT_OFFSET = Number(process.env.CONTINUUM_E2E_PORT_OFFSET ?? 0);
const API_PORT = 3100 + PORT_OFFSET;
const POSTGRES_PORT = 54322 + PORT_OFFSET;
const PORTAL_PORT = 5174 + PORT_OFFSET;
const API_URL = `http://127.0.0.1:${API_PORT}`;
const PORTAL_URL = `http://127.0.0.1:${PORTAL_PORT}`;
const PORTAL_LOCALHOST_URL = `http://localhost:${PORTAL_PORT}`;
const DATA_DIR_PREFIX = 'continuum-e2e-';

/**
 * Removes earlier runs' data folders whose PostgreSQL is no longer running. A folder younger
 * than an hour is left alone: another checkout's run may have just made it, before its
 * PostgreSQL wrote a postmaster.pid.
 */
function removeStaleDataDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DATA_DIR_PREFIX)) continue;
    const dir = join(tmpdir(), name);
    if (Date.now() - statSync(dir).mtimeMs < 60 * 60 * 1000) continue;
    const pidFile = join(dir, 'postgres', 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      try {
        process.kill(pid, 0);
        continue; // still running: another run's, leave it alone
      } catch {
        // not running: stale
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

// The config is evaluated again in every worker; the folder is made once, by the first.
if (!process.env.CONTINUUM_E2E_DATA_DIR) {
  removeStaleDataDirs();
  const dir = mkdtempSync(join(tmpdir(), DATA_DIR_PREFIX));
  // PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter it.
  chmodSync(dir, 0o755);
  process.env.CONTINUUM_E2E_DATA_DIR = dir;
}
const dataDir = process.env.CONTINUUM_E2E_DATA_DIR;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  // Two cores run PostgreSQL, the API, the portal and Chromium: one browser at a time.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: PORTAL_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      command: 'node ../api/dist/main.js',
      url: `${API_URL}/health`,
      env: {
        PORT: String(API_PORT),
        EMBEDDED_POSTGRES_PORT: String(POSTGRES_PORT),
        CONTINUUM_DATA_DIR: dataDir,
        SEED: 'demo',
        NODE_ENV: 'test',
        // Links in mails (invitations, password resets) lead to this portal.
        PORTAL_URL,
        // Never an external database, whatever the shell has set.
        DATABASE_URL: '',
        DATABASE_OWNER_URL: '',
      },
      timeout: 120_000,
      reuseExistingServer: false,
      // SIGTERM lets the API stop its PostgreSQL; a kill would leave it running.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node build',
      url: PORTAL_URL,
      env: {
        PORT: String(PORTAL_PORT),
        HOST: '127.0.0.1',
        ORIGIN: PORTAL_URL,
        // As `npm start`: the portal is also opened as localhost (e2e/form-origin.spec.ts).
        PORTAL_ORIGINS: `${PORTAL_URL},${PORTAL_LOCALHOST_URL}`,
        API_URL,
        // As scripts/start.js: uploads stream through the portal to the API.
        BODY_SIZE_LIMIT: '51M',
      },
      timeout: 60_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
