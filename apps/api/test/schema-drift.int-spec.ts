import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { describeSchema } from '../src/platform/database/backup/database-inventory';
import { dataSourceOptions } from '../src/platform/database/data-source';
import { asSuperuser, databaseUrls } from './support/harness';

/**
 * Migrations are hand-written (policies, grants and checks TypeORM cannot express), so
 * TypeORM's generator would report constraints it does not model. Two things must never drift:
 * what the code relies on (every entity column exists in the migrated database with the same
 * type and nullability, and every primary key matches), and what database-schema.txt says the
 * migrations make.
 */
describe('entities against the migrated schema', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = new DataSource(dataSourceOptions(databaseUrls().ownerUrl, 'schema-drift'));
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  const normalise = (type: string) =>
    ({ 'timestamp with time zone': 'timestamptz', integer: 'int', 'character varying': 'varchar' })[
      type
    ] ?? type;

  it('every entity column exists with its type and nullability, and primary keys match', async () => {
    const columns = await asSuperuser((c) =>
      c.query<{
        table_name: string;
        column_name: string;
        data_type: string;
        udt_name: string;
        is_nullable: 'YES' | 'NO';
      }>(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      ),
    );
    const keys = await asSuperuser((c) =>
      c.query<{ table_name: string; column_name: string }>(`
        SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
        WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'`),
    );
    const problems: string[] = [];
    for (const entity of dataSource.entityMetadatas) {
      for (const column of entity.columns) {
        const db = columns.rows.find(
          (c) => c.table_name === entity.tableName && c.column_name === column.databaseName,
        );
        const where = `${entity.tableName}.${column.databaseName}`;
        if (!db) {
          problems.push(`${where}: in the entity, not in the database`);
          continue;
        }
        // Arrays report data_type ARRAY and their element type as udt_name (`_uuid`).
        const declared = normalise(String(column.type)) + (column.isArray ? '[]' : '');
        const actual =
          db.data_type === 'ARRAY'
            ? `${normalise(db.udt_name.slice(1))}[]`
            : normalise(db.data_type);
        if (actual !== declared)
          problems.push(`${where}: entity ${declared}, database ${db.data_type}`);
        if ((db.is_nullable === 'YES') !== column.isNullable)
          problems.push(`${where}: nullable ${column.isNullable} in the entity`);
      }
      const entityKey = entity.primaryColumns.map((c) => c.databaseName).sort();
      const dbKey = keys.rows
        .filter((k) => k.table_name === entity.tableName)
        .map((k) => k.column_name)
        .sort();
      if (JSON.stringify(entityKey) !== JSON.stringify(dbKey))
        problems.push(
          `${entity.tableName}: primary key ${entityKey.join(',')} vs ${dbKey.join(',')}`,
        );
    }
    expect(problems).toEqual([]);
  });

  // The run's database was migrated from scratch by globalSetup; database-schema.txt is what
  // `npm run codegen` wrote from another such database and the repository holds. A migration
  // that adds, drops or changes an index, a constraint, a policy, a grant or a trigger without
  // the file (or a landed migration edited afterwards) shows here, line by line.
  it('indexes, constraints, policies, grants and triggers match database-schema.txt', async () => {
    const committed = readFileSync(join(__dirname, '..', 'database-schema.txt'), 'utf8');
    const live = await asSuperuser((c) => describeSchema(c));
    expect(live.split('\n')).toEqual(committed.split('\n'));
  });
});
