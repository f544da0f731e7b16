export interface LogicalBackupOptions {
  env: NodeJS.ProcessEnv;
  outDir: string;
  log: (message: string) => void;
}
export function takeLogicalBackup(_options: LogicalBackupOptions): Promise<string> {
  return Promise.reject(new Error('not yet'));
}
export function restoreLogicalBackup(_options: {
  backupDir: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
}): Promise<void> {
  return Promise.reject(new Error('not yet'));
}
