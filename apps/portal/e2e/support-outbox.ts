import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The first link of a mail from the mail outbox of this run's own PostgreSQL (the e2e API
 * logs its mail rather than sending it), as the person it is addressed to would open it.
 * Polls: the mail is written in the request that sent it, but the test may get there first.
 */
export async function linkFromOutbox(to: string, template: string, link: RegExp): Promise<string> {
  const dir = process.env.CONTINUUM_E2E_DATA_DIR!;
  const credentials = JSON.parse(readFileSync(join(dir, 'postgres.credentials.json'), 'utf8')) as {
    superuser: string;
  };
  const port = 54322 + Number(process.env.CONTINUUM_E2E_PORT_OFFSET ?? 0);
  const client = new Client({
    connectionString: `postgres://postgres:${encodeURIComponent(credentials.superuser)}@127.0.0.1:${port}/continuum`,
  });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query<{ text_body: string }>(
        `SELECT text_body FROM mail_outbox
          WHERE lower(to_address) = lower($1) AND template = $2
          ORDER BY created_at DESC LIMIT 1`,
        [to, template],
      );
      const found = link.exec(rows[0]?.text_body ?? '');
      if (found) return found[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no ${template} mail to ${to}`);
  } finally {
    await client.end();
  }
}
