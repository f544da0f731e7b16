import { DATABASE_NAME, OWNER_ROLE } from '../roles';

/**
 * The role logical backups of an external PostgreSQL read as. Tenant tables FORCE row-level
 * security, so the owner sees no rows without an organization set (and pg_dump as the owner
 * aborts); BYPASSRLS with SELECT only lets this role read every row and change nothing. The API
 * never connects as it. An operator runs this SQL as a superuser (or the managed service's
 * admin role) in the application database; docs/operations.md "Backup and restore".
 */
export const BACKUP_ROLE = 'continuum_backup';

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function backupRoleSql(password: string, database: string = DATABASE_NAME): string[] {
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${BACKUP_ROLE}') THEN
         CREATE ROLE ${BACKUP_ROLE} LOGIN NOSUPERUSER BYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD ${literal(password)};
       END IF;
     END $$`,
    `GRANT CONNECT ON DATABASE ${database} TO ${BACKUP_ROLE}`,
    `GRANT USAGE ON SCHEMA public TO ${BACKUP_ROLE}`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${BACKUP_ROLE}`,
    `GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO ${BACKUP_ROLE}`,
    `DO $$ BEGIN
       IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'pgboss') THEN
         GRANT USAGE ON SCHEMA pgboss TO ${BACKUP_ROLE};
         GRANT SELECT ON ALL TABLES IN SCHEMA pgboss TO ${BACKUP_ROLE};
       END IF;
     END $$`,
    // Tables and schemas the owner's later migrations create are readable too.
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} GRANT SELECT ON TABLES TO ${BACKUP_ROLE}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} GRANT SELECT ON SEQUENCES TO ${BACKUP_ROLE}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} GRANT USAGE ON SCHEMAS TO ${BACKUP_ROLE}`,
  ];
}
