import type { Client } from 'pg';

/** The schemas a backup must carry: the application's tables and pg-boss's jobs. */
export const BACKED_UP_SCHEMAS = ['public', 'pgboss'] as const;

export type RowCounts = Record<string, number>;

/** A PostgreSQL identifier, quoted. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Rows in every table of the backed-up schemas, keyed `schema.table`. Run as a role that sees
 * every row (the superuser or continuum_backup): under forced row-level security anyone else
 * counts only one organization, or nothing.
 */
export async function tableRowCounts(client: Client): Promise<RowCounts> {
  const counts: RowCounts = {};
  for (const { schema, name } of await backedUpTables(client)) {
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${quoteIdent(schema)}.${quoteIdent(name)}`,
    );
    counts[`${schema}.${name}`] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

/** SQL that is true when the object `oid` belongs to an extension (pg_stat_statements' views). */
const EXTENSION_MEMBER = (oid: string) =>
  `EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const lines = (result: { rows: { line: string }[] }) => result.rows.map((row) => row.line);

/**
 * What a restore must bring back besides rows: row-level security policies, table grants and
 * user triggers (the audit trail's append-only trigger among them). Sorted text, so two
 * databases compare with one equality.
 */
export interface SecurityInventory {
  policies: string[];
  grants: string[];
  triggers: string[];
  forcedRowSecurity: string[];
}

export async function securityInventory(
  client: Client,
  schemas: readonly string[] = BACKED_UP_SCHEMAS,
): Promise<SecurityInventory> {
  const policies = await client.query<{ line: string }>(
    `SELECT concat_ws(' | ', schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check) AS line
       FROM pg_policies WHERE schemaname = ANY($1) ORDER BY 1`,
    [schemas],
  );
  const grants = await client.query<{ line: string }>(
    `SELECT concat_ws(' | ', table_schema, table_name, grantee, privilege_type, is_grantable) AS line
       FROM information_schema.role_table_grants g
       JOIN pg_class c ON c.oid = to_regclass(quote_ident(g.table_schema) || '.' || quote_ident(g.table_name))
      -- An owner holds every privilege on its tables; what matters is what others were given.
      WHERE g.table_schema = ANY($1) AND g.grantee <> pg_get_userbyid(c.relowner)
        AND NOT ${EXTENSION_MEMBER('c.oid')}
      ORDER BY 1`,
    [schemas],
  );
  const triggers = await client.query<{ line: string }>(
    `SELECT concat_ws(' | ', n.nspname, c.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid)) AS line
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND n.nspname = ANY($1) ORDER BY 1`,
    [schemas],
  );
  const forced = await client.query<{ line: string }>(
    `SELECT n.nspname || '.' || c.relname AS line
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relforcerowsecurity AND n.nspname = ANY($1) ORDER BY 1`,
    [schemas],
  );
  return {
    policies: lines(policies),
    grants: lines(grants),
    triggers: lines(triggers),
    forcedRowSecurity: lines(forced),
  };
}

/** Every table of the backed-up schemas (partitions through their parent), by name. */
export async function backedUpTables(client: Client): Promise<{ schema: string; name: string }[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1) AND NOT c.relispartition
      ORDER BY 1, 2`,
    [BACKED_UP_SCHEMAS],
  );
  return rows;
}

/** What the planner and the data's rules rest on: index definitions and table constraints. */
export interface StructureInventory {
  indexes: string[];
  constraints: string[];
}

export async function structureInventory(
  client: Client,
  schemas: readonly string[],
): Promise<StructureInventory> {
  const indexes = await client.query<{ line: string }>(
    `SELECT concat_ws(' | ', schemaname, tablename, indexdef) AS line
       FROM pg_indexes WHERE schemaname = ANY($1) ORDER BY 1`,
    [schemas],
  );
  const constraints = await client.query<{ line: string }>(
    `SELECT concat_ws(' | ', n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)) AS line
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND NOT ${EXTENSION_MEMBER('c.oid')} ORDER BY 1`,
    [schemas],
  );
  return { indexes: lines(indexes), constraints: lines(constraints) };
}

/**
 * The application schema's structure and security as sorted text, a section each: what
 * `database-schema.txt` holds and the schema drift test compares (apps/api/README.md).
 */
export async function describeSchema(client: Client, schemas: readonly string[] = ['public']) {
  const sections: Record<string, string[]> = {
    ...(await structureInventory(client, schemas)),
    ...(await securityInventory(client, schemas)),
  };
  return Object.entries(sections)
    .map(([name, lines]) => [`# ${name}`, ...lines].join('\n'))
    .join('\n\n')
    .concat('\n');
}
