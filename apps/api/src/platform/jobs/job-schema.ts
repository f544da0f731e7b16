import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { APP_ROLE } from '../database/roles';

export const JOB_SCHEMA = 'pgboss';

/** pg-boss's own queue for scheduled sends (its timekeeper's `QUEUES.SEND_IT`, not exported). */
const SCHEDULE_QUEUE = '__pgboss__send-it';

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
  // Scheduled every 15 minutes; a missed run is made good by the next, so no retries.
  { name: 'deadlines.remind-due', retryLimit: 0, expireInSeconds: 600 },
  // One queued and one running at most (per rules-data version): a second start is a no-op.
  {
    name: 'deadlines.recompute',
    policy: 'stately',
    retryLimit: 10,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 3600,
  },
  { name: 'documents.sweep', retryLimit: 3, retryDelay: 300, expireInSeconds: 1800 },
  // Hourly; a missed run is made good by the next.
  { name: 'sign-ups.sweep', retryLimit: 0, expireInSeconds: 600 },
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
    // The timekeeper of a worker process creates this queue itself, which takes DDL the
    // application role may not run.
    if (!(await boss.getQueue(SCHEDULE_QUEUE))) await boss.createQueue(SCHEDULE_QUEUE);
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
