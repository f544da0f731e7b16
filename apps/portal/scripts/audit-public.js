#!/usr/bin/env node
// `npm run audit:public`: Lighthouse 12 (performance, accessibility, best practices, SEO) and
// the gzip JavaScript each public route loads, for the pages below, against the BUILT API and
// portal started here on ports and a data folder of their own. It builds nothing: run
// `npx turbo run build` first. Exits 1 when a page is missing, scores under MIN_SCORE in any
// category, or loads more than MAX_JS_GZIP bytes of JavaScript. See docs/performance.md.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/**
 * The pages audited: the home page, a guide and the assessment's result (issue 14). The
 * result's answers are a fixed Arizona family's; its decision date is a recent day, so the
 * deadlines it shows are still ahead. A page that does not answer 200 is reported missing.
 *
 * A page whose address carries a family's answers is `noindex` on purpose (PublicHead), which
 * Lighthouse's SEO audit `is-crawlable` counts against it: for those pages that audit is
 * skipped, and the script checks instead that the page does say noindex.
 */
const recent = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
export const AUDITED_PAGES = [
  { path: '/' },
  { path: '/es' },
  { path: '/guides/mediation' },
  {
    noindex: true,
    path: `/guide/result?${new URLSearchParams({
      state: 'AZ',
      plan_type: 'iep',
      issues: 'evaluation_refused',
      has_decision_date: 'yes',
      district_decision_date: recent,
      written_notice: 'no',
      open_to_negotiation: 'yes',
      urgency: 'high',
    }).toString()}`,
  },
];

const MIN_SCORE = 95;
const MAX_JS_GZIP = 30 * 1024;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const portalDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(portalDir, '../..');
const clientDir = join(portalDir, 'build/client');
// Ports of its own, apart from `npm start` (3000/5173/54320) and the e2e runs (3100+, 5174+,
// 15322+ with their offsets); CONTINUUM_AUDIT_PORT_OFFSET moves all three.
const offset = Number(process.env.CONTINUUM_AUDIT_PORT_OFFSET ?? 0);
const apiPort = 3500 + offset;
const postgresPort = 15500 + offset;
const portalPort = 5500 + offset;
const portalUrl = `http://127.0.0.1:${portalPort}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const say = (text) => process.stdout.write(`[audit] ${text}\n`);
const children = [];
let chrome;
let dataDir;
let stopping = false;

function start(name, args, env) {
  // Its own process group, as `npm start` does, so a terminal's Ctrl-C reaches only this
  // script, which then stops the API in order (the API stops its PostgreSQL).
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors = (errors + String(chunk)).slice(-4000);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal ?? code}) before the audit finished:\n${errors}`);
      void stop(1);
    }
  });
  children.push({ name, child });
  return child;
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function exited(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

/** Stops Chromium, the portal, then the API (SIGTERM lets it stop its PostgreSQL cleanly). */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await chrome?.kill();
  for (const { child } of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited(child);
    clearTimeout(timer);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));

/**
 * The gzip size of one of the portal's own scripts: the `.gz` file adapter-node serves
 * (precompressed at build time), or the script compressed here when there is none.
 */
