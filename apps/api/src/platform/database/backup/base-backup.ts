import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  copyFile,
  mkdir,
  readdir,
  realpath,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { DATABASE_NAME } from '../roles';
import {
  BackupIntegrityError,
  backupName,
  checksumOf,
  copyTree,
  copyWithChecksum,
  type FileEntry,
  readJson,
  verifyFiles,
} from './backup-files';
import { type RowCounts, tableRowCounts } from './database-inventory';

/**
 * A physical backup of the embedded cluster taken with PostgreSQL's low-level base backup API
 * (PostgreSQL 18 manual, "Making a Base Backup Using the Low Level API"). It needs no client
 * binary, so it works with the embedded server, which ships only initdb, pg_ctl and postgres.
 */
export const BASE_BACKUP_FORMAT = 'continuum-base-backup/1';

export interface BaseBackupManifest {
  format: typeof BASE_BACKUP_FORMAT;
  createdAt: string;
  label: string;
  postgres: { version: string; versionNum: number; major: number };
  timeline: string;
  startLsn: string;
  stopLsn: string;
  walSegments: string[];
  /** Rows per table while the backup ran (the restore checks them when nothing wrote meanwhile). */
  rowCounts: RowCounts;
  migrations: string[];
  files: FileEntry[];
}

/** Where the embedded setup keeps the cluster's passwords (beside its data folder). */
export function credentialsFileOf(dataDir: string): string {
  return `${dataDir}.credentials.json`;
}

interface Credentials {
  superuser: string;
}

