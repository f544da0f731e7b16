import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { loadConfig } from '../platform/config/config';
import { findRepoRoot } from '../platform/config/repo-root';
import { takeBaseBackup } from '../platform/database/backup/base-backup';
import { backupRoleSql } from '../platform/database/backup/backup-role';
import { takeLogicalBackup } from '../platform/database/backup/logical-backup';

/** The folder that receives backups: `--out DIR`, else BACKUP_DIR, else `backups/` at the root. */
function backupRoot(args: string[], env: NodeJS.ProcessEnv): string {
  const flag = args.indexOf('--out');
  const chosen = flag >= 0 ? args[flag + 1] : env.BACKUP_DIR;
  return chosen ? resolve(chosen) : join(findRepoRoot(), 'backups');
}

/**
 * `npm run backup [-- --out DIR]`. With the embedded PostgreSQL (no DATABASE_URL): a base
 * backup of the running cluster. With DATABASE_URL: a logical backup read as continuum_backup
 * (BACKUP_DATABASE_URL). `npm run backup -- --role-sql` prints the SQL that creates that role
 * (password from CONTINUUM_BACKUP_PASSWORD). docs/operations.md "Backup and restore".
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--role-sql')) {
    const password = process.env.CONTINUUM_BACKUP_PASSWORD;
    if (!password) throw new Error('set CONTINUUM_BACKUP_PASSWORD to the backup role password');
    process.stdout.write(`${backupRoleSql(password).join(';\n')};\n`);
    return;
  }
  const config = loadConfig();
  const outDir = backupRoot(args, process.env);
  const log = (message: string) => process.stdout.write(`[backup] ${message}\n`);
  const documentsDir = config.storage.driver === 'local' ? config.storage.dir : undefined;
  if (!documentsDir) {
    log('documents are in the S3 bucket: back it up with the bucket (versioning or replication)');
  }
  let dir: string;
  if (config.database.mode === 'embedded') {
    dir = await takeBaseBackup({
      dataDir: config.database.dataDir,
      port: config.database.port,
      outDir,
      documentsDir,
      log,
    });
  } else {
    const url = process.env.BACKUP_DATABASE_URL;
    if (!url) {
      throw new Error(
        'DATABASE_URL is set, so this is an external PostgreSQL: set BACKUP_DATABASE_URL to the continuum_backup role (docs/operations.md "Backup and restore")',
      );
    }
    dir = await takeLogicalBackup({ url, outDir, documentsDir, log });
  }
  // The last line is the backup's folder, for scripts.
  process.stdout.write(`${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Backup failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
