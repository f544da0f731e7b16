import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  securityInventory,
  tableRowCounts,
  type RowCounts,
  type SecurityInventory,
} from '../src/platform/database/backup/database-inventory';
import { DEMO_PASSWORD } from '../src/seed/demo-seed';
import { minimalPdf, uploadDocument } from './support/documents';
import { waitFor } from './support/wait-for';
import { freePort } from '../src/platform/net/free-port';

/**
 * The restore drill docs/operations.md asks operators to run, run on every build with the
 * shipped commands as real processes: the API (`node dist/main.js`, as `npm start` runs it)
 * starts an embedded PostgreSQL of its own and seeds the demo; `npm run backup` copies it while
 * the API is connected; `npm run restore` lays the copy into a fresh data folder; the API then
 * boots on what came back. turbo builds the API before this suite (turbo.json).
 */
const API_DIR = resolve(__dirname, '..');
const DIST = join(API_DIR, 'dist');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(DIST, script), ...args], {
      cwd: API_DIR,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** One API process on its own data folder and ports; stopped with SIGTERM as Ctrl-C would. */
class ApiProcess {
  private output = '';
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
  }

  static async start(env: Record<string, string>): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(DIST, 'main.js')], {
      cwd: API_DIR,
      env: { ...process.env, ...env, PORT: String(port), JOB_WORKERS: 'false', LOG_LEVEL: 'info' },
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    try {
      await waitFor(
        'the API to answer /health',
        async () => {
          if (child.exitCode !== null) throw new Error(`the API exited:\n${api.output}`);
          return fetch(`${api.baseUrl}/health`)
            .then((r) => r.status === 200)
            .catch(() => false);
        },
        { timeoutMs: 60_000, everyMs: 200 },
      );
    } catch (error) {
      await api.stop();
      throw new Error(`${(error as Error).message}\n${api.output}`);
    }
    return api;
  }

  async graphql<T>(query: string, variables: Record<string, unknown>, cookie?: string) {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      body: (await response.json()) as { data?: T; errors?: unknown[] },
    };
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((done) => {
      this.child.once('exit', () => done());
      this.child.kill('SIGTERM');
    });
  }
}

async function inspect(
  dataDir: string,
  port: number,
): Promise<{ rows: RowCounts } & SecurityInventory> {
  const { superuser } = JSON.parse(await readFile(`${dataDir}.credentials.json`, 'utf8')) as {
    superuser: string;
  };
  const client = new Client({
    connectionString: `postgres://postgres:${encodeURIComponent(superuser)}@127.0.0.1:${port}/continuum`,
  });
  await client.connect();
  try {
    return { rows: await tableRowCounts(client), ...(await securityInventory(client)) };
  } finally {
    await client.end();
  }
}