export async function embeddedSuperuserUrl(dataDir: string, port: number): Promise<string> {
  const file = credentialsFileOf(dataDir);
  if (!existsSync(file)) {
    throw new Error(
      `${file} does not exist: no embedded PostgreSQL has been set up in ${dataDir} (run \`npm start\` once, or set CONTINUUM_DATA_DIR)`,
    );
  }
  const { superuser } = await readJson<Credentials>(file);
  return `postgres://postgres:${encodeURIComponent(superuser)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/**
 * Files the manual says to leave out of a base backup (their contents are rebuilt at start-up
 * or belong to the running server), and pg_wal, whose needed segments are added separately.
 */
const EMPTIED_DIRECTORIES = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_manifest',
  'pg_internal.init',
]);
/** Temporary relations (t<backend>_<relfilenode>) and temporary files are never needed. */
const TEMPORARY = /^(pgsql_tmp|t\d+_\d+)/;

/** A WAL segment's name: timeline, then the segment number as two 8-digit hex halves. */
const WAL_SEGMENT = /^[0-9A-F]{24}$/;

function walSegmentNumber(name: string, segmentBytes: number): bigint {
  const perLogId = 0x1_0000_0000n / BigInt(segmentBytes);
  return BigInt(`0x${name.slice(8, 16)}`) * perLogId + BigInt(`0x${name.slice(16, 24)}`);
}

export interface TakeBaseBackupOptions {
  dataDir: string;
  port: number;
  /** The folder that receives one timestamped backup folder per run. */
  outDir: string;
  /** The local storage driver's folder of uploaded files, copied after the database. */
  documentsDir?: string;
  log: (message: string) => void;
  now?: Date;
}

/**
 * Copies the running embedded cluster: pg_backup_start, copy the data folder, pg_backup_stop,
 * then the backup_label it returns and every WAL segment from the start to the stop location,
 * so the copy recovers to a consistent state by itself. A temporary physical replication slot
 * created first keeps those segments from being recycled by a checkpoint during the copy.
 * Returns the backup's folder; it is written as `<name>.partial` and renamed when complete.
 */
export async function takeBaseBackup(options: TakeBaseBackupOptions): Promise<string> {
  const { port, outDir, log } = options;
  const now = options.now ?? new Date();
  const dataDir = await realpath(options.dataDir);
  const client = new Client({
    connectionString: await embeddedSuperuserUrl(options.dataDir, port),
    application_name: 'continuum-backup',
  });
  await client.connect().catch((error: unknown) => {
    throw new Error(
      `could not connect to the embedded PostgreSQL on 127.0.0.1:${port} (is the API running? A base backup copies a running server): ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const name = backupName('base', now);
  const finalDir = join(outDir, name);
  const workDir = `${finalDir}.partial`;
  let backupStarted = false;
  try {
    const server = await client.query<{ data_directory: string; version: string; num: string }>(
      `SELECT current_setting('data_directory') AS data_directory, version() AS version,
              current_setting('server_version_num') AS num`,
    );
    const info = server.rows[0]!;
    if ((await realpath(info.data_directory).catch(() => info.data_directory)) !== dataDir) {
      throw new Error(
        `the PostgreSQL on port ${port} serves ${info.data_directory}, not ${dataDir}: check CONTINUUM_DATA_DIR and EMBEDDED_POSTGRES_PORT`,
      );
    }
    const versionNum = Number(info.num);
    if (versionNum < 150000) {
      throw new Error(`PostgreSQL ${info.version} is older than 15, which has pg_backup_start()`);
    }
    if ((await readdir(join(dataDir, 'pg_tblspc'))).length > 0) {
      throw new Error(
        'the cluster has tablespaces outside its data folder; this backup does not copy them',
      );
    }
    const segmentBytes = Number(
      (
        await client.query<{ s: string }>(
          `SELECT setting AS s FROM pg_settings WHERE name = 'wal_segment_size'`,
        )
      ).rows[0]!.s,
    );

    await mkdir(workDir, { recursive: true, mode: 0o700 });
    await chmod(workDir, 0o700);
    await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [
      `continuum_backup_${process.pid}`,
    ]);
    const label = `continuum ${name}`;
    // fast => true: an immediate checkpoint, so the backup starts now rather than at the next
    // scheduled checkpoint.
    const start = await client.query<{ lsn: string; walfile: string }>(
      `SELECT lsn::text, pg_walfile_name(lsn) AS walfile FROM pg_backup_start($1, true) AS lsn`,
      [label],
    );
    backupStarted = true;
    const { lsn: startLsn, walfile: startSegment } = start.rows[0]!;
    log(`backup started at WAL ${startLsn}`);

    const files: FileEntry[] = [];
    const dataOut = join(workDir, 'data');
    await copyCluster(dataDir, dataOut, files, workDir);

    const rowCounts = await tableRowCounts(client);
    const migrations = await client
      .query<{ name: string }>(`SELECT name FROM public.migrations ORDER BY id`)
      .then((r) => r.rows.map((row) => row.name))
      .catch(() => [] as string[]);

    // The second argument, wait_for_archive, is false: the embedded server does not archive
    // WAL, and the segments are collected below instead.
    const stop = await client.query<{
      lsn: string;
      walfile: string;
      labelfile: string;
      spcmapfile: string | null;
    }>(
      `SELECT lsn::text, pg_walfile_name(lsn) AS walfile, labelfile, spcmapfile FROM pg_backup_stop(false)`,
    );
    backupStarted = false;
    const { lsn: stopLsn, walfile: stopSegment, labelfile, spcmapfile } = stop.rows[0]!;
    log(`backup stopped at WAL ${stopLsn}`);

    // Written byte for byte, as the manual requires.
    await writeFile(join(dataOut, 'backup_label'), labelfile, { mode: 0o600 });
    files.push({ path: 'data/backup_label', ...(await checksumOf(join(dataOut, 'backup_label'))) });
    if (spcmapfile) {
      await writeFile(join(dataOut, 'tablespace_map'), spcmapfile, { mode: 0o600 });
      files.push({
        path: 'data/tablespace_map',
        ...(await checksumOf(join(dataOut, 'tablespace_map'))),
      });
    }

    const timeline = startSegment.slice(0, 8);
    const first = walSegmentNumber(startSegment, segmentBytes);
    const last = walSegmentNumber(stopSegment, segmentBytes);
    const walSegments = (await readdir(join(dataDir, 'pg_wal')))
      .filter((f) => WAL_SEGMENT.test(f) && f.startsWith(timeline))
      .filter((f) => {
        const n = walSegmentNumber(f, segmentBytes);
        return n >= first && n <= last;
      })
      .sort();
    if (BigInt(walSegments.length) !== last - first + 1n) {
      throw new Error(
        `WAL segments ${startSegment} to ${stopSegment} are not all in ${dataDir}/pg_wal; the backup is not usable`,
      );
    }
    const history = (await readdir(join(dataDir, 'pg_wal'))).filter((f) => f.endsWith('.history'));
    for (const segment of [...history, ...walSegments]) {
      const path = `data/pg_wal/${segment}`;
      files.push({
        path,
        ...(await copyWithChecksum(join(dataDir, 'pg_wal', segment), join(workDir, path))),
      });
    }

    // After pg_backup_stop: a document's file is stored before its row commits, so every row
    // in the backup finds its file (files newer than the backup are orphans the sweep removes).
    if (options.documentsDir) await copyTree(options.documentsDir, workDir, 'documents', files);

    const credentialsOut = join(workDir, 'credentials.json');
    files.push({
      path: 'credentials.json',
      ...(await copyWithChecksum(credentialsFileOf(options.dataDir), credentialsOut)),
    });

    const manifest: BaseBackupManifest = {
      format: BASE_BACKUP_FORMAT,
      createdAt: now.toISOString(),
      label,
      postgres: { version: info.version, versionNum, major: Math.floor(versionNum / 10000) },
      timeline,
      startLsn,
      stopLsn,
      walSegments,
      rowCounts,
      migrations,
      files,
    };
    await writeFile(join(workDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: 0o600,
    });
    await rename(workDir, finalDir);
    log(
      `backup written to ${finalDir} (${walSegments.length} WAL segment(s), ${files.length} files)`,
    );
    return finalDir;
  } catch (error) {
    if (backupStarted) await client.query(`SELECT pg_backup_stop(false)`).catch(() => undefined);
    await rm(workDir, { recursive: true, force: true });
    throw error;
  } finally {
    // Ending the session also drops the temporary replication slot.
    await client.end();
  }
}

