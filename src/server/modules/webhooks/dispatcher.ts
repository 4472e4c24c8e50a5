import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/schema.ts';
import type { Writer } from '../../db/writer.ts';
import type { EventBus } from '../../events.ts';
import { findChannel } from '../chat/chat.repository.ts';
import { chatRequest, chatAccepted } from '../chat/chat.platforms.ts';
import type { Destinations } from './destinations.ts';
import { claimMessage, type DeliveryAttempt, dueHeads, type OutboxMessage, pruneDelivered, settleMessage } from './outbox.repository.ts';
import { webhookHeaders } from './signing.ts';
import { findSubscription } from './webhooks.repository.ts';

export interface DispatcherOptions {
  /** Seconds to wait before each retry; after the last one the message is dead-lettered. */
  retrySchedule: readonly number[];
  /** Fallback scan for messages nobody woke us for (left by a crash, written by the CLI). */
  pollMs: number;
  /** How long one delivery attempt may take. */
  timeoutMs: number;
  /** How long a claimed message is ours before another dispatcher may try it. */
  leaseMs: number;
  concurrency?: number;
  /** Delivered messages older than this are deleted (hourly, in batches); 0 keeps them. */
  retentionMs?: number | undefined;
  publicUrl?: string | undefined;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void } | undefined;
  /** Told about every attempt (the Prometheus counters). */
  onAttempt?: ((kind: string, outcome: 'delivered' | 'retry' | 'dead', seconds: number) => void) | undefined;
}

