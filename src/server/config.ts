import path from 'node:path';
import { z } from 'zod';

/** Every setting comes from the environment; the README's configuration table lists them all. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4310),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ANDON_DATA_DIR: z.string().min(1).default('./data'),
  ANDON_SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL', 'EXTRA']).default('FULL'),
  ANDON_PG_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  ANDON_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  ANDON_BATCH_BODY_LIMIT: z.coerce.number().int().min(1024).default(16_777_216),
  ANDON_BATCH_MAX: z.coerce.number().int().min(1).max(100_000).default(5000),
  ANDON_WRITE_BATCH_MAX: z.coerce.number().int().min(1).max(100_000).default(1000),
  ANDON_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ANDON_DEFAULT_LOCALE: z.enum(['en', 'zh-CN']).default('en'),
  ANDON_STATUS_SYNC_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  ANDON_ESCALATION_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).default(30_000),
  ANDON_EMBEDDINGS_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
  ANDON_EMBEDDINGS_MODEL: z.string().min(1).default('text-embedding-3-small'),
  ANDON_EMBEDDINGS_API_KEY: z.string().optional(),
  ANDON_MATCHING_WARM: z.coerce.number().int().min(0).max(5_000_000).default(50_000),
  ANDON_MATCHING_REBUILD_MS: z.coerce.number().int().min(10).max(86_400_000).default(60_000),
  ANDON_SESSION_HOURS: z.coerce.number().min(0.01).max(24 * 90).default(12),
  ANDON_SESSION_IDLE_MINUTES: z.coerce.number().min(1).max(24 * 60 * 30).default(120),
  ANDON_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  ANDON_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[0-9a-fA-F.:/,\s]+)$/, 'true, false, a number of hops, or addresses (comma-separated)')
    .default('false'),
  ANDON_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  ANDON_LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(50),
  ANDON_LOGIN_LOCK_MINUTES: z.coerce.number().min(0.01).max(24 * 60).default(15),
  ANDON_AUTH_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  ANDON_ADMIN_EMAIL: z.email().optional().or(z.literal('').transform(() => undefined)),
  ANDON_ADMIN_PASSWORD: z.string().optional(),
  ANDON_CUSTOMER_HASH_KEY: z.string().min(16, 'at least 16 characters').optional().or(z.literal('').transform(() => undefined)),
  ANDON_PUBLIC_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
  ANDON_WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, 'seconds before each retry, comma-separated')
    .default('5,300,1800,7200,18000,36000,36000'),
  ANDON_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  ANDON_OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  ANDON_OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  ANDON_OUTBOX_STUCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  ANDON_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  ANDON_OUTBOX_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30),
  ANDON_ACCESS_LOG: z.enum(['off', 'errors', 'writes', 'all']).default('writes'),
  ANDON_IMPORT_RETENTION_HOURS: z.coerce.number().min(0.01).max(24 * 90).default(1),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sqliteFile: string;
  sqliteSynchronous: 'FULL' | 'NORMAL' | 'EXTRA';
  pgPoolMax: number;
  /** PostgreSQL schema to use instead of `public` (tests give each test its own). */
  pgSchema?: string | undefined;
  bodyLimit: number;
  batchBodyLimit: number;
  batchMax: number;
  writeBatchMax: number;
  logLevel: string;
  defaultLocale: 'en' | 'zh-CN';
  /** How often the status index picks up changes written by other processes. */
  statusSyncMs: number;
  /** How often `andon serve` fires the escalation clocks that fell due (also those due while it was down). */
  escalationIntervalMs: number;
  /** An OpenAI-compatible embeddings endpoint for "same problem?" matching; the offline lexical matcher when absent. */
  embeddings: { url: string; model: string; apiKey?: string | undefined } | undefined;
  /** Complaints the matcher learns its weights from at start. */
  matchingWarm: number;
  /** How soon after a confirmation or a term change the matcher is rebuilt. */
  matchingRebuildMs: number;
  /** Which proxies to believe about the client's address and https (Fastify's trustProxy). */
  trustProxy: boolean | number | string;
  auth: AuthConfig;
  /** When set, customer refs are stored and compared as an HMAC with this key. */
  customerHashKey: string | undefined;
  integrations: IntegrationsConfig;
  /** CSV import jobs and their error reports are deleted this long after they finish. */
  importRetentionMs: number;
}

/** Webhooks, chat bots and operations (issue 7). */
export interface IntegrationsConfig {
  /** The web app's address as people reach it, for links in chat messages. */
  publicUrl: string | undefined;
  /** Seconds before each retry of a failed delivery; after the last, the message is dead-lettered. */
  retrySchedule: number[];
  timeoutMs: number;
  pollMs: number;
  leaseMs: number;
  /** /readyz fails when a due message has waited longer than this. */
  stuckSeconds: number;
  /** How long a stopping server may take to finish requests and deliver the outbox. */
  shutdownTimeoutMs: number;
  /** Delivered messages (and their attempts) are deleted after this long; 0 keeps them. Dead letters are kept. */
  retentionMs: number;
  /** One info line per request: never, errors only, changes (not reads) and errors, or every request. */
  accessLog: 'off' | 'errors' | 'writes' | 'all';
}

