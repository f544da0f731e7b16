import 'reflect-metadata';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '../platform/config/config';
import { restoreBaseBackup } from '../platform/database/backup/base-backup';
import {
  type FileEntry,
  readJson,
  restoreDocuments,
} from '../platform/database/backup/backup-files';
import { restoreLogicalBackup } from '../platform/database/backup/logical-backup';

/**
 * `npm run restore -- BACKUP_FOLDER`. Embedded: lays the base backup into the configured data
 * folder (which must not exist yet), lets PostgreSQL recover it and checks the rows. External:
 * loads a logical backup into the new, empty database that DATABASE_URL and DATABASE_OWNER_URL
 * name. Either way, documents go back into the local storage folder, which must be empty.
 */
async function main(): Promise<void> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!arg) {
    throw new Error('name the backup folder: npm run restore -- backups/continuum-base-…');
  }
  const backupDir = resolve(arg);
  const config = loadConfig();
  const log = (message: string) => process.stdout.write(`[restore] ${message}\n`);
  const { files } = await readJson<{ files?: FileEntry[] }>(join(backupDir, 'manifest.json')).catch(
    () => ({ files: [] as FileEntry[] }),
  );
  const hasDocuments = (files ?? []).some((f) => f.path.startsWith('documents/'));
  const documentsDir = config.storage.driver === 'local' ? config.storage.dir : null;
  if (hasDocuments && documentsDir && (await readdir(documentsDir).catch(() => [])).length > 0) {
    throw new Error(`${documentsDir} is not empty: move it aside first`);
  }

  if (config.database.mode === 'embedded') {
    const report = await restoreBaseBackup({
      backupDir,
      dataDir: config.database.dataDir,
      port: config.database.port,
      durable: config.database.durable,
      log,
    });
    for (const difference of report.differences) log(`rows differ: ${difference}`);
    const tables = Object.keys(report.rowCounts).length;
    log(
      report.differences.length
        ? `restored ${config.database.dataDir}; ${report.differences.length} of ${tables} tables differ from the rows counted while the backup ran (writes during the backup are replayed too)`
        : `restored ${config.database.dataDir}: ${tables} tables, rows as counted at backup time`,
    );
  } else {
    // loadConfig always sets the owner URL (DATABASE_OWNER_URL, else DATABASE_URL); only the
    // serving config drops it.
    const ownerUrl = config.database.ownerUrl ?? config.database.appUrl;
    await restoreLogicalBackup({ backupDir, ownerUrl, log });
  }
  if (hasDocuments) {
    if (!documentsDir) {
      log(
        'the backup holds documents, but STORAGE_DRIVER=s3: copy its documents/ folder to the bucket',
      );
    } else {
      log(
        `restored ${await restoreDocuments(backupDir, files ?? [], documentsDir)} document files`,
      );
    }
  }
  log('done: start the API (`npm start`, or with SEED=none against an external database)');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Restore failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
