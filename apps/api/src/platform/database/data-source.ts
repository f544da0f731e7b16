import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { identityEntities } from '../../modules/identity/identity.entities';
import { migrations } from '../../migrations';

/** Every entity of every module. */
export const entities = [...identityEntities, AuditEventEntity];

export function dataSourceOptions(url: string, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: applicationName, idleTimeoutMillis: 10_000 },
  };
}

/** Runs pending migrations as the owner role, then closes the owner's connection. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const owner = new DataSource(dataSourceOptions(ownerUrl, 'continuum-migrations'));
  await owner.initialize();
  try {
    const ran = await owner.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await owner.destroy();
  }
}
