import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { types } from 'node:util';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ApiProcess } from '../src/api-process';
import { loadConfig } from '../src/platform/config/config';
import { APP_ROLE } from '../src/platform/database/roles';
import {
  clusterProcesses,
  isAlive,
  postmasterPid,
} from '../src/platform/database/postgres-supervisor';
import { databaseUrls, testConfig } from './support/harness';
import { waitFor } from './support/wait-for';
import { freePort } from '../src/platform/net/free-port';

/**
 * PostgreSQL killed under a running API (issue 13, item 9): the API must come back by itself,
 * restarting an embedded server and reconnecting to an external one.
 */

const API_MAIN = resolve(__dirname, '../dist/main.js');
const POSTGRES_PROCESS = resolve(__dirname, 'support/embedded-postgres-process.mjs');

interface ServerUrls {
  appUrl: string;
  ownerUrl: string;
  superuserUrl: string;
}
const DEMO_ADMIN = { email: 'admin@riverside.example', password: 'continuum-demo' };
const DEMO_ADVOCATE = 'marcus.lee@riverside.example';

/** A folder the postgres OS user can enter when the tests run as root (docs/toolchain.md gotcha 4). */
async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-recovery-'));
  await chmod(dir, 0o755);
  return dir;
}

/** Waits for `probe` to answer; a probe that throws (the database still down) counts as not yet. */
function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  return waitFor(
    what,
    () =>
      Promise.resolve()
        .then(probe)
        .catch(() => undefined),
    { timeoutMs, everyMs: 100 },
  );
}

async function healthStatus(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(3_000) });
  return response.status;
}

async function graphql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null };
}

async function signInAsDemoAdmin(baseUrl: string): Promise<unknown> {
  const result = await graphql(
    baseUrl,
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
    { e: DEMO_ADMIN.email, p: DEMO_ADMIN.password },
  );
  return result.data?.signIn ?? result.errors;
}

/** Kills the postmaster the hard way and waits until it is gone. */
async function killPostmaster(dataDir: string): Promise<number> {
  const pid = await postmasterPid(dataDir);
  if (pid === undefined) throw new Error(`no postmaster.pid in ${dataDir}`);
  process.kill(pid, 'SIGKILL');
  await until('the killed postmaster to be gone', 5_000, () => (isAlive(pid) ? undefined : true));
  return Date.now();
}

/** Its backends notice the postmaster's death and exit; then the cluster can start again. */
async function clusterGone(dataDir: string): Promise<void> {
  await until("the killed cluster's processes to exit", 5_000, async () =>
    (await clusterProcesses(dataDir)).length ? undefined : true,
  );
}

/**
 * A reset mail requested after the recovery is delivered by a pg-boss worker: the job queue
 * works again, not only the request pool.
 */
async function resetMailIsDelivered(baseUrl: string, superuserUrl: string): Promise<void> {
  const requested = await graphql(
    baseUrl,
    'mutation ($e: String!) { requestPasswordReset(email: $e) }',
    {
      e: DEMO_ADVOCATE,
    },
  );
  expect(requested.data).toEqual({ requestPasswordReset: true });
  const url = new URL(superuserUrl);
  url.pathname = '/continuum';
  await until('the reset mail to be delivered by a job worker', 30_000, async () => {
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ sent: boolean }>(
        `SELECT sent_at IS NOT NULL AS sent FROM mail_outbox WHERE to_address = $1
          ORDER BY created_at DESC LIMIT 1`,
        [DEMO_ADVOCATE],
      );
      return rows[0]?.sent ? true : undefined;
    } finally {
      await client.end();
    }
  });
}

