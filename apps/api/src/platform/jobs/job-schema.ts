import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { APP_ROLE } from '../database/roles';

export const JOB_SCHEMA = 'pgboss';

/** Every queue the API uses, with its retry policy. */
export const QUEUES: PgBoss.Queue[] = [
  { name: 'mail.send', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  {
    name: 'deadlines.remind',
    retryLimit: 5,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  { name: 'documents.sweep', retryLimit: 3, retryDelay: 300, expireInSeconds: 1800 },
];

/**
 * pg-boss creates its schema and one partition per queue with DDL, which the application role
 * may not run. So at start the owner installs or upgrades the schema and creates the queues,
 * then grants the application role what it needs to send and work jobs: data, not DDL.
 */
export async function prepareJobSchema(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const queue of QUEUES) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
    `);
  } finally {
    await client.end();
  }
}