/**
 * Copies the data folder, leaving out what the manual says to leave out; the folders
 * themselves are kept (empty), since the server expects them. pg_control is copied last, as
 * pg_basebackup does.
 */
async function copyCluster(
  dataDir: string,
  dataOut: string,
  files: FileEntry[],
  backupRoot: string,
): Promise<void> {
  const copyOne = async (from: string, to: string) => {
    try {
      const sum = await copyWithChecksum(from, to);
      files.push({ path: relative(backupRoot, to).split(sep).join('/'), ...sum });
    } catch (error) {
      // A file dropped while the copy runs (a dropped table, a finished temporary file) is
      // expected; WAL replay accounts for it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await rm(to, { force: true });
    }
  };
  const walk = async (from: string, to: string, depth: number): Promise<void> => {
    await mkdir(to, { recursive: true, mode: 0o700 });
    const entries = await readdir(from, { withFileTypes: true }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (entry.isDirectory()) {
        if (TEMPORARY.test(entry.name)) continue;
        if (depth === 0 && EMPTIED_DIRECTORIES.has(entry.name)) {
          await mkdir(target, { mode: 0o700 });
          continue;
        }
        await walk(source, target, depth + 1);
      } else if (entry.isFile()) {
        if (SKIPPED_FILES.has(entry.name) || TEMPORARY.test(entry.name)) continue;
        if (depth === 1 && from.endsWith(`${sep}global`) && entry.name === 'pg_control') continue;
        await copyOne(source, target);
      }
    }
  };
  await walk(dataDir, dataOut, 0);
  await copyOne(join(dataDir, 'global', 'pg_control'), join(dataOut, 'global', 'pg_control'));
}

export interface RestoreBaseBackupOptions {
  backupDir: string;
  /** A data folder that does not exist yet (or is empty). */
  dataDir: string;
  /** The port to start the restored cluster on while it recovers and is checked. */
  port: number;
  durable: boolean;
  log: (message: string) => void;
}

export interface RestoreReport {
  manifest: BaseBackupManifest;
  rowCounts: RowCounts;
  /** Tables whose rows differ from the manifest (writes during the backup, or a problem). */
  differences: string[];
}

