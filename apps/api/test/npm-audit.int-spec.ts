import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * .ci/npm-audit.mjs runs the real npm against a stand-in advisory service on this machine: the
 * registry's bulk advisory endpoint is the only thing faked (our build machines get no answer
 * from the real one), so npm's own report, exit codes and error output are what the script
 * reads, as in CI.
 */

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, '.ci/npm-audit.mjs');

type Answer = { status: number; body?: unknown };

// npm keeps what it worked out per advisory id in its cache: each test advisory is new.
let advisoryId = Math.floor(Date.now() / 1000);

function advisory(name: string, severity: string) {
  return {
    [name]: [
      {
        id: ++advisoryId,
        url: `https://example.test/advisories/${name}`,
        title: `Test advisory for ${name}`,
        severity,
        vulnerable_versions: '>=0.0.0',
        cwe: [],
        cvss: { score: 0, vectorString: null },
      },
    ],
  };
}

async function advisoryService(answer: Answer): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && req.url?.startsWith('/-/npm/v1/security/advisories/bulk')) {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      } else {
        // Package documents, asked for to work out fixes: none here.
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{}');
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

function audit(
  registry: string,
  cache: string,
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Only npm's settings from this run are dropped (jest may run under `npm run`), so the
  // registry below is the one asked.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      [SCRIPT],
      {
        cwd,
        env: { ...env, npm_config_registry: registry, npm_config_cache: cache },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        done({ code: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('.ci/npm-audit.mjs: npm audit of the shipped dependencies', () => {
  jest.setTimeout(120_000);
  const servers: Server[] = [];
  // Its own npm cache, so nothing from the stand-in service stays in the machine's.
  let cache = '';
  beforeAll(async () => {
    cache = await mkdtemp(join(tmpdir(), 'continuum-audit-cache-'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
    await rm(cache, { recursive: true, force: true });
  });

  async function run(answer: Answer) {
    const { url, server } = await advisoryService(answer);
    servers.push(server);
    return audit(url, cache);
  }

  it('passes when the service answers with no advisory, or only a moderate one', async () => {
    const clean = await run({ status: 200, body: {} });
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.stdout.trim()).toBe(
      'npm audit: no high or critical advisories in the shipped dependencies',
    );
    const moderate = await run({ status: 200, body: advisory('express', 'moderate') });
    expect(moderate.code).toBe(0);
    expect(moderate.stdout).toMatch(/\(packages with moderate: \d+; review them/);
  });

  it('fails CI on a high or critical advisory in a shipped package, naming it', async () => {
    const high = await run({ status: 200, body: advisory('express', 'high') });
    expect(high.code).toBe(1);
    expect(high.stderr).toContain(
      'express (high): Test advisory for express https://example.test/advisories/express',
    );
    const critical = await run({ status: 200, body: advisory('pg', 'critical') });
    expect(critical.code).toBe(1);
    expect(critical.stderr).toContain('pg (critical)');
  });

  it('ignores an advisory for a development-only package (--omit=dev)', async () => {
    const devOnly = await run({ status: 200, body: advisory('jest', 'critical') });
    expect(devOnly.code).toBe(0);
    expect(devOnly.stdout).toContain('no high or critical advisories');
  });

  it('prints one line and passes when the service refuses (405, as on our build machines) or fails (503)', async () => {
    for (const status of [405, 503]) {
      const refused = await run({ status });
      expect(refused.code).toBe(0);
      expect(refused.stdout.trim().split('\n')).toHaveLength(1);
      expect(refused.stdout).toMatch(
        /^npm audit skipped: the advisory service did not answer \(\d{3} .*advisories\/bulk\)/,
      );
    }
  });

  it('prints one line and passes when nothing listens at the service (ECONNREFUSED)', async () => {
    const { url, server } = await advisoryService({ status: 200, body: {} });
    await new Promise((done) => server.close(done));
    const unreachable = await audit(url, cache);
    expect(unreachable.code).toBe(0);
    expect(unreachable.stdout.trim()).toMatch(
      /^npm audit skipped: the advisory service did not answer \(.*ECONNREFUSED.*\)$/,
    );
  });

  it('fails, not skips, when npm cannot audit for another reason (no lock file)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'continuum-audit-'));
    try {
      await writeFile(
        join(dir, 'package.json'),
        JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { express: '5.1.0' } }),
      );
      const { url, server } = await advisoryService({ status: 200, body: {} });
      servers.push(server);
      const result = await audit(url, cache, dir);
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('skipped');
      expect(result.stderr).toContain('ENOLOCK');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
