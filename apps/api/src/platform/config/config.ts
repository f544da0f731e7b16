import { isAbsolute, join, resolve } from 'node:path';
import { findRepoRoot } from './repo-root';

export type DatabaseConfig =
  | { mode: 'embedded'; dataDir: string; port: number; durable: boolean }
  | {
      mode: 'external';
      appUrl: string;
      /** For migrations only; the serving API's configuration drops it (servingConfig). */
      ownerUrl?: string;
    };

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  /** Express's `trust proxy`: whose X-Forwarded-For to believe for the client's address. */
  trustProxy: string;
  logLevel: string;
  /** Where log lines go: standard output, or (a test reading the logs) a stream of its own. */
  logStream?: NodeJS.WritableStream;
  database: DatabaseConfig;
  seed: 'demo' | 'none';
  /** Where the embedded database and local files live. */
  dataDir: string;
  session: {
    cookieName: string;
    secureCookie: boolean;
    idleMinutes: number;
    absoluteHours: number;
  };
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number };
  /** Connections of the pool that serves requests (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /** Failures allowed before sign-in back-off starts (modules/identity/sign-in-throttle.ts). */
  signIn: { accountFreeFailures: number; addressFreeFailures: number };
  /** Sign-up requests allowed before back-off (modules/sign-up/sign-up-throttle.ts). */
  signUp: { addressFreeRequests: number; emailFreeRequests: number };
  mail: MailConfig;
  /** The portal's public address, for links in mails. */
  portalUrl: string;
  jobs: { workers: boolean; pollingIntervalSeconds: number };
  documents: {
    /** The largest upload accepted, in bytes (DOCUMENT_MAX_BYTES, 50 MB by default). */
    maxBytes: number;
    /** Where uploads are spooled while they arrive and are checked, before storage. */
    spoolDir: string;
  };
  storage: StorageConfig;
}

/**
 * How mail leaves: over SMTP, or written to the log (links and tokens redacted) and kept for
 * the development mailbox. Production logs mail only when told to (MAIL_TRANSPORT=log).
 */
export type MailConfig =
  | { transport: 'smtp'; smtpUrl: string; from: string }
  | { transport: 'log'; smtpUrl: null; from: string };

export type StorageConfig =
  | { driver: 'local'; dir: string }
  | {
      driver: 's3';
      bucket: string;
      region: string;
      /** An S3-compatible endpoint (MinIO, R2, a test server); unset for AWS itself. */
      endpoint: string | null;
      forcePathStyle: boolean;
      /** Unset: the AWS SDK's default credential chain (instance role, environment, profile). */
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
    };

/** A configuration variable with a value the API cannot use; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function postgresUrl(env: Env, name: string): string {
  const raw = env[name] ?? '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'expected a postgres:// connection URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `expected a postgres:// connection URL, got "${url.protocol}"`);
  }
  return raw;
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    throw new ConfigError(name, `expected an http(s):// address, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function smtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error();
  } catch {
    throw new ConfigError('SMTP_URL', 'expected smtp://user:password@host:port or smtps://…');
  }
  return raw;
}

function mailConfig(env: Env, production: boolean): MailConfig {
  const from = env.MAIL_FROM || 'Continuum <no-reply@continuum.localhost>';
  const url = smtpUrl(env);
  const transport = oneOf(env, 'MAIL_TRANSPORT', ['smtp', 'log'], url ? 'smtp' : 'log');
  if (transport === 'smtp') {
    if (!url) throw new ConfigError('SMTP_URL', 'is not set, but MAIL_TRANSPORT=smtp needs it');
    return { transport, smtpUrl: url, from };
  }
  if (url)
    throw new ConfigError('MAIL_TRANSPORT', 'is "log", but SMTP_URL is set too; unset one of them');
  // A production API that quietly logs its mail sends no reset link to anyone and leaves the
  // mails in the log: it starts only when an operator asked for that.
  if (production && env.MAIL_TRANSPORT !== 'log')
    throw new ConfigError(
      'SMTP_URL',
      'is not set; in production mail must go out over SMTP. Set SMTP_URL, or set ' +
        'MAIL_TRANSPORT=log to write mails to the log instead (links and tokens redacted).',
    );
  return { transport, smtpUrl: null, from };
}

function storageConfig(env: Env, dataDir: string): StorageConfig {
  const driver = oneOf(env, 'STORAGE_DRIVER', ['local', 's3'], 'local');
  if (driver === 'local') return { driver, dir: join(dataDir, 'documents') };
  const bucket = env.S3_BUCKET ?? '';
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError(
      'S3_BUCKET',
      `expected a bucket name when STORAGE_DRIVER=s3, got "${bucket}"`,
    );
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? '';
  if (!accessKeyId !== !secretAccessKey)
    throw new ConfigError(
      accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither',
    );
  return {
    driver,
    bucket,
    region: env.S3_REGION || 'us-east-1',
    endpoint: env.S3_ENDPOINT ? httpUrl(env, 'S3_ENDPOINT', '') : null,
    forcePathStyle: oneOf(env, 'S3_FORCE_PATH_STYLE', ['true', 'false'], 'false') === 'true',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : null,
  };
}

/**
 * The configuration the serving API keeps: without the owner role's URL, which only the
 * migrations before it need, so nothing it holds can alter a table or disable a trigger.
 */
