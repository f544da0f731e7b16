import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { prepareDatabase } from '../data-source';
import {
  BackupIntegrityError,
  backupName,
  checksumOf,
  copyTree,
  type FileEntry,
  readJson,
  verifyFiles,
} from './backup-files';
import { BACKUP_ROLE } from './backup-role';
import { orderSelfReferences } from './self-references';
import {
  BACKED_UP_SCHEMAS,
  backedUpTables,
  quoteIdent as q,
  type RowCounts,
  tableRowCounts,
} from './database-inventory';

/**
 * A logical backup of an external PostgreSQL, written by Node over an ordinary connection, so
 * it needs no pg_dump and no client of the server's major version. It holds data only: the
 * schema, its policies, grants and triggers are what the migrations of the same release
 * create, so a restore runs those migrations and then loads the rows.
 */
export const LOGICAL_BACKUP_FORMAT = 'continuum-logical-backup/1';

export interface LogicalBackupManifest {
  format: typeof LOGICAL_BACKUP_FORMAT;
  createdAt: string;
  postgres: { version: string; versionNum: number };
  /** The schema version: a restore needs a release with exactly these migrations. */
  migrations: string[];
  /** In load order: a table comes after every table it references. */
  tables: { name: string; file: string; rows: number }[];
  sequences: { name: string; lastValue: string | null }[];
  rowCounts: RowCounts;
  files: FileEntry[];
}

interface TableInfo {
  schema: string;
  name: string;
  qualified: string;
  /** `schema.table` of the tables it references through foreign keys. */
  references: string[];
  /** Foreign keys to itself: [referencing columns, referenced columns]. */
  selfKeys: [string[], string[]][];
}

async function tablesInLoadOrder(client: Client): Promise<TableInfo[]> {
  const rows = await backedUpTables(client);
  const keys = await client.query<{
    source: string;
    target: string;
    columns: string[];
    targets: string[];
  }>(
    `SELECT sn.nspname || '.' || s.relname AS source, tn.nspname || '.' || t.relname AS target,
            ARRAY(SELECT attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY i)::text[] AS columns,
            ARRAY(SELECT attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY i)::text[] AS targets
       FROM pg_constraint con
       JOIN pg_class s ON s.oid = con.conrelid JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_class t ON t.oid = con.confrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
      WHERE con.contype = 'f' AND sn.nspname = ANY($1) AND con.conparentid = 0`,
    [BACKED_UP_SCHEMAS],
  );
  const tables = new Map<string, TableInfo>(
    rows.map((r) => {
      const key = `${r.schema}.${r.name}`;
      return [
        key,
        { ...r, qualified: `${q(r.schema)}.${q(r.name)}`, references: [], selfKeys: [] },
      ];
    }),
  );
  for (const k of keys.rows) {
    const table = tables.get(k.source);
    if (!table) continue;
    if (k.source === k.target) table.selfKeys.push([k.columns, k.targets]);
    else table.references.push(k.target);
  }
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string) => {
    const table = tables.get(key);
    if (!table || state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      throw new Error(`foreign keys form a cycle through ${key}; rows cannot be loaded in order`);
    }
    state.set(key, 'visiting');
    for (const ref of table.references) visit(ref);
    state.set(key, 'done');
    ordered.push(table);
  };
  for (const key of tables.keys()) visit(key);
  return ordered;
}

function writeLine(stream: WriteStream, line: string): Promise<void> {
  return new Promise((done, fail) => {
    if (stream.write(`${line}\n`)) done();
    else {
      stream.once('drain', done);
      stream.once('error', fail);
    }
  });
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((done, fail) => {
    stream.once('error', fail);
    stream.end(done);
  });
}

export interface LogicalBackupOptions {
  /** BACKUP_DATABASE_URL: continuum_backup (or a superuser) in the application database. */
  url: string;
  outDir: string;
  /** The local storage driver's folder of uploaded files, copied after the database. */
  documentsDir?: string;
  log: (message: string) => void;
  now?: Date;
}

/**
 * Reads every row of every application and job table in one REPEATABLE READ transaction (one
 * snapshot, so the tables agree with each other) with row security off: a role that cannot
 * bypass it gets an error instead of a backup with empty tenant tables.
 */
