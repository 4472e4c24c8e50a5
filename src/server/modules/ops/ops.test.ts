import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { pulledAndon } from '#test/helpers/lifecycle.ts';
import { insertMessages } from '../webhooks/outbox.repository.ts';

describe.each(testDialects())('health, readiness and metrics on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ANDON_OUTBOX_STUCK_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('/healthz and /readyz answer anyone; /readyz says 503 while the server stops', async () => {
    expect(await t.anonymous.call('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await t.anonymous.call('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: { ok: true }, migrations: { ok: true }, outbox: { ok: true }, accepting: { ok: true } } });
    t.ctx.ops.lifecycle.stopping = true;
    try {
      const stopping = await t.anonymous.call('GET', '/readyz');
      expect(stopping.status).toBe(503);
      expect(stopping.body.checks.accepting).toEqual({ ok: false, detail: 'shutting down' });
    } finally {
      t.ctx.ops.lifecycle.stopping = false;
    }
  });

  it('/readyz fails when a due message has waited too long (a stuck dispatcher)', async () => {
    await t.ctx.outbox.dispatcher.stop();
    const long = new Date(Date.now() - 3_600_000).toISOString();
    const id = uuidv7();
    await t.ctx.writer.run(
      (tx) =>
        insertMessages(tx.db, [
          { id, destinationKind: 'webhook', destinationId: 'gone', eventType: 'complaint.created', messageId: `msg_${id}`, orderKey: 'x', payload: {}, status: 'pending', attempts: 0, nextAttemptAt: long, leaseUntil: null, lastStatus: null, lastError: null, createdAt: long, deliveredAt: null },
        ]),
      { id: 'test' },
    );
    try {
      const r = await t.anonymous.call('GET', '/readyz');
      expect(r.status).toBe(503);
      expect(r.body.checks.outbox.ok).toBe(false);
      const metrics = await (await t.withToken(['metrics:read'])).call('GET', '/metrics');
      expect(metrics.response.body).toMatch(/^andon_outbox_pending 1$/m);
      expect(Number(/^andon_outbox_lag_seconds (\S+)$/m.exec(metrics.response.body)![1])).toBeGreaterThan(3500);
    } finally {
      await t.ctx.writer.run((tx) => tx.db.deleteFrom('outbox').where('id', '=', id).execute(), { id: 'test' });
      t.ctx.outbox.dispatcher.start(t.ctx.events);
    }
  });

  it('/metrics: Prometheus text for a token with metrics:read; HTTP by route and status, open andons by state, the oldest lamp', async () => {
    await pulledAndon(t);
    await t.call('GET', '/api/v1/andons?open=true');
    expect((await t.anonymous.call('GET', '/metrics')).status).toBe(401);
    expect((await (await t.withToken(['targets:read'])).call('GET', '/metrics')).status).toBe(403);
    const res = await (await t.withToken(['metrics:read'])).call('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.response.headers['content-type']).toContain('text/plain');
    const text = res.response.body;
    expect(text).toMatch(/^andon_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/andons",status="200"\} \d+$/m);
    expect(text).toMatch(/^andon_open_andons\{state="pulled"\} [1-9]\d*$/m);
    expect(text).toMatch(/^andon_oldest_lamp_age_seconds \d/m);
    expect(text).toMatch(/^andon_database_up 1$/m);
    expect(text).toMatch(/^andon_outbox_dead 0$/m);
    expect(text).toContain('andon_process_resident_memory_bytes');
  });
});
