/**
 * The two database roles. The owner runs migrations and owns every table; the application
 * role owns nothing and has no BYPASSRLS, so row-level security always applies to the
 * requests it serves (docs/adr/0001-row-level-security.md).
 */
export const OWNER_ROLE = 'continuum_owner';
export const APP_ROLE = 'continuum_app';
export const DATABASE_NAME = 'continuum';

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Statements a superuser runs once to create the roles and the database. The same SQL is
 * what an operator runs on an external PostgreSQL (docs/operations.md).
 */
export function createRolesSql(passwords: { owner: string; app: string }): string[] {
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
         CREATE ROLE ${OWNER_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD ${literal(passwords.owner)};
       END IF;
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
         CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD ${literal(passwords.app)};
       END IF;
     END $$`,
  ];
}

/** Run inside the application database as a superuser after it exists. */
export function prepareDatabaseSql(database: string = DATABASE_NAME): string[] {
  return [
    `REVOKE ALL ON DATABASE ${database} FROM PUBLIC`,
    `GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${APP_ROLE}`,
    `GRANT ALL ON DATABASE ${database} TO ${OWNER_ROLE}`,
    `ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`,
    `REVOKE ALL ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
  ];
}