describe('the database goes away under a running API', () => {
  jest.setTimeout(180_000);

  describe('embedded PostgreSQL under the built API (node dist/main.js)', () => {
    let dir: string;
    let api: ChildProcessWithoutNullStreams | undefined;
    let output = '';

    beforeAll(async () => {
      if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first`);
      dir = await scratchDir();
    });

    afterAll(async () => {
      if (api && api.exitCode === null) {
        const exited = new Promise((done) => api?.once('exit', done));
        api.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    });

    it('restarts PostgreSQL after kill -9 of its postmaster: /health is 200 within 10 s, sign-in and job workers work again', async () => {
      const [port, postgresPort] = [await freePort(), await freePort()];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        PORT: String(port),
        EMBEDDED_POSTGRES_PORT: String(postgresPort),
        EMBEDDED_POSTGRES_DURABLE: 'false',
        CONTINUUM_DATA_DIR: dir,
        SEED: 'demo',
        JOB_POLLING_SECONDS: '1',
      };
      delete env.DATABASE_URL;
      delete env.DATABASE_OWNER_URL;
      api = spawn(process.execPath, [API_MAIN], { env });
      api.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      api.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const baseUrl = `http://127.0.0.1:${port}`;
      await until('the API to become healthy', 120_000, async () => {
        if (api?.exitCode !== null) throw new Error(`the API exited:\n${output}`);
        return (await healthStatus(baseUrl)) === 200 ? true : undefined;
      }).catch((error: unknown) => {
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
      });

      const dataDir = join(dir, 'postgres');
      const killedAt = await killPostmaster(dataDir);
      await until('/health to answer 200 again', 10_000, async () =>
        (await healthStatus(baseUrl)) === 200 ? true : undefined,
      );
      expect(Date.now() - killedAt).toBeLessThan(10_000);
      expect(api.exitCode).toBeNull();
      expect(output).toContain('PostgreSQL exited unexpectedly; restarting it');
      expect(output).toContain('PostgreSQL restarted after it exited');

      expect(await signInAsDemoAdmin(baseUrl)).toEqual({ role: 'ORG_ADMIN' });
      const credentials = JSON.parse(await readFile(`${dataDir}.credentials.json`, 'utf8')) as {
        superuser: string;
      };
      await resetMailIsDelivered(
        baseUrl,
        `postgres://postgres:${encodeURIComponent(credentials.superuser)}@127.0.0.1:${postgresPort}/postgres`,
      );

      // A clean stop afterwards stops the restarted PostgreSQL too.
      const restartedPid = await postmasterPid(dataDir);
      const exited = new Promise<number | null>((done) => api?.once('exit', done));
      api.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(restartedPid !== undefined && isAlive(restartedPid)).toBe(false);
    });
  });

  describe('an external PostgreSQL (DATABASE_URL) that is killed and started again', () => {
    let dir: string;
    const servers: ChildProcessWithoutNullStreams[] = [];
    let api: ApiProcess | undefined;

    afterAll(async () => {
      await api?.stop();
      for (const server of servers) {
        if (server.exitCode !== null || server.signalCode !== null) continue;
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await exited;
      }
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** The operator's side: a PostgreSQL server in a process the test controls. */
    async function startServer(dataDir: string, port: number): Promise<ServerUrls> {
      const server = spawn(process.execPath, [POSTGRES_PROCESS, dataDir, String(port)]);
      servers.push(server);
      let output = '';
      server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      return new Promise((done, fail) => {
        server.stdout.once('data', (chunk: Buffer) =>
          done(JSON.parse(chunk.toString()) as ServerUrls),
        );
        server.once('exit', (code) => fail(new Error(`PostgreSQL exited (${code}): ${output}`)));
      });
    }

    it('reconnects by itself: /health is 200 again, sign-in and job workers work', async () => {
      if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first`);
      dir = await scratchDir();
      const dataDir = join(dir, 'external');
      const port = await freePort();
      const urls = await startServer(dataDir, port);
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: urls.appUrl,
        DATABASE_OWNER_URL: urls.ownerUrl,
        SEED: 'demo',
        CONTINUUM_DATA_DIR: dir,
        JOB_POLLING_SECONDS: '1',
      });
      api = new ApiProcess(config, pino({ level: 'silent' }));
      const app = await api.start();
      await app.listen(0, '127.0.0.1');
      const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
      expect(await healthStatus(baseUrl)).toBe(200);

      await killPostmaster(dataDir);
      // The postmaster's backends end a moment after it: wait for /health to notice.
      await waitFor(
        '/health to answer 503 once the database is gone',
        async () => (await healthStatus(baseUrl)) === 503,
        { timeoutMs: 10_000, everyMs: 100 },
      );
      await clusterGone(dataDir);

      // Started again by the operator, over its stale postmaster.pid.
      await startServer(dataDir, port);
      const back = Date.now();
      await until('/health to answer 200 again', 10_000, async () =>
        (await healthStatus(baseUrl)) === 200 ? true : undefined,
      );
      expect(Date.now() - back).toBeLessThan(10_000);
      expect(await signInAsDemoAdmin(baseUrl)).toEqual({ role: 'ORG_ADMIN' });
      await resetMailIsDelivered(baseUrl, urls.superuserUrl);
    });
  });
});

describe('what the serving API holds (issue 13, item 10)', () => {
  let api: ApiProcess;
  let app: NestExpressApplication;

  beforeAll(async () => {
    api = new ApiProcess(testConfig(), pino({ level: 'silent' }));
    app = await api.start();
  }, 120_000);

  afterAll(() => api.stop());

  it("holds no owner or superuser URL after the migrations: not in its configuration, its container's values or its pool", () => {
    const { appUrl, ownerUrl, superuserUrl } = databaseUrls();
    const secrets = [ownerUrl, superuserUrl].flatMap((url) => [
      url,
      decodeURIComponent(new URL(url).password),
    ]);
    const held = reachableStrings([api, ...providerInstances(app)]);
    // The walk reaches the pools' options, so it would find an owner URL kept there.
    expect(held.has(appUrl)).toBe(true);
    for (const secret of secrets) {
      expect([...held].filter((text) => text.includes(secret))).toEqual([]);
    }
    const pool = app.get(DataSource).options as PostgresConnectionOptions;
    expect(new URL(pool.url ?? '').username).toBe(APP_ROLE);
  });

  it('serves as a role that cannot disable, drop or skip the audit trigger', async () => {
    const dataSource = app.get(DataSource);
    const attempt = (sql: string) =>
      dataSource.query(sql).then(
        () => 'no error',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    expect(
      await attempt('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update'),
    ).toMatch(/must be owner/);
    expect(await attempt('ALTER TABLE audit_events DISABLE TRIGGER ALL')).toMatch(/must be owner/);
    expect(await attempt('DROP TRIGGER audit_events_no_update ON audit_events')).toMatch(
      /must be owner/,
    );
    expect(await attempt('SET session_replication_role = replica')).toMatch(/permission denied/);
    expect(await attempt('SET ROLE continuum_owner')).toMatch(/permission denied/);
  });
});

/** Every provider instance in the Nest container. */
function providerInstances(app: NestExpressApplication): unknown[] {
  const { container } = app as unknown as {
    container: { getModules(): Map<string, { providers: Map<unknown, { instance: unknown }> }> };
  };
  return [...container.getModules().values()].flatMap((module) =>
    [...module.providers.values()].map((wrapper) => wrapper.instance),
  );
}

/**
 * Every string reachable from `roots` through data properties, arrays, maps and sets: the
 * configuration, the pools' options, pg-boss's settings, the supervisor. Getters are not
 * called and closures cannot be walked; a credential kept in one would not be found.
 */
function reachableStrings(roots: unknown[]): Set<string> {
  const strings = new Set<string>();
  const seen = new Set<object>();
  const stack = [...roots];
  while (stack.length && seen.size < 2_000_000) {
    const value = stack.pop();
    if (typeof value === 'string') {
      strings.add(value);
      continue;
    }
    // Functions (classes, their prototypes) hold code, not this process's values.
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value) || ArrayBuffer.isView(value)) continue;
    seen.add(value);
    // Maps and Sets of either realm (Node's and jest's).
    if (types.isMap(value)) Map.prototype.forEach.call(value, (item, key) => stack.push(item, key));
    if (types.isSet(value)) Set.prototype.forEach.call(value, (item) => stack.push(item));
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return strings;
}
