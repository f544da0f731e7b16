import type { NestExpressApplication } from '@nestjs/platform-express';
import { __resetOutOfContextForTests } from 'nestjs-pino/PinoLogger';
import { Client } from 'pg';
import { createApp } from '../../src/create-app';
import type { TimeSource } from '../../src/platform/clock/clock';
import { type AppConfig, loadConfig } from '../../src/platform/config/config';
import { UnitOfWork } from '../../src/platform/database/unit-of-work';

export function databaseUrls() {
  const appUrl = process.env.TEST_DATABASE_APP_URL;
  const ownerUrl = process.env.TEST_DATABASE_OWNER_URL;
  const superuserUrl = process.env.TEST_DATABASE_SUPERUSER_URL;
  if (!appUrl || !ownerUrl || !superuserUrl) throw new Error('integration globalSetup did not run');
  return { appUrl, ownerUrl, superuserUrl };
}

/** Signs in over HTTP and returns the session cookie to send with later requests. */
export async function signIn(api: TestApi, email: string, password: string): Promise<string> {
  const result = await api.graphql(
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
    { e: email, p: password },
  );
  if (result.errors) throw new Error(`sign-in failed: ${result.errors[0]?.message}`);
  return (result.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export function testConfig(env: Record<string, string> = {}): AppConfig {
  const { appUrl, ownerUrl } = databaseUrls();
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: appUrl,
    DATABASE_OWNER_URL: ownerUrl,
    SEED: 'none',
    // A production API without SMTP_URL starts only when told to log its mail.
    ...(env.SMTP_URL ? {} : { MAIL_TRANSPORT: 'log' }),
    ...env,
  });
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
  headers: Headers;
}

/** A real API listening on a free loopback port, spoken to over HTTP as the portal does. */
export class TestApi {
  private constructor(
    readonly app: NestExpressApplication,
    readonly baseUrl: string,
  ) {}

  /**
   * `time` replaces the API's clock (test/support/clock.ts `TestTime`); `logStream` receives
   * the API's log lines (with LOG_LEVEL set in `env`), for a test that reads what is logged.
   */
  static async start(
    env: Record<string, string> = {},
    appUrl?: string,
    options: { time?: TimeSource; logStream?: NodeJS.WritableStream } = {},
  ): Promise<TestApi> {
    // nestjs-pino keeps one logger for work outside a request (jobs) per process, made by the
    // first API started: a test reading the logs needs this API's.
    if (options.logStream) __resetOutOfContextForTests();
    const config = { ...testConfig(env), logStream: options.logStream };
    const app = await createApp(config, appUrl ?? databaseUrls().appUrl, options.time);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new TestApi(app, `http://127.0.0.1:${address.port}`);
  }

  get unitOfWork(): UnitOfWork {
    return this.app.get(UnitOfWork);
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult<T>, 'status' | 'headers'>;
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
    };
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

/** Runs SQL as the superuser: for resetting data and for inspecting what the API left. */
export async function asSuperuser<T>(
  run: (client: Client) => Promise<T>,
  database?: string,
): Promise<T> {
  const url = new URL(databaseUrls().superuserUrl);
  url.pathname = `/${database ?? 'continuum'}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A clean slate: every application table emptied (migrations' bookkeeping kept). */
export async function resetDatabase(): Promise<void> {
  await asSuperuser(async (client) => {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    if (rows.length) {
      // Replica mode skips triggers, including the one that keeps audit_events append-only.
      await client.query(`SET session_replication_role = replica`);
      await retryOnDeadlock(() =>
        client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} CASCADE`),
      );
    }
    // Jobs queued by an earlier test (their rows are gone) would only delay the next test's.
    await retryOnDeadlock(() => client.query('TRUNCATE pgboss.job, pgboss.archive'));
  });
}

/**
 * A suite that runs the API's job workers may have a sweep holding row locks while TRUNCATE
 * takes its table locks one by one; PostgreSQL then cancels one side as a deadlock (40P01).
 * The sweep's side finishes quickly, so the reset tries again.
 */
async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
