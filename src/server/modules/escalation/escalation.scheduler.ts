import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Writer } from '../../db/writer.ts';
import { fireDueClocks } from './escalation.service.ts';

export interface SchedulerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * The escalation clocks' scheduler, in the server process: every interval it fires the clocks that
 * fell due (including those that fell due while the server was down, on its first tick). Several
 * instances may run it on one PostgreSQL: each clock is claimed by exactly one.
 */
export class EscalationScheduler {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<number> | null = null;

  constructor(
    private readonly writer: Writer,
    private readonly db: Kysely<Database>,
    private readonly log?: SchedulerLog,
  ) {}

  /** Fires what is due now; concurrent calls share one run. */
  tick(): Promise<number> {
    this.#running ??= fireDueClocks(this.writer, this.db)
      .then((fired) => {
        if (fired > 0) this.log?.info({ fired }, 'escalation clocks fired');
        return fired;
      })
      .catch((error: unknown) => {
        this.log?.error({ err: error }, 'escalation clocks failed; retrying next tick');
        return 0;
      })
      .finally(() => (this.#running = null));
    return this.#running;
  }

  /** Starts ticking at once, then every `intervalMs`. */
  start(intervalMs: number): void {
    if (this.#timer) return;
    void this.tick();
    this.#timer = setInterval(() => void this.tick(), intervalMs);
    this.#timer.unref();
  }

  /** Stops ticking and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