export async function takeLogicalBackup(options: LogicalBackupOptions): Promise<string> {
  const now = options.now ?? new Date();
  const name = backupName('logical', now);
  const finalDir = join(options.outDir, name);
  const workDir = `${finalDir}.partial`;
  const client = new Client({
    connectionString: options.url,
    application_name: 'continuum-backup',
  });
  await client.connect();
  try {
    const role = await client.query<{ ok: boolean; version: string; num: string }>(
      `SELECT rolsuper OR rolbypassrls AS ok, version() AS version,
              current_setting('server_version_num') AS num
         FROM pg_roles WHERE rolname = current_user`,
    );
    const server = role.rows[0]!;
    if (!server.ok) {
      throw new Error(
        `the role in BACKUP_DATABASE_URL cannot bypass row-level security, so it would back up empty tenant tables: use ${BACKUP_ROLE} (docs/operations.md)`,
      );
    }
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Off, not bypassed silently: PostgreSQL raises an error if a policy would still apply.
    await client.query('SET LOCAL row_security = off');
    const tables = await tablesInLoadOrder(client);
    const migrations = (
      await client.query<{ name: string }>('SELECT name FROM public.migrations ORDER BY id')
    ).rows.map((r) => r.name);

    await mkdir(join(workDir, 'tables'), { recursive: true, mode: 0o700 });
    await chmod(workDir, 0o700);
    const files: FileEntry[] = [];
    const manifestTables: LogicalBackupManifest['tables'] = [];
    for (const table of tables) {
      const file = `tables/${table.schema}.${table.name}.jsonl`;
      const stream = createWriteStream(join(workDir, file), { mode: 0o600 });
      await client.query(
        `DECLARE rows_out NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${table.qualified} t`,
      );
      let lines: string[] = [];
      let count = 0;
      for (;;) {
        const batch = await client.query<{ line: string }>('FETCH FORWARD 1000 FROM rows_out');
        if (batch.rows.length === 0) break;
        count += batch.rows.length;
        if (table.selfKeys.length) lines.push(...batch.rows.map((r) => r.line));
        else for (const { line } of batch.rows) await writeLine(stream, line);
      }
      await client.query('CLOSE rows_out');
      if (table.selfKeys.length) {
        for (const line of orderSelfReferences(lines, table.selfKeys))
          await writeLine(stream, line);
        lines = [];
      }
      await closeStream(stream);
      files.push({ path: file, ...(await checksumOf(join(workDir, file))) });
      manifestTables.push({ name: `${table.schema}.${table.name}`, file, rows: count });
    }
    const sequences = await client.query<{ name: string; last_value: string | null }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text
         FROM pg_sequences WHERE schemaname = ANY($1) ORDER BY 1`,
      [BACKED_UP_SCHEMAS],
    );
    await client.query('COMMIT');
    if (options.documentsDir) await copyTree(options.documentsDir, workDir, 'documents', files);

    const manifest: LogicalBackupManifest = {
      format: LOGICAL_BACKUP_FORMAT,
      createdAt: now.toISOString(),
      postgres: { version: server.version, versionNum: Number(server.num) },
      migrations,
      tables: manifestTables,
      sequences: sequences.rows.map((s) => ({ name: s.name, lastValue: s.last_value })),
      rowCounts: Object.fromEntries(manifestTables.map((t) => [t.name, t.rows])),
      files,
    };
    await writeFile(join(workDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: 0o600,
    });
    await rename(workDir, finalDir);
    options.log(`backup written to ${finalDir} (${tables.length} tables)`);
    return finalDir;
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}

export interface RestoreLogicalBackupOptions {
  backupDir: string;
  /** DATABASE_OWNER_URL of a new, empty database created as docs/operations.md describes. */
  ownerUrl: string;
  log: (message: string) => void;
}

/**
 * Migrates the empty target database to the backup's schema version, then, in one transaction
 * as the owner, loads every table: forced row-level security and user triggers (the audit
 * trail's) are lifted only inside that transaction, the rows are counted against the manifest,
 * and everything is put back before COMMIT, so a failure leaves the database as it was.
 */
export async function restoreLogicalBackup(
  options: RestoreLogicalBackupOptions,
): Promise<RowCounts> {
  const { backupDir, log } = options;
  const manifestFile = join(backupDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new BackupIntegrityError(
      `${backupDir} has no manifest.json: it is not a complete backup`,
    );
  }
  const manifest = await readJson<LogicalBackupManifest>(manifestFile);
  const format: string = manifest.format;
  if (format !== LOGICAL_BACKUP_FORMAT) {
    throw new BackupIntegrityError(
      `${backupDir} holds a "${format}" backup; with DATABASE_URL set, \`npm run restore\` needs ${LOGICAL_BACKUP_FORMAT}`,
    );
  }
  await verifyFiles(backupDir, manifest.files);
  log(`checked ${manifest.files.length} files against manifest.json`);

  await prepareDatabase(options.ownerUrl);
  const client = new Client({
    connectionString: options.ownerUrl,
    application_name: 'continuum-restore',
  });
  await client.connect();
  try {
    const migrations = (
      await client.query<{ name: string }>('SELECT name FROM public.migrations ORDER BY id')
    ).rows.map((r) => r.name);
    if (JSON.stringify(migrations) !== JSON.stringify(manifest.migrations)) {
      throw new Error(
        `the backup's schema has ${manifest.migrations.length} migrations ending "${manifest.migrations.at(-1)}", this release has ${migrations.length} ending "${migrations.at(-1)}": restore with the release that took the backup, then upgrade`,
      );
    }
    await client.query('BEGIN');
    const forced = (
      await client.query<{ name: string }>(
        `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relforcerowsecurity AND n.nspname = ANY($1)`,
        [BACKED_UP_SCHEMAS],
      )
    ).rows.map((r) => r.name);
    for (const table of forced)
      await client.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    const present = await tableRowCounts(client);
    const occupied = Object.entries(present).filter(
      ([name, rows]) => name.startsWith('public.') && name !== 'public.migrations' && rows > 0,
    );
    if (occupied.length) {
      throw new Error(
        `the target database already holds data (${occupied.map(([n]) => n).join(', ')}): restore into a new, empty database`,
      );
    }
    const missing = manifest.tables.filter((t) => !(t.name in present)).map((t) => t.name);
    if (missing.length) throw new Error(`the target database has no table ${missing.join(', ')}`);
    const quoted = manifest.tables.map((t) => t.name.split('.').map(q).join('.'));
    // User triggers stay off while loading: the audit trail's refuses TRUNCATE, and restored
    // rows are history, not new events.
    for (const table of quoted) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // Migrations and pg-boss's setup wrote their own bookkeeping rows; the backup's replace them.
    await client.query(`TRUNCATE ${quoted.join(', ')}`);

    for (const [i, table] of manifest.tables.entries()) {
      const target = quoted[i]!;
      const columns = (
        await client.query<{ name: string }>(
          `SELECT quote_ident(attname) AS name FROM pg_attribute
            WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            ORDER BY attnum`,
          [target],
        )
      ).rows.map((r) => r.name);
      const list = columns.join(', ');
      const insert = `INSERT INTO ${target} (${list}) OVERRIDING SYSTEM VALUE
                      SELECT ${list} FROM json_populate_recordset(NULL::${target}, $1::json)`;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(',')}]`]);
        batch = [];
      };
      const lines = createInterface({ input: createReadStream(join(backupDir, table.file)) });
      for await (const line of lines) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= 500) await flush();
      }
      await flush();
    }
    for (const sequence of manifest.sequences) {
      if (sequence.lastValue !== null) {
        await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [
          sequence.name,
          sequence.lastValue,
        ]);
      }
    }
    const loaded = await tableRowCounts(client);
    const differences = manifest.tables.filter((t) => loaded[t.name] !== t.rows);
    if (differences.length) {
      throw new Error(
        `rows differ after loading: ${differences.map((t) => `${t.name} ${t.rows} in the backup, ${loaded[t.name]} loaded`).join('; ')}`,
      );
    }
    for (const table of quoted) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    for (const table of forced) await client.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    await client.query('COMMIT');
    log(`restored ${manifest.tables.length} tables; rows match the backup's manifest`);
    return loaded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
