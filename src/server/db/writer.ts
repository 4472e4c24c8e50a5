import { type ControlledTransaction, type Kysely, sql, type Transaction } from 'kysely';
import { AndonError } from '#domain/errors.ts';
import type { DomainEvent, EventBus } from '../events.ts';
import type { DialectName } from './dialect.ts';
import { ConfigMemo } from './memo.ts';
import type { Database } from './schema.ts';

/** Who asks for a change, carried into audit events. */
export interface Actor {
  /** The person (a user's ref) or system part that acts, as recorded in the audit log. */
  id: string;
  requestId?: string | undefined;
  /** The credential used: `session:…`, `token:<id>` (on behalf of the person named), `cli`. */
  via?: string | undefined;
}

/** What every unit of work may need besides the database: how customer refs are stored. */
export interface WriterOptions {
  memo?: ConfigMemo;
  /** Customer refs as stored and compared (a keyed hash when ANDON_CUSTOMER_HASH_KEY is set). */
  customerRef?: (ref: string) => string;
}

const asIs = (ref: string) => ref;

/** One unit of work: a transaction, its clock, its actor, and the events it will publish on commit. */
export interface Tx {
  db: Kysely<Database>;
  dialect: DialectName;
  now: Date;
  actor: Actor;
  emit(event: DomainEvent): void;
  /** Configuration remembered across units of work; a service that changes configuration clears it. */
  memo: ConfigMemo;
  /** A customer ref as stored (the keyed hash when configured). */
  customerRef(ref: string): string;
}

export type Command<T> = (tx: Tx) => Promise<T>;

/** Runs commands, each atomically; resolves only after the command's transaction is durable. */
export interface Writer {
  run<T>(command: Command<T>, actor: Actor): Promise<T>;
  /** Runs commands in order, each atomically on its own; one failing does not stop the others. */
  runAll<T>(commands: Command<T>[], actor: Actor): Promise<PromiseSettledResult<T>[]>;
  /** Waits for queued commands, then refuses new ones. */
  drain(): Promise<void>;
}

interface Job {
  command: Command<unknown>;
  actor: Actor;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

function storageFailure(cause: unknown): AndonError {
  const error = new AndonError('storage_unavailable');
  (error as { cause?: unknown }).cause = cause;
  return error;
}

interface TxServices {
  memo: ConfigMemo;
  customerRef: (ref: string) => string;
}

function txFor(db: Kysely<Database>, dialect: DialectName, actor: Actor, events: DomainEvent[], services: TxServices): Tx {
  return { db, dialect, now: new Date(), actor, emit: (e) => events.push(e), memo: services.memo, customerRef: services.customerRef };
}

function servicesOf(options: WriterOptions): TxServices {
  return { memo: options.memo ?? new ConfigMemo(), customerRef: options.customerRef ?? asIs };
}

interface Outcome {
  ok: boolean;
  value: unknown;
  events: DomainEvent[];
}

/**
 * Runs commands in one transaction, each inside its own savepoint so one failure does not undo
 * the others. Returns each command's outcome, or throws when the transaction itself fails.
 */
async function runInOneTransaction(
  db: Kysely<Database>,
  dialect: DialectName,
  jobs: readonly { command: Command<unknown>; actor: Actor }[],
  services: TxServices,
): Promise<Outcome[]> {
  const memo = services.memo;
  const outcomes: Outcome[] = [];
  const trx: ControlledTransaction<Database> = await db.startTransaction().execute();
  try {
    for (const job of jobs) {
      const events: DomainEvent[] = [];
      // Plain statements rather than Kysely's savepoint objects: this runs once per command on the intake path.
      await sql`savepoint job`.execute(trx);
      try {
        const value = await job.command(txFor(trx, dialect, job.actor, events, services));
        await sql`release job`.execute(trx);
        outcomes.push({ ok: true, value, events });
      } catch (error) {
        await sql`rollback to job`.execute(trx);
        await sql`release job`.execute(trx);
        // What the failed command read or changed may now be remembered wrongly.
        memo.clear();
        outcomes.push({ ok: false, value: error, events: [] });
      }
    }
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute().catch(() => {});
    memo.clear();
    throw error;
  }
  return outcomes;
}

/**
 * SQLite has one writer: commands queued in the same event-loop turn share one transaction (group
 * commit), each inside its own savepoint so one failure does not undo the others. Every reply waits
 * for the commit, so durability is the same as one transaction per command, at a fraction of the fsyncs.
 */
export class GroupCommitWriter implements Writer {
  #queue: Job[] = [];
  #running: Promise<void> | null = null;
  #scheduled = false;
  #closed = false;