export function servingConfig(config: AppConfig): AppConfig {
  if (config.database.mode === 'embedded') return config;
  return { ...config, database: { mode: 'external', appUrl: config.database.appUrl } };
}

/**
 * Reads the API's configuration from the environment. With nothing set, the API runs an
 * embedded PostgreSQL under `.data/` and seeds the demo, which is what `npm start` needs.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = nodeEnv === 'production';
  const root = findRepoRoot();
  const rawDataDir = env.CONTINUUM_DATA_DIR;
  const dataDir = rawDataDir
    ? isAbsolute(rawDataDir)
      ? rawDataDir
      : resolve(process.cwd(), rawDataDir)
    : join(root, '.data');

  let database: DatabaseConfig;
  if (env.DATABASE_URL) {
    const appUrl = postgresUrl(env, 'DATABASE_URL');
    const ownerUrl = env.DATABASE_OWNER_URL ? postgresUrl(env, 'DATABASE_OWNER_URL') : appUrl;
    database = { mode: 'external', appUrl, ownerUrl };
  } else {
    if (env.DATABASE_OWNER_URL) {
      throw new ConfigError('DATABASE_OWNER_URL', 'is set, but DATABASE_URL is not; set both');
    }
    database = {
      mode: 'embedded',
      dataDir: join(dataDir, 'postgres'),
      port: integer(env, 'EMBEDDED_POSTGRES_PORT', 54320, 1024, 65535),
      durable: oneOf(env, 'EMBEDDED_POSTGRES_DURABLE', ['true', 'false'], 'true') === 'true',
    };
  }

  return {
    nodeEnv,
    production,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 3000, 1, 65535),
    trustProxy: env.TRUST_PROXY || 'loopback',
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    database,
    seed: oneOf(env, 'SEED', ['demo', 'none'], database.mode === 'embedded' ? 'demo' : 'none'),
    dataDir,
    session: {
      cookieName: production ? '__Host-continuum_session' : 'continuum_session',
      secureCookie: production,
      idleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 60, 1, 60 * 24 * 30),
      absoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 90),
    },
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 100),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 5000, 10, 1_000_000),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 1, 1000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
    },
    signIn: {
      accountFreeFailures: integer(env, 'SIGN_IN_ACCOUNT_FREE_FAILURES', 5, 1, 1000),
      addressFreeFailures: integer(env, 'SIGN_IN_ADDRESS_FREE_FAILURES', 100, 1, 100_000),
    },
    signUp: {
      addressFreeRequests: integer(env, 'SIGN_UP_ADDRESS_FREE_REQUESTS', 10, 1, 100_000),
      emailFreeRequests: integer(env, 'SIGN_UP_EMAIL_FREE_REQUESTS', 3, 1, 1000),
    },
    mail: mailConfig(env, production),
    portalUrl: httpUrl(env, 'PORTAL_URL', 'http://localhost:5173'),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 2, 200),
    jobs: {
      workers: oneOf(env, 'JOB_WORKERS', ['true', 'false'], 'true') === 'true',
      pollingIntervalSeconds: integer(env, 'JOB_POLLING_SECONDS', 2, 1, 60),
    },
    documents: {
      maxBytes: integer(env, 'DOCUMENT_MAX_BYTES', 50 * 1024 * 1024, 1024, 5 * 1024 ** 3),
      spoolDir: join(dataDir, 'uploads'),
    },
    storage: storageConfig(env, dataDir),
  };
}