async function postgresOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const run = promisify(execFile);
  const [uid, gid] = await Promise.all([
    run('id', ['-u', 'postgres']).then((r) => Number(r.stdout.trim())),
    run('id', ['-g', 'postgres']).then((r) => Number(r.stdout.trim())),
  ]);
  return { uid, gid };
}

async function chownTree(dir: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(dir, owner.uid, owner.gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(path, owner);
    else await chown(path, owner.uid, owner.gid);
  }
}

/**
 * Lays a base backup into a fresh data folder, starts PostgreSQL on it once so it replays the
 * backup's WAL from the checkpoint named in backup_label to a consistent state (it refuses to
 * start if any of that WAL is missing), compares the rows with the manifest, and stops it.
 */
export async function restoreBaseBackup(options: RestoreBaseBackupOptions): Promise<RestoreReport> {
  const { backupDir, dataDir, log } = options;
  const manifestFile = join(backupDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new BackupIntegrityError(
      `${backupDir} has no manifest.json: it is not a complete backup`,
    );
  }
  const manifest = await readJson<BaseBackupManifest>(manifestFile);
  const format: string = manifest.format;
  if (format !== BASE_BACKUP_FORMAT) {
    throw new BackupIntegrityError(
      `${backupDir} holds a "${format}" backup; \`npm run restore\` of a data folder needs ${BASE_BACKUP_FORMAT}`,
    );
  }
  const existing = await readdir(dataDir).catch(() => null);
  if (existing && existing.length > 0) {
    throw new Error(
      `${dataDir} is not empty: stop the API and move it aside first (a restore never overwrites a cluster)`,
    );
  }
  await verifyFiles(backupDir, manifest.files);
  log(`checked ${manifest.files.length} files against manifest.json`);

  let db: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  try {
    await mkdir(dirname(dataDir), { recursive: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const walk = async (from: string, to: string): Promise<void> => {
      await mkdir(to, { recursive: true, mode: 0o700 });
      for (const entry of await readdir(from, { withFileTypes: true })) {
        if (entry.isDirectory()) await walk(join(from, entry.name), join(to, entry.name));
        else await copyFile(join(from, entry.name), join(to, entry.name));
      }
    };
    await walk(join(backupDir, 'data'), dataDir);
    for (const dir of ['pg_wal/archive_status', 'pg_wal/summaries']) {
      await mkdir(join(dataDir, dir), { recursive: true, mode: 0o700 });
    }
    // PostgreSQL refuses a data folder others can read.
    await chmod(dataDir, 0o700);
    await copyFile(join(backupDir, 'credentials.json'), credentialsFileOf(dataDir));
    await chmod(credentialsFileOf(dataDir), 0o600);
    const owner = await postgresOwner();
    if (owner) await chownTree(dataDir, owner);

    log(`starting PostgreSQL on ${dataDir} to replay WAL up to ${manifest.stopLsn}`);
    db = await startEmbeddedPostgres({
      dataDir,
      port: options.port,
      durable: options.durable,
      log,
    });
  } catch (error) {
    // The folder was empty or absent: take back what was laid down, so a retry can start over.
    await rm(dataDir, { recursive: true, force: true });
    await rm(credentialsFileOf(dataDir), { force: true });
    throw new Error(
      `PostgreSQL could not start on the restored files (${error instanceof Error ? error.message : String(error)}); ${dataDir} was removed again`,
    );
  }
  try {
    const client = new Client({
      connectionString: db.superuserUrl.replace(/\/postgres$/, `/${DATABASE_NAME}`),
    });
    await client.connect();
    try {
      const recovering = await client.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
      if (recovering.rows[0]?.r) throw new Error('the restored cluster is still in recovery');
      const rowCounts = await tableRowCounts(client);
      const tables = new Set([...Object.keys(rowCounts), ...Object.keys(manifest.rowCounts)]);
      const differences = [...tables]
        .filter((t) => rowCounts[t] !== manifest.rowCounts[t])
        .map(
          (t) =>
            `${t}: ${manifest.rowCounts[t] ?? 'absent'} in the manifest, ${rowCounts[t] ?? 'absent'} restored`,
        );
      return { manifest, rowCounts, differences };
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
}
