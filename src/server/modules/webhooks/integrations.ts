import type { Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import type { Writer } from '../../db/writer.ts';
import { Destinations } from './destinations.ts';
import { OutboxDispatcher } from './dispatcher.ts';
import { OutboxWriter } from './outbox-writer.ts';

/** The outbox's parts: who listens, the writer that writes messages, and the dispatcher that delivers them. */
export interface Outbox {
  destinations: Destinations;
  writer: Writer;
  dispatcher: OutboxDispatcher;
}

/** Wraps a writer with the outbox and builds its dispatcher (not started). */
export function createOutbox(
  database: DatabaseHandle,
  inner: Writer,
  config: Config,
  hooks: { log?: OutboxLog | undefined; onAttempt?: ((kind: string, outcome: 'delivered' | 'retry' | 'dead', seconds: number) => void) | undefined } = {},
): Outbox {
  const destinations = new Destinations(database.db);
  const writer = new OutboxWriter(inner, destinations);
  const i = config.integrations;
  const dispatcher = new OutboxDispatcher(database.db, writer, destinations, {
    retrySchedule: i.retrySchedule,
    pollMs: i.pollMs,
    timeoutMs: i.timeoutMs,
    leaseMs: i.leaseMs,
    publicUrl: i.publicUrl,
    retentionMs: i.retentionMs,
    log: hooks.log,
    onAttempt: hooks.onAttempt,
  });
  return { destinations, writer, dispatcher };
}

export interface OutboxLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