describe('npm run backup and npm run restore (embedded PostgreSQL)', () => {
  let dir: string;
  let backupDir: string;
  let before: { rows: RowCounts } & SecurityInventory;
  let document: { id: string; bytes: Buffer };
  const running: ApiProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'scripts', 'backup.js'))) {
      throw new Error('apps/api/dist is missing: run `npx turbo run build` before this suite');
    }
    dir = await mkdtemp(join(tmpdir(), 'continuum-backup-drill-'));
    // As root, PostgreSQL runs as the postgres user, which must enter the folder.
    await chmod(dir, 0o755);
    const env = {
      CONTINUUM_DATA_DIR: join(dir, 'source'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_DURABLE: 'false',
      SEED: 'demo',
    };
    const api = await ApiProcess.start(env);
    running.push(api);
    const marcus = await api.graphql<{ caseload: { nodes: { id: string }[] } }>(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      { e: 'marcus.lee@riverside.example', p: DEMO_PASSWORD },
    );
    const caseload = await api.graphql<{ caseload: { nodes: { id: string }[] } }>(
      '{ caseload { nodes { id } } }',
      {},
      marcus.cookie,
    );
    const bytes = minimalPdf('Evaluation report kept through a restore');
    const uploaded = await uploadDocument<{ id: string }>(
      api.baseUrl,
      caseload.body.data!.caseload.nodes[0]!.id,
      { bytes, name: 'evaluation.pdf', type: 'application/pdf' },
      {
        cookie: marcus.cookie,
        fields: {
          title: 'Evaluation',
          type: 'evaluation',
          documentDate: '2026-11-02',
          visibility: 'shared',
        },
      },
    );
    expect(uploaded.status).toBe(201);
    document = { id: uploaded.body.id, bytes };
    // Taken while the API is connected: a base backup copies a running server.
    const backup = await run('scripts/backup.js', ['--out', join(dir, 'backups')], env);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    backupDir = backup.stdout.trim().split('\n').pop()!;
    before = await inspect(join(dir, 'source', 'postgres'), Number(env.EMBEDDED_POSTGRES_PORT));
    await api.stop();
  }, 90_000);

  afterAll(async () => {
    await Promise.all(running.map((api) => api.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  it('restores every row, policy, grant and trigger into a fresh data folder, and the API serves it', async () => {
    expect(before.rows['public.organizations']).toBe(2);
    expect(before.rows['public.cases']).toBeGreaterThan(0);
    expect(before.policies.length).toBeGreaterThan(10);
    expect(before.triggers.join('\n')).toMatch(/audit/);

    const env = {
      CONTINUUM_DATA_DIR: join(dir, 'restored'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_DURABLE: 'false',
      SEED: 'none',
    };
    const restore = await run('scripts/restore.js', [backupDir], env);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toMatch(/rows as counted at backup time/);

    const api = await ApiProcess.start(env);
    running.push(api);
    const after = await inspect(
      join(dir, 'restored', 'postgres'),
      Number(env.EMBEDDED_POSTGRES_PORT),
    );
    expect(after.rows).toEqual(before.rows);
    expect(after.policies).toEqual(before.policies);
    expect(after.grants).toEqual(before.grants);
    expect(after.triggers).toEqual(before.triggers);
    expect(after.forcedRowSecurity).toEqual(before.forcedRowSecurity);

    const signIn = await api.graphql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      { e: 'maria.gonzalez@example.com', p: DEMO_PASSWORD },
    );
    expect(signIn.body.errors).toBeUndefined();
    const families = await api.graphql<{ families: { students: { name: string }[] }[] }>(
      '{ families { students { name } } }',
      {},
      signIn.cookie,
    );
    expect(families.body.data?.families).toEqual([{ students: [{ name: 'Sofía González' }] }]);

    const marcus = await api.graphql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      { e: 'marcus.lee@riverside.example', p: DEMO_PASSWORD },
    );
    const content = await fetch(`${api.baseUrl}/documents/${document.id}/content`, {
      headers: { cookie: marcus.cookie },
    });
    expect(content.status).toBe(200);
    expect(Buffer.from(await content.arrayBuffer()).equals(document.bytes)).toBe(true);
    await api.stop();
  }, 90_000);

  it('refuses a damaged backup by its checksums or its missing WAL, and never restores over an existing cluster', async () => {
    const damaged = join(dir, 'damaged');
    await cp(backupDir, damaged, { recursive: true });
    const env = {
      CONTINUUM_DATA_DIR: join(dir, 'from-damaged'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    };
    const overExisting = await run('scripts/restore.js', [damaged], {
      ...env,
      CONTINUUM_DATA_DIR: join(dir, 'source'),
    });
    expect(overExisting.code).toBe(1);
    expect(overExisting.stderr).toMatch(
      /^Restore failed: .*source\/(postgres|documents) is not empty/,
    );

    const segment = (await readdir(join(damaged, 'data', 'pg_wal'))).find((f) =>
      /^[0-9A-F]{24}$/.test(f),
    );
    await writeFile(join(damaged, 'data', 'pg_wal', segment!), 'not WAL');
    const result = await run('scripts/restore.js', [damaged], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^Restore failed: data/pg_wal/${segment!} in .* does not match its checksum`),
    );
    expect(existsSync(join(dir, 'from-damaged', 'postgres'))).toBe(false);

    // Without the WAL written during the copy the files are not a consistent cluster, and
    // PostgreSQL refuses them: the restore says so and leaves no half-restored folder.
    const manifestFile = join(damaged, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
      files: { path: string }[];
    };
    manifest.files = manifest.files.filter((f) => f.path !== `data/pg_wal/${segment!}`);
    await writeFile(manifestFile, JSON.stringify(manifest));
    await rm(join(damaged, 'data', 'pg_wal', segment!));
    const withoutWal = await run('scripts/restore.js', [damaged], env);
    expect(withoutWal.code).toBe(1);
    expect(withoutWal.stderr).toMatch(
      /^Restore failed: PostgreSQL could not start on the restored files/,
    );
    expect(existsSync(join(dir, 'from-damaged', 'postgres'))).toBe(false);
  }, 60_000);
});
