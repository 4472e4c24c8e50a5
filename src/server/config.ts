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
  ANDON_ACCESS_LOG: z.enum(['off', 'errors', 'writes', 'all']).default('writes'),
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
  integrations: IntegrationsConfig;
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
  /** One info line per request: never, errors only, changes (not reads) and errors, or every request. */
  accessLog: 'off' | 'errors' | 'writes' | 'all';
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
    integrations: {
      publicUrl: e.ANDON_PUBLIC_URL,
      retrySchedule: e.ANDON_WEBHOOK_RETRY_SCHEDULE.split(',').map((x) => Number(x.trim())),
      timeoutMs: e.ANDON_WEBHOOK_TIMEOUT_MS,
      pollMs: e.ANDON_OUTBOX_POLL_MS,
      leaseMs: e.ANDON_OUTBOX_LEASE_MS,
      stuckSeconds: e.ANDON_OUTBOX_STUCK_SECONDS,
      shutdownTimeoutMs: e.ANDON_SHUTDOWN_TIMEOUT_MS,
      accessLog: e.ANDON_ACCESS_LOG,
    },
  };
}