/** The delay before retry `n` (1-based), ±20 % jitter so that many failing messages do not retry in step. */
export function retryDelayMs(schedule: readonly number[], attempt: number, random: () => number = Math.random): number | null {
  const base = schedule[attempt - 1];
  if (base === undefined) return null;
  return Math.round(base * 1000 * (0.8 + 0.4 * random()));
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/**
 * Delivers the outbox after commit. Woken by each commit that wrote messages (through the event
 * bus) and by a poll; takes the head of each (destination, target) line, so one target's messages
 * arrive in order while other targets' go in parallel. Claims are atomic updates, so several
 * instances on one PostgreSQL never deliver a message twice at once; a crashed instance's claims
 * lapse after the lease and are delivered again (at least once).
 */
export class OutboxDispatcher {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  #unsubscribe: (() => void) | null = null;
  #prunedAt = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly writer: Writer,
    private readonly destinations: Destinations,
    private readonly options: DispatcherOptions,
  ) {}

  /** Starts polling and listening for commits. */
  start(events: EventBus): void {
    this.#stopped = false;
    this.#unsubscribe = events.subscribe(() => {
      if (this.destinations.any) this.wake();
    });
    this.#timer = setInterval(() => {
      this.wake();
      if (Date.now() - this.#prunedAt > 3_600_000) void this.prune();
    }, this.options.pollMs);
    this.#timer.unref();
    this.wake();
  }

  /** Runs a pass soon (at most one at a time; a wake during a pass runs another after it). */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#loop().finally(() => (this.#running = null));
  }

  /** Deletes delivered messages past the retention, a batch per unit of work; dead letters stay. */
  async prune(now = new Date()): Promise<number> {
    this.#prunedAt = now.getTime();
    const retention = this.options.retentionMs ?? 0;
    if (retention <= 0) return 0;
    const before = new Date(now.getTime() - retention).toISOString();
    let total = 0;
    try {
      for (;;) {
        const n = await this.writer.run((tx) => pruneDelivered(tx.db, before, 5000), { id: 'outbox' });
        total += n;
        if (n < 5000) return total;
      }
    } catch (error) {
      this.options.log?.error({ err: error }, 'outbox pruning failed; trying again in an hour');
      return total;
    }
  }

  /** Delivers what is due now, pass after pass, until nothing is; resolves when done. */
  async flush(): Promise<void> {
    while (this.#running) await this.#running;
    await this.#loop();
  }

  async #loop(): Promise<void> {
    do {
      this.#again = false;
      let handled = 0;
      try {
        handled = await this.#pass();
      } catch (error) {
        this.options.log?.error({ err: error }, 'outbox dispatch failed; retrying on the next poll');
        return;
      }
      if (handled > 0) this.#again = true;
    } while (this.#again && !this.#stopped);
  }

  /** One pass: claim the due heads and deliver them in parallel. Returns how many were attempted. */
  async #pass(): Promise<number> {
    const now = new Date();
    const heads = await dueHeads(this.db, now.toISOString(), this.options.concurrency ?? 16);
    if (heads.length === 0) return 0;
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs).toISOString();
    const claims = await this.writer.runAll(
      heads.map((m) => (tx) => claimMessage(tx.db, m.id, tx.now.toISOString(), leaseUntil)),
      { id: 'outbox' },
    );
    const mine = heads.filter((_, i) => claims[i]?.status === 'fulfilled' && claims[i].value);
    await Promise.all(mine.map((m) => this.#deliver(m)));
    return mine.length;
  }

  async #deliver(m: OutboxMessage): Promise<void> {
    const started = performance.now();
    const outcome = await this.#send(m).catch((error: unknown): Outcome => ({ ok: false, statusCode: null, error: errorText(error) }));
    const seconds = (performance.now() - started) / 1000;
    const attemptNo = m.attempts + 1;
    const at = new Date();
    const delay = outcome.ok ? null : retryDelayMs(this.options.retrySchedule, attemptNo);
    const status = outcome.ok ? 'delivered' : delay === null ? 'dead' : 'pending';
    const attempt: DeliveryAttempt = {
      id: uuidv7(),
      outboxId: m.id,
      destinationId: m.destinationId,
      attempt: attemptNo,
      ok: outcome.ok,
      statusCode: outcome.statusCode,
      error: outcome.error,
      durationMs: Math.round(seconds * 1000),
      at: at.toISOString(),
    };
    const nextAttemptAt = new Date(at.getTime() + (delay ?? 0)).toISOString();
    await this.writer.run((tx) => settleMessage(tx.db, attempt, { status, nextAttemptAt, deliveredAt: outcome.ok ? attempt.at : null }), { id: 'outbox' });
    this.options.onAttempt?.(m.destinationKind, status === 'pending' ? 'retry' : status, seconds);
    if (status === 'dead') this.options.log?.warn({ outboxId: m.id, destinationId: m.destinationId, error: outcome.error, status: outcome.statusCode }, 'outbox message dead-lettered');
  }

  async #send(m: OutboxMessage): Promise<Outcome> {
    if (m.destinationKind === 'webhook') {
      const subscription = await findSubscription(this.db, m.destinationId);
      if (!subscription) return { ok: false, statusCode: null, error: 'subscription deleted' };
      const now = Date.now();
      const secrets = subscription.secrets.filter((s) => s.expiresAt === null || Date.parse(s.expiresAt) > now).map((s) => s.secret);
      const body = JSON.stringify(m.payload);
      const headers = { 'content-type': 'application/json', 'user-agent': 'Andon-Webhooks/1', ...webhookHeaders(secrets, m.messageId, Math.floor(now / 1000), body) };
      const response = await this.#post(subscription.url, headers, body);
      await response.arrayBuffer().catch(() => undefined);
      return response.ok ? { ok: true, statusCode: response.status, error: null } : { ok: false, statusCode: response.status, error: `HTTP ${response.status}` };
    }
    const channel = await findChannel(this.db, m.destinationId);
    if (!channel) return { ok: false, statusCode: null, error: 'channel deleted' };
    const request = chatRequest(channel, m.payload, { now: new Date(), publicUrl: this.options.publicUrl });
    const response = await this.#post(request.url, request.headers, request.body);
    const text = await response.text().catch(() => '');
    const verdict = chatAccepted(channel.platform, response.status, text);
    return { ok: verdict.ok, statusCode: response.status, error: verdict.ok ? null : verdict.error };
  }

  #post(url: string, headers: Record<string, string>, body: string): Promise<Response> {
    return fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs) });
  }

  /**
   * Stops: no new passes; waits for the pass in progress, then keeps delivering what is due until
   * nothing is or `timeoutMs` runs out (graceful shutdown drains the outbox).
   */
  async stop(timeoutMs = 0): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.#unsubscribe?.();
    const deadline = Date.now() + timeoutMs;
    while (this.#running) await this.#running;
    while (Date.now() < deadline) {
      const handled = await this.#pass().catch(() => 0);
      if (handled === 0) break;
    }
    this.#stopped = true;
  }
}

function errorText(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'timeout';
  return (e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error)).slice(0, 500);
}