  readonly #services: TxServices;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    private readonly maxBatch: number,
    options: WriterOptions = {},
  ) {
    this.#services = servicesOf(options);
  }

  run<T>(command: Command<T>, actor: Actor): Promise<T> {
    if (this.#closed) return Promise.reject(new AndonError('storage_unavailable'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ command: command as Command<unknown>, actor, resolve: resolve as (v: unknown) => void, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#running) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#running = this.#flush().finally(() => {
        this.#running = null;
        if (this.#queue.length > 0) this.#schedule();
      });
    });
  }

  async #flush(): Promise<void> {
    const batch = this.#queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = await runInOneTransaction(this.db, 'sqlite', batch, this.#services);
    } catch (error) {
      const failure = storageFailure(error);
      for (const job of batch) job.reject(failure);
      return;
    }
    this.events.publish(outcomes.flatMap((o) => o.events));
    batch.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.value);
    });
  }

  runAll<T>(commands: Command<T>[], actor: Actor): Promise<PromiseSettledResult<T>[]> {
    // Queued in order, they share group commits in order.
    return Promise.allSettled(commands.map((c) => this.run(c, actor)));
  }

  async drain(): Promise<void> {
    this.#closed = true;
    while (this.#running || this.#scheduled || this.#queue.length > 0) {
      await (this.#running ?? new Promise((r) => setImmediate(r)));
    }
  }
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock detected

/** PostgreSQL: each command is its own transaction on the pool; the server groups commits itself. */
export class PoolWriter implements Writer {
  #inflight = new Set<Promise<unknown>>();
  #closed = false;

  readonly #services: TxServices;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    options: WriterOptions = {},
  ) {
    this.#services = servicesOf(options);
  }

  run<T>(command: Command<T>, actor: Actor): Promise<T> {
    if (this.#closed) return Promise.reject(new AndonError('storage_unavailable'));
    const p = this.#runWithRetry(command, actor);
    this.#inflight.add(p);
    void p.finally(() => this.#inflight.delete(p)).catch(() => {});
    return p;
  }

  async #runWithRetry<T>(command: Command<T>, actor: Actor): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const events: DomainEvent[] = [];
      try {
        const value = await this.db
          .transaction()
          .execute((trx: Transaction<Database>) => command(txFor(trx, 'postgres', actor, events, this.#services)));
        this.events.publish(events);
        return value;
      } catch (error) {
        this.#services.memo.clear();
        if (error instanceof AndonError) throw error;
        const code = (error as { code?: string }).code;
        if (code && RETRYABLE.has(code) && attempt < 5) continue;
        if (isConnectionError(error)) throw storageFailure(error);
        throw error;
      }
    }
  }

  /** In order, in transactions of up to 500 commands (each in a savepoint), so a batch sees its own earlier items. */
  async runAll<T>(commands: Command<T>[], actor: Actor): Promise<PromiseSettledResult<T>[]> {
    if (this.#closed) return commands.map(() => ({ status: 'rejected', reason: new AndonError('storage_unavailable') }));
    const results: PromiseSettledResult<T>[] = [];
    const work = (async () => {
      for (let i = 0; i < commands.length; i += 500) {
        const chunk = commands.slice(i, i + 500).map((command) => ({ command: command as Command<unknown>, actor }));
        let outcomes: Outcome[] | null = null;
        for (let attempt = 1; outcomes === null; attempt++) {
          try {
            outcomes = await runInOneTransaction(this.db, 'postgres', chunk, this.#services);
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (!(code && RETRYABLE.has(code) && attempt < 5)) {
              const failure = isConnectionError(error) ? storageFailure(error) : error;
              outcomes = chunk.map(() => ({ ok: false, value: failure, events: [] }));
            }
          }
        }
        this.events.publish(outcomes.flatMap((o) => o.events));
        for (const o of outcomes) {
          results.push(o.ok ? { status: 'fulfilled', value: o.value as T } : { status: 'rejected', reason: o.value });
        }
      }
    })();
    this.#inflight.add(work);
    try {
      await work;
    } finally {
      this.#inflight.delete(work);
    }
    return results;
  }

  async drain(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#inflight]);
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001', '53300'].includes(code);
}
