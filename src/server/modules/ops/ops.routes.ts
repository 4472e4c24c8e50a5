import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../context.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import { problems } from '../../http/common.ts';
import { outboxStats } from '../webhooks/outbox.repository.ts';
import type { OpsMetrics } from './ops.metrics.ts';

const Check = z.object({ ok: z.boolean(), detail: z.string().optional() });
const Ready = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ database: Check, migrations: Check, outbox: Check, accepting: Check }),
});

/** Shared between the server and its routes: set when a stop begins, so /readyz turns away new traffic. */
export interface Lifecycle {
  stopping: boolean;
  /** How long closing the app may spend delivering the outbox (the server's shutdown timeout; 0 in tests). */
  drainMs: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}

/** Is this instance ready for traffic: database answering, schema up to date, outbox moving, not stopping. */
export async function readiness(ctx: AppContext, lifecycle: Lifecycle): Promise<z.infer<typeof Ready>> {
  const db = ctx.database.db;
  const checks: z.infer<typeof Ready>['checks'] = {
    database: { ok: true },
    migrations: { ok: true },
    outbox: { ok: true },
    accepting: lifecycle.stopping ? { ok: false, detail: 'shutting down' } : { ok: true },
  };
  try {
    await withTimeout(sql`select 1`.execute(db), 2000);
  } catch (error) {
    checks.database = { ok: false, detail: (error as Error).message };
  }
  if (checks.database.ok) {
    const pending = await pendingMigrations(db).catch((e: unknown) => [`unknown (${(e as Error).message})`]);
    if (pending.length > 0) checks.migrations = { ok: false, detail: `not applied: ${pending.join(', ')}` };
    const now = Date.now();
    const stats = await outboxStats(db, new Date(now).toISOString()).catch(() => null);
    const overdue = stats?.oldestDueAt ? (now - Date.parse(stats.oldestDueAt)) / 1000 : 0;
    if (!stats) checks.outbox = { ok: false, detail: 'outbox unreadable' };
    else if (overdue > ctx.config.integrations.stuckSeconds) checks.outbox = { ok: false, detail: `a message has been due for ${Math.round(overdue)} s` };
  }
  const ok = Object.values(checks).every((c) => c.ok);
  return { status: ok ? 'ready' : 'not_ready', checks };
}

/** /healthz (alive), /readyz (ready for traffic) — public; /metrics (Prometheus) — `metrics:read`. */
export function opsRoutes(app: ZodApp, ctx: AppContext, metrics: OpsMetrics, lifecycle: Lifecycle): void {
  const tags = ['operations'];
  app.get(
    '/healthz',
    { config: { permission: 'public' }, schema: { tags, summary: 'Liveness: the process answers (no database call)', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'Readiness: database reachable, migrations applied, outbox not stuck, not shutting down (503 otherwise)', response: { 200: Ready, 503: Ready } },
    },
    async (_req, reply) => {
      const r = await readiness(ctx, lifecycle);
      return reply.code(r.status === 'ready' ? 200 : 503).send(r);
    },
  );
  app.get(
    '/metrics',
    {
      config: { permission: 'metrics:read' },
      schema: { tags, summary: 'Prometheus metrics (text exposition format); scrape with an API token with the metrics:read scope', response: { 200: z.string(), ...problems(401, 403) } },
    },
    async (_req, reply) => {
      const text = await metrics.scrape();
      return reply.type(metrics.registry.contentType).send(text);
    },
  );
}
