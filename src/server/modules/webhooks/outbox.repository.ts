import { uuidv7 } from 'uuidv7';
import { type Kysely, type Selectable, sql } from 'kysely';
import { fromBool, fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { OutboxTable } from '../../db/schema-integrations.ts';

export type DestinationKind = 'webhook' | 'chat';
export type OutboxStatus = 'pending' | 'delivered' | 'dead';

/** One message for one destination, written in the transaction of the change it tells about. */
export interface OutboxMessage {
  id: string;
  destinationKind: DestinationKind;
  destinationId: string;
  eventType: string;
  /** The `webhook-id`: the same on every attempt and redelivery, so receivers can drop duplicates. */
  messageId: string;
  /** Messages with the same destination and key are delivered in order (the target's id). */
  orderKey: string;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryAttempt {
  id: string;
  outboxId: string;
  destinationId: string;
  attempt: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: string;
}

/** A pending message, due now; without an order key it is ordered on its own (a test or a direct message). */
export function newMessage(
  now: string,
  m: { kind: DestinationKind; destinationId: string; eventType: string; orderKey?: string; payload: Record<string, unknown> },
): OutboxMessage {
  const id = uuidv7();
  return {
    id,
    destinationKind: m.kind,
    destinationId: m.destinationId,
    eventType: m.eventType,
    messageId: `msg_${id}`,
    orderKey: m.orderKey ?? `${m.eventType}:${id}`,
    payload: m.payload,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    leaseUntil: null,
    lastStatus: null,
    lastError: null,
    createdAt: now,
    deliveredAt: null,
  };
}

function toMessage(r: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: r.id,
    destinationKind: r.destination_kind as DestinationKind,
    destinationId: r.destination_id,
    eventType: r.event_type,
    messageId: r.message_id,
    orderKey: r.order_key,
    payload: fromJson<Record<string, unknown>>(r.payload),
    status: r.status as OutboxStatus,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    leaseUntil: r.lease_until,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}

export async function insertMessages(db: Kysely<Database>, messages: readonly OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('outbox')
    .values(
      messages.map((m) => ({
        id: m.id,
        destination_kind: m.destinationKind,
        destination_id: m.destinationId,
        event_type: m.eventType,
        message_id: m.messageId,
        order_key: m.orderKey,
        payload: toJson(m.payload),
        status: m.status,
        attempts: m.attempts,
        next_attempt_at: m.nextAttemptAt,
        lease_until: m.leaseUntil,
        last_status: m.lastStatus,
        last_error: m.lastError,
        created_at: m.createdAt,
        delivered_at: m.deliveredAt,
      })),
    )
    .execute();
}

/**
 * The heads of the lines that are due: the oldest pending message of each (destination, order key),
 * when it is due and not leased by a dispatcher. A later message of a line waits for its head.
 */
export async function dueHeads(db: Kysely<Database>, now: string, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox as o')
    .selectAll('o')
    .where('o.status', '=', 'pending')
    .where('o.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('o.lease_until', 'is', null), eb('o.lease_until', '<', now)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outbox as p')
            .select(sql`1`.as('one'))
            .whereRef('p.destination_id', '=', 'o.destination_id')
            .whereRef('p.order_key', '=', 'o.order_key')
            .where('p.status', '=', 'pending')
            .whereRef('p.id', '<', 'o.id'),
        ),
      ),
    )
    .orderBy('o.next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

/**
 * Claims a message for one delivery attempt: an atomic update that only one dispatcher (of any
 * instance) can win while the lease lasts. A crashed dispatcher's lease runs out and the message
 * is delivered again (at least once; receivers drop duplicates by `webhook-id`).
 */
export async function claimMessage(db: Kysely<Database>, id: string, now: string, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ lease_until: leaseUntil })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records an attempt's outcome: delivered, retried later, or dead-lettered. */
export async function settleMessage(
  db: Kysely<Database>,
  attempt: DeliveryAttempt,
  next: { status: OutboxStatus; nextAttemptAt: string; deliveredAt: string | null },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: next.status,
      attempts: attempt.attempt,
      next_attempt_at: next.nextAttemptAt,
      lease_until: null,
      last_status: attempt.statusCode,
      last_error: attempt.error,
      delivered_at: next.deliveredAt,
    })
    .where('id', '=', attempt.outboxId)
    .execute();
  await db
    .insertInto('outbox_deliveries')
    .values({
      id: attempt.id,
      outbox_id: attempt.outboxId,
      destination_id: attempt.destinationId,
      attempt: attempt.attempt,
      ok: attempt.ok,
      status_code: attempt.statusCode,
      error: attempt.error,
      duration_ms: attempt.durationMs,
      at: attempt.at,
    })
    .execute();
}

/** Puts a message back at the head of its line, due now, with a fresh round of retries (manual redelivery). */
export async function requeueMessage(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'pending', attempts: 0, next_attempt_at: now, lease_until: null, delivered_at: null }).where('id', '=', id).execute();
}

export async function findMessage(db: Kysely<Database>, id: string): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMessage(row) : undefined;
}

/** A destination's messages, newest first. */
export async function listMessages(
  db: Kysely<Database>,
  f: { destinationId: string; status?: OutboxStatus | undefined; limit: number; cursor?: string | undefined },
): Promise<OutboxMessage[]> {
  let q = db.selectFrom('outbox').selectAll().where('destination_id', '=', f.destinationId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit).execute()).map(toMessage);
}

/** Deletes up to `limit` messages delivered before `before` (their attempts go with them); returns how many. */
export async function pruneDelivered(db: Kysely<Database>, before: string, limit: number): Promise<number> {
  const old = db.selectFrom('outbox').select('id').where('status', '=', 'delivered').where('delivered_at', '<', before).limit(limit);
  const result = await db.deleteFrom('outbox').where('id', 'in', old).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A message's attempts, in order. */
export async function listAttempts(db: Kysely<Database>, outboxId: string): Promise<DeliveryAttempt[]> {
  const rows = await db.selectFrom('outbox_deliveries').selectAll().where('outbox_id', '=', outboxId).orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    outboxId: r.outbox_id,
    destinationId: r.destination_id,
    attempt: r.attempt,
    ok: fromBool(r.ok),
    statusCode: r.status_code,
    error: r.error,
    durationMs: r.duration_ms,
    at: r.at,
  }));
}

/**
 * Backlog and lag for /metrics and /readyz: pending messages, dead letters, the oldest pending
 * message's creation (lag) and the longest-overdue due time (a stuck dispatcher).
 */
export async function outboxStats(
  db: Kysely<Database>,
  now: string,
): Promise<{ pending: number; dead: number; oldestPendingAt: string | null; oldestDueAt: string | null }> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.count<number>('id').filterWhere('status', '=', 'pending').as('pending'),
      eb.fn.count<number>('id').filterWhere('status', '=', 'dead').as('dead'),
      eb.fn.min<string>('created_at').filterWhere('status', '=', 'pending').as('oldest'),
      eb.fn.min<string>('next_attempt_at').filterWhere((w) => w.and([w('status', '=', 'pending'), w('next_attempt_at', '<=', now)])).as('due'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), dead: Number(row.dead), oldestPendingAt: row.oldest ?? null, oldestDueAt: row.due ?? null };
}
