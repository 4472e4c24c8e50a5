import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { DomainEvent, EventBus } from '../../events.ts';

export interface LiveOptions {
  /** A comment line this often keeps proxies and browsers from timing the stream out. */
  heartbeatMs?: number;
  /** How many recent events a reconnecting client can catch up on (Last-Event-ID). */
  bufferSize?: number;
  /** The browser waits this long before reconnecting (the stream's `retry:` field). */
  retryMs?: number;
  /** A client this far behind (unsent bytes) is dropped; it reconnects and catches up or resets. */
  maxQueuedBytes?: number;
}

/** What the stream sends: a domain event, or `live.reset` when a client missed events it cannot replay. */
export type LiveMessage = DomainEvent | { type: 'live.reset'; reason: 'unknown_id' | 'too_old' };

interface Entry {
  seq: number;
  event: DomainEvent;
  frame: string | null;
}

/**
 * Fans the domain events published after each commit out to Server-Sent Events streams. Event ids
 * are `<boot>-<seq>`: a client reconnecting with Last-Event-ID from this process gets what it missed
 * from a ring buffer; one from another process (a restart) or too far behind gets `live.reset`.
 */
export class LiveHub {
  readonly boot = randomBytes(4).toString('hex');
  readonly #clients = new Set<ServerResponse>();
  readonly #ring: (Entry | undefined)[];
  readonly #retryMs: number;
  readonly #maxQueuedBytes: number;
  #seq = 0;
  readonly #timer: NodeJS.Timeout;
  readonly #unsubscribe: () => void;
  #closed = false;

  constructor(events: EventBus, options: LiveOptions = {}) {
    this.#ring = new Array<Entry | undefined>(Math.max(1, options.bufferSize ?? 1000));
    this.#retryMs = options.retryMs ?? 2000;
    this.#maxQueuedBytes = options.maxQueuedBytes ?? 1_048_576;
    this.#unsubscribe = events.subscribe((batch) => this.#publish(batch));
    this.#timer = setInterval(() => this.#broadcast(`: ping\n\n`), options.heartbeatMs ?? 15_000);
    this.#timer.unref();
  }

  /** Open streams. */
  get size(): number {
    return this.#clients.size;
  }

  /** The id of the latest event (what a client that has seen everything would send back). */
  get lastId(): string {
    return `${this.boot}-${this.#seq}`;
  }

  /** Starts a stream on a raw response: headers, catch-up after `lastEventId`, then live events until close. */
  attach(res: ServerResponse, headers: Record<string, string>, lastEventId: string | undefined): void {
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: ${this.#retryMs}\n${this.#catchUp(lastEventId)}id: ${this.lastId}\n\n`);
    if (this.#closed) {
      res.end();
      return;
    }
    this.#clients.add(res);
    const forget = () => this.#clients.delete(res);
    res.once('close', forget);
    res.once('error', forget);
  }

  /** Ends every stream and stops listening (the server is closing). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#timer);
    this.#unsubscribe();
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }

  #catchUp(lastEventId: string | undefined): string {
    if (lastEventId === undefined || lastEventId === '') return '';
    const dash = lastEventId.lastIndexOf('-');
    const seq = Number(lastEventId.slice(dash + 1));
    if (
      dash < 0 ||
      lastEventId.slice(0, dash) !== this.boot ||
      !Number.isSafeInteger(seq) ||
      seq < 0 ||
      seq > this.#seq
    ) {
      return this.#reset('unknown_id');
    }
    const size = this.#ring.length;
    if (this.#seq - seq > size) return this.#reset('too_old');
    let out = '';
    for (let s = seq + 1; s <= this.#seq; s++) out += this.#frame(this.#ring[s % size]!);
    return out;
  }

  #reset(reason: 'unknown_id' | 'too_old'): string {
    return `data: ${JSON.stringify({ type: 'live.reset', reason } satisfies LiveMessage)}\n\n`;
  }

  #frame(entry: Entry): string {
    entry.frame ??= `id: ${this.boot}-${entry.seq}\ndata: ${JSON.stringify(entry.event satisfies LiveMessage)}\n\n`;
    return entry.frame;
  }

  // Runs synchronously after each commit, before the writer acknowledges: keep it cheap when nobody listens.
  #publish(batch: readonly DomainEvent[]): void {
    const size = this.#ring.length;
    const entries: Entry[] = [];
    for (const event of batch) {
      const entry: Entry = { seq: ++this.#seq, event, frame: null };
      this.#ring[entry.seq % size] = entry;
      entries.push(entry);
    }
    if (this.#clients.size > 0) this.#broadcast(entries.map((e) => this.#frame(e)).join(''));
  }

  #broadcast(chunk: string): void {
    for (const res of this.#clients) {
      if (res.writableLength > this.#maxQueuedBytes) {
        // A stalled reader must not hold memory for everyone else; it reconnects with Last-Event-ID.
        this.#clients.delete(res);
        res.destroy();
        continue;
      }
      res.write(chunk);
    }
  }
}
