import fs from 'node:fs';
import { sql } from 'kysely';
import { collectDefaultMetrics, Gauge, Histogram, Counter, Registry } from 'prom-client';
import type { DatabaseHandle } from '../../db/connect.ts';
import { outboxStats } from '../webhooks/outbox.repository.ts';

type Child = { observe(v: number): void };

/**
 * The Prometheus metrics of one instance: HTTP requests by route and status, the database, the
 * outbox's backlog, lag and deliveries, open andons by state and the oldest lamp's age, and the
 * process (memory, CPU, event-loop lag). Database figures are read when scraped.
 */
export class OpsMetrics {
  readonly registry = new Registry();
  readonly #http: Histogram<'method' | 'route' | 'status'>;
  readonly #children = new Map<string, Child>();
  readonly #deliveries: Counter<'kind' | 'outcome'>;
  readonly #deliverySeconds: Histogram<'kind'>;
  readonly #dbUp: Gauge;
  readonly #dbPing: Gauge;
  readonly #dbSize: Gauge;
  readonly #outboxPending: Gauge;
  readonly #outboxDead: Gauge;
  readonly #outboxLag: Gauge;
  readonly #openAndons: Gauge<'state'>;
  readonly #oldestLamp: Gauge;

  constructor(private readonly database: DatabaseHandle) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'andon_' });
    this.#http = new Histogram({
      name: 'andon_http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status (its _count is the request count)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    });
    this.#deliveries = new Counter({ name: 'andon_outbox_deliveries_total', help: 'Delivery attempts by destination kind and outcome (delivered, retry, dead)', labelNames: ['kind', 'outcome'], registers });
    this.#deliverySeconds = new Histogram({ name: 'andon_outbox_delivery_duration_seconds', help: 'How long one delivery attempt took', labelNames: ['kind'], buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers });
    this.#dbUp = new Gauge({ name: 'andon_database_up', help: '1 when the database answered the scrape’s query', registers });
    this.#dbPing = new Gauge({ name: 'andon_database_ping_seconds', help: 'How long `select 1` took at the scrape', registers });
    this.#dbSize = new Gauge({ name: 'andon_database_size_bytes', help: 'SQLite: the database file plus its write-ahead log', registers });
    this.#outboxPending = new Gauge({ name: 'andon_outbox_pending', help: 'Messages waiting to be delivered (backlog)', registers });
    this.#outboxDead = new Gauge({ name: 'andon_outbox_dead', help: 'Dead-lettered messages (redeliver them by hand)', registers });
    this.#outboxLag = new Gauge({ name: 'andon_outbox_lag_seconds', help: 'Age of the oldest undelivered message (0 when none)', registers });
    this.#openAndons = new Gauge({ name: 'andon_open_andons', help: 'Open andons by lifecycle state', labelNames: ['state'], registers });
    this.#oldestLamp = new Gauge({ name: 'andon_oldest_lamp_age_seconds', help: 'How long the oldest lit lamp (open andon) has been on (0 when none)', registers });
  }

  /** Records one HTTP request (label children are kept, so the hot path does no label hashing). */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let child = this.#children.get(key);
    if (!child) {
      child = this.#http.labels(method, route, String(status));
      this.#children.set(key, child);
    }
    child.observe(seconds);
  }

  /** Records one outbox delivery attempt. */
  observeDelivery(kind: string, outcome: 'delivered' | 'retry' | 'dead', seconds: number): void {
    this.#deliveries.labels(kind, outcome).inc();
    this.#deliverySeconds.labels(kind).observe(seconds);
  }

  async #refresh(): Promise<void> {
    const db = this.database.db;
    const started = performance.now();
    try {
      await sql`select 1`.execute(db);
      this.#dbUp.set(1);
      this.#dbPing.set((performance.now() - started) / 1000);
    } catch {
      this.#dbUp.set(0);
      return;
    }
    if (this.database.dialect === 'sqlite') {
      const file = this.database.location;
      const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
      this.#dbSize.set(size(file) + size(`${file}-wal`));
    }
    const now = new Date();
    const stats = await outboxStats(db, now.toISOString());
    this.#outboxPending.set(stats.pending);
    this.#outboxDead.set(stats.dead);
    this.#outboxLag.set(stats.oldestPendingAt ? Math.max(0, (now.getTime() - Date.parse(stats.oldestPendingAt)) / 1000) : 0);
    const byState = await db.selectFrom('andons').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).where('closed_at', 'is', null).groupBy('state').execute();
    this.#openAndons.reset();
    for (const state of ['pulled', 'contained', 'root_caused', 'awaiting_acceptance']) this.#openAndons.labels(state).set(0);
    for (const row of byState) this.#openAndons.labels(row.state).set(Number(row.n));
    const oldest = await db.selectFrom('andons').select((eb) => eb.fn.min<string>('pulled_at').as('at')).where('closed_at', 'is', null).executeTakeFirst();
    this.#oldestLamp.set(oldest?.at ? Math.max(0, (now.getTime() - Date.parse(oldest.at)) / 1000) : 0);
  }

  /** The exposition text, after reading the database's figures. */
  async scrape(): Promise<string> {
    await this.#refresh();
    return this.registry.metrics();
  }
}
