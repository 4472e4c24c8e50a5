import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DomainEvent, EventBus, TargetStatusSnapshot } from '../../events.ts';
import { allTargetStatuses, targetStatusesChangedSince } from '../targets/targets.repository.ts';

export interface StatusEntry {
  id: string;
  ref: string;
  status: TargetStatusSnapshot['status'];
  andonId: string | null;
  since: string | null;
  version: number;
  /** The response body, built once per change: the look-up itself does no work. */
  json: string;
}

function entryOf(s: Omit<TargetStatusSnapshot, 'previousRef'>): StatusEntry {
  const body = { ref: s.ref, onSale: s.status === 'on_sale', status: s.status, andonId: s.andonId, since: s.since };
  return { id: s.id, ref: s.ref, status: s.status, andonId: s.andonId, since: s.since, version: s.version, json: JSON.stringify(body) };
}

/**
 * "Is target X on sale?" answered from memory. Built from the database at start, then kept in step
 * by the events each committed write publishes before it is acknowledged, so a suppression is
 * visible the moment the pull commits. Changes carry the target's status version: an instance
 * applies a change only if it is newer than what it has, so changes from other instances (relayed
 * later) may arrive in any order.
 */
export class StatusIndex {
  readonly #byRef = new Map<string, StatusEntry>();
  readonly #refById = new Map<string, string>();

  get size(): number {
    return this.#byRef.size;
  }

  async load(db: Kysely<Database>): Promise<void> {
    const rows = await allTargetStatuses(db);
    this.#byRef.clear();
    this.#refById.clear();
    for (const r of rows) {
      this.apply({
        id: r.id,
        ref: r.ref,
        status: r.status as StatusEntry['status'],
        andonId: r.status_andon_id,
        since: r.status_changed_at,
        version: r.status_version,
      });
    }
  }

  /**
   * Catches up with writes made by other processes (the CLI, other instances): re-reads the
   * targets changed since a moment; the version check makes re-reading harmless.
   */
  async refresh(db: Kysely<Database>, since: string): Promise<number> {
    const rows = await targetStatusesChangedSince(db, since);
    for (const r of rows) {
      this.apply({
        id: r.id,
        ref: r.ref,
        status: r.status as StatusEntry['status'],
        andonId: r.status_andon_id,
        since: r.status_changed_at,
        version: r.status_version,
      });
    }
    return rows.length;
  }

  /** Polls for changes made elsewhere every `intervalMs`, looking back a little to absorb clock skew. */
  startSync(db: Kysely<Database>, intervalMs: number, lookbackMs = 5000): () => void {
    let since = new Date(Date.now() - lookbackMs).toISOString();
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      const next = new Date(Date.now() - lookbackMs).toISOString();
      this.refresh(db, since)
        .then(() => (since = next))
        .catch(() => {})
        .finally(() => (busy = false));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Follows the committed changes published on the bus. */
  follow(events: EventBus): () => void {
    return events.subscribe((batch: readonly DomainEvent[]) => {
      for (const e of batch) {
        if (e.type === 'target.upserted' || e.type === 'target.suppressed' || e.type === 'target.relisted' || e.type === 'target.retired') {
          this.apply(e.target);
        }
      }
    });
  }

  apply(s: TargetStatusSnapshot): void {
    const currentRef = this.#refById.get(s.id);
    const current = currentRef === undefined ? undefined : this.#byRef.get(currentRef);
    if (current && current.version > s.version) return;
    if (currentRef !== undefined && currentRef !== s.ref) this.#byRef.delete(currentRef);
    if (s.previousRef !== undefined && s.previousRef !== s.ref && this.#byRef.get(s.previousRef)?.id === s.id) {
      this.#byRef.delete(s.previousRef);
    }
    this.#byRef.set(s.ref, entryOf(s));
    this.#refById.set(s.id, s.ref);
  }

  get(ref: string): StatusEntry | undefined {
    return this.#byRef.get(ref);
  }
}
