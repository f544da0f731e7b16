import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from '../platform/config/config';
import { restoreBaseBackup } from '../platform/database/backup/base-backup';
import { restoreLogicalBackup } from '../platform/database/backup/logical-backup';

/**
 * `npm run restore -- BACKUP_FOLDER`. Embedded: lays the base backup into the configured data
 * folder (which must not exist yet), lets PostgreSQL recover it and checks the rows. External:
 * loads a logical backup into the new, empty database that DATABASE_URL and DATABASE_OWNER_URL
 * name.
 */
async function main(): Promise<void> {
  const backupDir = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!backupDir) {
    throw new Error('name the backup folder: npm run restore -- backups/continuum-base-…');
  }
  const config = loadConfig();
  const log = (message: string) => process.stdout.write(`[restore] ${message}\n`);
  if (config.database.mode === 'embedded') {
    const report = await restoreBaseBackup({
      backupDir: resolve(backupDir),
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
        : `restored ${config.database.dataDir}: ${tables} tables, rows as counted at backup time. Start the API with \`npm start\`.`,
    );
    return;
  }
  await restoreLogicalBackup({
    backupDir: resolve(backupDir),
    ownerUrl: config.database.ownerUrl,
    log,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Restore failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