function gzipBytes(pathname) {
  const file = join(clientDir, decodeURIComponent(pathname));
  if (!file.startsWith(clientDir) || !existsSync(file)) return null;
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Every script the page loaded while Lighthouse watched (entry, route nodes, shared chunks),
 * by gzip size. A script of another origin would be counted too, and is also forbidden.
 */
function javascriptOf(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((item) => item.resourceType === 'Script');
  const foreign = [];
  const files = scripts.map((script) => {
    const url = new URL(script.url);
    const own = url.origin === portalUrl ? gzipBytes(url.pathname) : null;
    if (own === null) foreign.push(script.url);
    return { path: url.pathname, bytes: own ?? script.transferSize ?? 0 };
  });
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const largest = files.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return { total, count: scripts.length, foreign, largest };
}

function check() {
  for (const file of ['apps/api/dist/main.js', 'apps/portal/build/index.js']) {
    if (!existsSync(join(root, file))) {
      say(`${file} is missing: run \`npx turbo run build\` first`);
      process.exit(1);
    }
  }
  if (!existsSync(chromePath)) {
    say(`no Chromium at ${chromePath}: \`apt-get install -y chromium\`, or set CHROME_PATH`);
    process.exit(1);
  }
}

async function main() {
  check();
  dataDir = mkdtempSync(join(tmpdir(), 'continuum-audit-'));
  // PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter it.
  chmodSync(dataDir, 0o755);

  say(
    `starting the API on ${apiPort} (PostgreSQL ${postgresPort}) and the portal on ${portalPort}`,
  );
  start('api', ['apps/api/dist/main.js'], {
    PORT: String(apiPort),
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    EMBEDDED_POSTGRES_DURABLE: 'false',
    CONTINUUM_DATA_DIR: dataDir,
    SEED: 'demo',
    PORTAL_URL: portalUrl,
    LOG_LEVEL: 'warn',
    // Never an external database, whatever the shell has set.
    DATABASE_URL: '',
    DATABASE_OWNER_URL: '',
  });
  await waitFor(`http://127.0.0.1:${apiPort}/health`, 120_000);
  start('portal', ['apps/portal/build/index.js'], {
    PORT: String(portalPort),
    HOST: '127.0.0.1',
    ORIGIN: portalUrl,
    PORTAL_ORIGINS: portalUrl,
    API_URL: `http://127.0.0.1:${apiPort}`,
  });
  await waitFor(`${portalUrl}/`, 60_000);

  // Debian's Chromium: Lighthouse downloads no browser.
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    logLevel: 'silent',
  });

  const rows = [];
  const problems = [];
  for (const { path, noindex = false } of AUDITED_PAGES) {
    const url = `${portalUrl}${path}`;
    const response = await fetch(url, { redirect: 'manual' });
    const status = response.status;
    const html = await response.text();
    if (noindex && status === 200 && !/<meta name="robots" content="noindex"/.test(html)) {
      problems.push(`${path}: carries a family's answers but is not marked noindex`);
    }
    if (status !== 200) {
      rows.push({ path, missing: status });
      problems.push(`${path}: answers ${status}, not audited`);
      continue;
    }
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      ...(noindex ? { skipAudits: ['is-crawlable'] } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) {
      rows.push({ path, missing: lhr?.runtimeError?.code ?? 'no result' });
      problems.push(`${path}: Lighthouse could not audit it (${lhr?.runtimeError?.message})`);
      continue;
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    );
    const js = javascriptOf(lhr);
    rows.push({ path, scores, js });
    for (const id of CATEGORIES) {
      if (scores[id] < MIN_SCORE) {
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map(
            (audit) =>
              `${audit.id} (${audit.explanation ?? audit.displayValue ?? `score ${audit.score}`})`,
          );
        problems.push(`${path}: ${id} ${scores[id]} < ${MIN_SCORE}; ${failing.join(', ')}`);
      }
    }
    if (js.total > MAX_JS_GZIP) {
      const largest = js.largest.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(1)} kB`);
      problems.push(
        `${path}: ${(js.total / 1024).toFixed(1)} kB gzip JavaScript > 30 kB; largest: ${largest.join(', ')}`,
      );
    }
    if (js.foreign.length > 0) problems.push(`${path}: scripts from elsewhere: ${js.foreign}`);
  }

  const table = (cells, path) =>
    `${cells.map((cell) => String(cell).padStart(7)).join('')}  ${path}`;
  say(`Lighthouse ${lighthouseVersion()} (mobile, simulated throttling), Chromium ${chromePath}`);
  console.log(table(['perf', 'a11y', 'bp', 'seo', 'JS gz', 'files'], 'page'));
  for (const row of rows) {
    if (row.missing !== undefined) {
      console.log(table([`missing (${row.missing})`], row.path));
      continue;
    }
    const kb = `${(row.js.total / 1024).toFixed(1)}kB`;
    console.log(table([...CATEGORIES.map((id) => row.scores[id]), kb, row.js.count], row.path));
  }
  if (problems.length > 0) {
    say(`FAILED (each category at least ${MIN_SCORE}, at most 30 kB gzip JavaScript per route):`);
    for (const problem of problems) console.log(`  - ${problem}`);
    await stop(1);
  }
  say(`passed: every category at least ${MIN_SCORE}, at most 30 kB gzip JavaScript per route`);
  await stop(0);
}

function lighthouseVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'))
    .version;
}

main().catch((error) => {
  say(`the audit could not run: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
