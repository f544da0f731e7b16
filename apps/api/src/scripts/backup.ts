import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { loadConfig } from '../platform/config/config';
import { findRepoRoot } from '../platform/config/repo-root';
import { takeBaseBackup } from '../platform/database/backup/base-backup';
import { takeLogicalBackup } from '../platform/database/backup/logical-backup';

/** The folder that receives backups: `--out DIR`, else BACKUP_DIR, else `backups/` at the root. */
export function backupRoot(args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const flag = args.indexOf('--out');
  const chosen = flag >= 0 ? args[flag + 1] : env.BACKUP_DIR;
  return chosen ? resolve(chosen) : join(findRepoRoot(), 'backups');
}

/**
 * `npm run backup [-- --out DIR]`. With the embedded PostgreSQL (no DATABASE_URL): a base
 * backup of the running cluster. With DATABASE_URL: a logical export as continuum_backup
 * (BACKUP_DATABASE_URL). docs/operations.md "Backup and restore".
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const outDir = backupRoot(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`[backup] ${message}\n`);
  if (config.database.mode === 'embedded') {
    const dir = await takeBaseBackup({
      dataDir: config.database.dataDir,
      port: config.database.port,
      outDir,
      log,
    });
    process.stdout.write(`${dir}\n`);
    return;
  }
  const url = process.env.BACKUP_DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is set, so this is an external PostgreSQL: set BACKUP_DATABASE_URL to the continuum_backup role (docs/operations.md "Backup and restore")',
    );
  }
  const dir = await takeLogicalBackup({ url, outDir, log });
  process.stdout.write(`${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Backup failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