export interface AuthConfig {
  /** A session ends this long after sign-in, whatever happens. */
  sessionMs: number;
  /** A session ends after this long without a request. */
  idleMs: number;
  /** Secure cookies: `auto` when the request came over https (directly or through a trusted proxy). */
  cookieSecure: 'auto' | 'always' | 'never';
  /** Failed sign-ins in a row that lock an account (and the lock's length). */
  maxFailures: number;
  ipMaxFailures: number;
  lockMs: number;
  /** How long a resolved session or token is trusted without asking the database again. */
  cacheMs: number;
  /** The first admin, created at start when there is no user yet. */
  bootstrapAdmin: { email: string; password: string } | undefined;
}

function trustProxyOf(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export class ConfigError extends Error {}

/** Reads the configuration from an environment; a bad value names the variable and the reason. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (Boolean(e.ANDON_ADMIN_EMAIL) !== Boolean(e.ANDON_ADMIN_PASSWORD)) {
    throw new ConfigError('invalid configuration:\n  ANDON_ADMIN_EMAIL and ANDON_ADMIN_PASSWORD: give both or neither');
  }
  const dataDir = path.resolve(e.ANDON_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sqliteFile: path.join(dataDir, 'andon.db'),
    sqliteSynchronous: e.ANDON_SQLITE_SYNCHRONOUS,
    pgPoolMax: e.ANDON_PG_POOL_MAX,
    bodyLimit: e.ANDON_BODY_LIMIT,
    batchBodyLimit: e.ANDON_BATCH_BODY_LIMIT,
    batchMax: e.ANDON_BATCH_MAX,
    writeBatchMax: e.ANDON_WRITE_BATCH_MAX,
    logLevel: e.ANDON_LOG_LEVEL,
    defaultLocale: e.ANDON_DEFAULT_LOCALE,
    statusSyncMs: e.ANDON_STATUS_SYNC_MS,
    escalationIntervalMs: e.ANDON_ESCALATION_INTERVAL_MS,
    embeddings: e.ANDON_EMBEDDINGS_URL
      ? { url: e.ANDON_EMBEDDINGS_URL, model: e.ANDON_EMBEDDINGS_MODEL, apiKey: e.ANDON_EMBEDDINGS_API_KEY }
      : undefined,
    matchingWarm: e.ANDON_MATCHING_WARM,
    matchingRebuildMs: e.ANDON_MATCHING_REBUILD_MS,
    trustProxy: trustProxyOf(e.ANDON_TRUST_PROXY),
    auth: {
      sessionMs: e.ANDON_SESSION_HOURS * 3_600_000,
      idleMs: e.ANDON_SESSION_IDLE_MINUTES * 60_000,
      cookieSecure: e.ANDON_COOKIE_SECURE,
      maxFailures: e.ANDON_LOGIN_MAX_FAILURES,
      ipMaxFailures: e.ANDON_LOGIN_IP_MAX_FAILURES,
      lockMs: e.ANDON_LOGIN_LOCK_MINUTES * 60_000,
      cacheMs: e.ANDON_AUTH_CACHE_MS,
      bootstrapAdmin:
        e.ANDON_ADMIN_EMAIL && e.ANDON_ADMIN_PASSWORD ? { email: e.ANDON_ADMIN_EMAIL, password: e.ANDON_ADMIN_PASSWORD } : undefined,
    },
    customerHashKey: e.ANDON_CUSTOMER_HASH_KEY,
    integrations: {
      publicUrl: e.ANDON_PUBLIC_URL,
      retrySchedule: e.ANDON_WEBHOOK_RETRY_SCHEDULE.split(',').map((x) => Number(x.trim())),
      timeoutMs: e.ANDON_WEBHOOK_TIMEOUT_MS,
      pollMs: e.ANDON_OUTBOX_POLL_MS,
      leaseMs: e.ANDON_OUTBOX_LEASE_MS,
      stuckSeconds: e.ANDON_OUTBOX_STUCK_SECONDS,
      shutdownTimeoutMs: e.ANDON_SHUTDOWN_TIMEOUT_MS,
      retentionMs: e.ANDON_OUTBOX_RETENTION_DAYS * 86_400_000,
      accessLog: e.ANDON_ACCESS_LOG,
    },
    importRetentionMs: e.ANDON_IMPORT_RETENTION_HOURS * 3_600_000,
  };
}
