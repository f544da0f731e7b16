#!/usr/bin/env node
// `npm start`: build what changed (turbo caches the rest), then run the API (which starts its
// embedded PostgreSQL, migrates and seeds) and the portal, and stop all of it on Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
// The end-to-end test of `npm start` runs it on what the suite has already built.
const skipBuild = process.argv.includes('--no-build');
const apiPort = Number(process.env.PORT ?? 3000);
const portalPort = Number(process.env.PORTAL_PORT ?? 5173);
const started = performance.now();
const children = new Set();
let stopping = false;

const color = (code, text) => (process.stdout.isTTY ? `\x1b[${code}m${text}\x1b[0m` : text);
const say = (text) => process.stdout.write(`${color('1;36', '[continuum]')} ${text}\n`);
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function checkPostgresCanReach() {
  // As root, PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter
  // every folder above .data/ and node_modules/ (docs/toolchain.md gotcha 4).
  if (process.getuid?.() !== 0 || process.env.DATABASE_URL) return;
  for (let dir = root; dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      say(
        `PostgreSQL runs as the "postgres" user when started by root, and it cannot enter ${dir} ` +
          `(no execute permission for others). Run \`chmod o+x ${dir}\` or clone elsewhere.`,
      );
      process.exit(1);
    }
  }
}

function run(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  const prefix = color(name === 'api' ? '35' : name === 'portal' ? '32' : '33', `[${name}]`);
  const forward = (stream, out) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) out.write(`${prefix} ${line}\n`);
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping && name !== 'build') {
      say(`${name} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  return child;
}

function finished(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) resolvePromise(child.exitCode ?? 1);
    else child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  const waits = [...children].map((child) => {
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    return finished(child).then(() => clearTimeout(timer));
  });
  await Promise.all(waits);
  say('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

checkPostgresCanReach();

if (!skipBuild) {
  say(dev ? 'building the API (the portal runs in Vite dev mode)…' : 'building (turbo reuses what has not changed)…');
  const filters = dev ? ['--filter=@continuum/api'] : ['--filter=@continuum/api', '--filter=@continuum/portal'];
  const build = run('build', process.execPath, [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', ...filters, '--output-logs=errors-only']);
  if ((await finished(build)) !== 0) {
    say('the build failed; see above');
    process.exit(1);
  }
  say(`built in ${seconds()} s`);
}

// The API gets its own process group: a terminal's Ctrl-C reaches only this script, which
// asks the API to stop; the API closes its pools first and then its PostgreSQL.
run('api', process.execPath, ['apps/api/dist/main.js'], {
  env: { ...process.env, PORT: String(apiPort), CONTINUUM_SUPERVISED: '1' },
  detached: true,
  stdio: ['pipe', 'pipe', 'pipe'],
});
if (!(await waitForHttp(`http://127.0.0.1:${apiPort}/health`, 60_000))) {
  say('the API did not become healthy within 60 s');
  await stop(1);
}
say(`API healthy at http://localhost:${apiPort}/health after ${seconds()} s`);

const portalEnv = {
  ...process.env,
  PORT: String(portalPort),
  HOST: '127.0.0.1',
  API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}`,
  ORIGIN: process.env.ORIGIN ?? `http://localhost:${portalPort}`,
  // The portal answers on 127.0.0.1 and people open it as localhost or 127.0.0.1: form posts
  // from both are its own (apps/portal/src/lib/server/form-origin.ts).
  PORTAL_ORIGINS:
    process.env.PORTAL_ORIGINS ?? `http://localhost:${portalPort},http://127.0.0.1:${portalPort}`,
  // adapter-node refuses bodies over 512 KB by default; uploads pass through the portal's
  // proxy, up to the API's DOCUMENT_MAX_BYTES (50 MB).
  BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '51M',
};
if (dev) {
  run('portal', 'npm', ['run', 'dev', '-w', '@continuum/portal', '--', '--port', String(portalPort), '--strictPort'], { env: portalEnv });
} else if (existsSync(join(root, 'apps/portal/build/index.js'))) {
  run('portal', process.execPath, ['apps/portal/build/index.js'], { env: portalEnv });
} else {
  say('the portal was not built; run `npm run build` to see why');
  await stop(1);
}
if (await waitForHttp(`http://127.0.0.1:${portalPort}/`, 60_000)) {
  say(`ready in ${seconds()} s`);
  say(`  portal   http://localhost:${portalPort}`);
  say(`  API      http://localhost:${apiPort}/graphql   health: http://localhost:${apiPort}/health`);
  say('  sign in  admin@riverside.example / continuum-demo   (more demo sign-ins in README.md)');
  say('  Ctrl-C stops the portal, the API and its PostgreSQL.');
}
