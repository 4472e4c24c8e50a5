import type { Actor, Command, Tx, Writer } from '../../db/writer.ts';
import type { DomainEvent } from '../../events.ts';
import type { Destinations } from './destinations.ts';
import { enqueueEvents } from './enqueue.ts';

/**
 * The transactional outbox's seam: every command run through this writer also writes, in its own
 * transaction and after its own work, an outbox message for each of its events that someone
 * listens to. While nobody listens the command runs untouched.
 */
export class OutboxWriter implements Writer {
  constructor(
    private readonly inner: Writer,
    private readonly destinations: Destinations,
  ) {}

  #wrap<T>(command: Command<T>): Command<T> {
    const destinations = this.destinations;
    return async (tx: Tx) => {
      if (!destinations.loaded) await destinations.ready();
      if (!destinations.any) return command(tx);
      const emitted: DomainEvent[] = [];
      const value = await command({
        ...tx,
        emit(event) {
          emitted.push(event);
          tx.emit(event);
        },
      });
      if (emitted.length > 0) await enqueueEvents(tx, emitted, destinations);
      return value;
    };
  }

  run<T>(command: Command<T>, actor: Actor): Promise<T> {
    return this.inner.run(this.#wrap(command), actor);
  }

  runAll<T>(commands: Command<T>[], actor: Actor): Promise<PromiseSettledResult<T>[]> {
    return this.inner.runAll(
      commands.map((c) => this.#wrap(c)),
      actor,
    );
  }

  drain(): Promise<void> {
    return this.inner.drain();
  }
}
