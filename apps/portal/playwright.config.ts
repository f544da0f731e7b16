import {
  chmodSync,
  mkdirSync,
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
 * `npm start` (3000, 5173, 54320) is never touched: API 3100, its embedded PostgreSQL 15322,
 * portal 5174. Each run gets a fresh data folder, so the demo seed is all there is.
 */
// CONTINUUM_E2E_PORT_OFFSET moves all three, so two checkouts can run their suites side by side.
const PORT_OFFSET = Number(process.env.CONTINUUM_E2E_PORT_OFFSET ?? 0);
const API_PORT = 3100 + PORT_OFFSET;
// The databases listen below 32768: Linux gives ports from 32768 up to the client side of
// outgoing connections, and the integration suite running beside this one opens thousands; a
// PostgreSQL told to listen on a port one of them holds cannot start.
const POSTGRES_PORT = 15322 + PORT_OFFSET;
const PORTAL_PORT = 5174 + PORT_OFFSET;
/**
 * A second API and portal, on a database of their own, whose mail leaves over SMTP to the run's
 * mail server (e2e/smtp-sink.mjs; tests read it over HTTP with `deliveredMail`). Journeys that
 * read a mail as a parent does (sign-up confirmation) run there. The first pair logs its mail
 * and keeps it for the development mailbox, which the account tests exercise.
 */
const SMTP_PORT = 25260 + PORT_OFFSET;
const MAIL_READER_PORT = 26260 + PORT_OFFSET;
const SMTP_API_PORT = 4100 + PORT_OFFSET;
const SMTP_POSTGRES_PORT = 16322 + PORT_OFFSET;
const SMTP_PORTAL_PORT = 6174 + PORT_OFFSET;
const SMTP_API_URL = `http://127.0.0.1:${SMTP_API_PORT}`;
const SMTP_PORTAL_URL = `http://127.0.0.1:${SMTP_PORTAL_PORT}`;
process.env.CONTINUUM_E2E_MAIL_READER = `http://127.0.0.1:${MAIL_READER_PORT}`;
process.env.CONTINUUM_E2E_SMTP_PORTAL_URL = SMTP_PORTAL_URL;
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
    const running = [join(dir, 'postgres'), join(dir, 'smtp', 'postgres')].some((postgres) => {
      const pidFile = join(postgres, 'postmaster.pid');
      if (!existsSync(pidFile)) return false;
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
        return true;
      } catch {
        return false;
      }
    });
    if (running) continue; // another run's, leave it alone
    rmSync(dir, { recursive: true, force: true });
  }
}

// The config is evaluated again in every worker; the folder is made once, by the first.
if (!process.env.CONTINUUM_E2E_DATA_DIR) {
  removeStaleDataDirs();
  const dir = mkdtempSync(join(tmpdir(), DATA_DIR_PREFIX));
  // PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter it.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'smtp'), { mode: 0o755 });
  process.env.CONTINUUM_E2E_DATA_DIR = dir;
}
const dataDir = process.env.CONTINUUM_E2E_DATA_DIR;

/** The built API on an embedded PostgreSQL of its own, with the demo seed. */
function apiServer(options: {
  port: number;
  postgresPort: number;
  dataDir: string;
  portalUrl: string;
  smtpUrl?: string;
}) {
  return {
    command: 'node ../api/dist/main.js',
    url: `http://127.0.0.1:${options.port}/health`,
    env: {
      PORT: String(options.port),
      EMBEDDED_POSTGRES_PORT: String(options.postgresPort),
      CONTINUUM_DATA_DIR: options.dataDir,
      SEED: 'demo',
      NODE_ENV: 'test',
      // Links in mails (invitations, password resets) lead to this portal.
      PORTAL_URL: options.portalUrl,
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl, MAIL_TRANSPORT: 'smtp' } : {}),
      // Never an external database, whatever the shell has set.
      DATABASE_URL: '',
      DATABASE_OWNER_URL: '',
    },
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM lets the API stop its PostgreSQL; a kill would leave it running.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

/** The built portal in front of an API. */
function portalServer(options: { port: number; apiUrl: string; origins: string[] }) {
  const url = `http://127.0.0.1:${options.port}`;
  return {
    command: 'node build',
    url,
    env: {
      PORT: String(options.port),
      HOST: '127.0.0.1',
      ORIGIN: url,
      PORTAL_ORIGINS: options.origins.join(','),
      API_URL: options.apiUrl,
      // As scripts/start.js: uploads stream through the portal to the API.
      BODY_SIZE_LIMIT: '51M',
    },
    timeout: 60_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

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
    apiServer({
      port: API_PORT,
      postgresPort: POSTGRES_PORT,
      dataDir,
      portalUrl: PORTAL_URL,
    }),
    // As `npm start`: the portal is also opened as localhost (e2e/form-origin.spec.ts).
    portalServer({
      port: PORTAL_PORT,
      apiUrl: API_URL,
      origins: [PORTAL_URL, PORTAL_LOCALHOST_URL],
    }),
    {
      command: 'node e2e/smtp-sink.mjs',
      url: `http://127.0.0.1:${MAIL_READER_PORT}/health`,
      env: {
        SMTP_SINK_SMTP_PORT: String(SMTP_PORT),
        SMTP_SINK_HTTP_PORT: String(MAIL_READER_PORT),
      },
      timeout: 10_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    apiServer({
      port: SMTP_API_PORT,
      postgresPort: SMTP_POSTGRES_PORT,
      dataDir: join(dataDir, 'smtp'),
      portalUrl: SMTP_PORTAL_URL,
      smtpUrl: `smtp://127.0.0.1:${SMTP_PORT}`,
    }),
    portalServer({ port: SMTP_PORTAL_PORT, apiUrl: SMTP_API_URL, origins: [SMTP_PORTAL_URL] }),
  ],
});
