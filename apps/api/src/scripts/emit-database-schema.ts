import { describeSchema } from '../platform/database/backup/database-inventory';
import { withClient } from '../platform/database/embedded-postgres';
import { DATABASE_NAME } from '../platform/database/roles';
import { withScratchDatabase } from '../platform/database/scratch-database';
import { emitGeneratedFile, failGenerator } from './generated-file';

/**
 * `emit-database-schema.js FILE` writes what the migrations make of the application schema
 * (indexes, constraints, policies, grants, triggers, forced row-level security) on a database
 * migrated from scratch. Committed beside the migrations, so a review sees what a migration
 * changes; test/schema-drift.int-spec.ts fails when the file and the migrations disagree.
 */
emitGeneratedFile('database-schema.txt', () =>
  withScratchDatabase((db) => {
    // The superuser's URL names the maintenance database; the schema is in the application's.
    const url = new URL(db.superuserUrl);
    url.pathname = `/${DATABASE_NAME}`;
    return withClient(url.toString(), (client) => describeSchema(client));
  }),
).catch(failGenerator('emit-database-schema'));
