import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget, unique } from '#test/helpers/factories.ts';
import { type Received, type Receiver, startReceiver } from '#test/helpers/receiver.ts';
import { verifyWebhook } from './signing.ts';

const fast = { ANDON_WEBHOOK_RETRY_SCHEDULE: '0.05,0.05,0.05', ANDON_OUTBOX_POLL_MS: '50', ANDON_WEBHOOK_TIMEOUT_MS: '2000' };

/** Checks a delivery's Standard Webhooks headers against the secret. */
function verified(r: Received, secret: string): boolean {
  return verifyWebhook(secret, { id: String(r.headers['webhook-id']), timestamp: String(r.headers['webhook-timestamp']), signature: String(r.headers['webhook-signature']) }, r.body);
}

describe.each(testDialects())('outbound webhooks on %s', (dialect) => {
  let t: TestApp;
  let rx: Receiver;
  beforeAll(async () => {
    t = await createTestApp(dialect, fast);
    rx = await startReceiver();
  });
  afterAll(async () => {
    await t.close();
    await rx.close();
  });
  beforeEach(async () => {
    rx.received.length = 0;
    rx.respond = () => ({ status: 200, body: 'ok' });
    for (const s of (await t.call('GET', '/api/v1/webhooks')).body.items) await t.call('DELETE', `/api/v1/webhooks/${s.id}`);
  });

  async function subscribe(eventTypes: string[], path = '/hook') {
    const res = await t.call('POST', '/api/v1/webhooks', { name: unique('hook'), url: `${rx.url}${path}`, eventTypes });
    expect(res.status).toBe(201);
    return res.body as { subscription: { id: string }; secret: string };
  }

  it('signs each event per Standard Webhooks, and lists each delivery with its attempts', async () => {
    const { subscription, secret } = await subscribe(['complaint.created', 'andon.pulled', 'target.suppressed', 'work_order.created']);
    const target = await makeTarget(t);
    await complain(t, target, 'C-1');
    await complain(t, target, 'C-2');
    const pull = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'agent-1' });
    expect(pull.status).toBe(201);
    await rx.waitFor((r) => r.length >= 6);
    const types = rx.received.map((r) => r.json.type);
    expect(types.slice(0, 2)).toEqual(['complaint.created', 'complaint.created']);
    expect(new Set(types)).toEqual(new Set(['complaint.created', 'andon.pulled', 'target.suppressed', 'work_order.created']));
    for (const r of rx.received) {
      expect(r.headers['content-type']).toContain('application/json');
      expect(r.headers['webhook-id']).toMatch(/^msg_/);
      expect(verified(r, secret)).toBe(true);
      expect(r.json).toMatchObject({ timestamp: expect.any(String), data: expect.any(Object) });
    }
    expect(rx.received[0]!.json.data.complaint).toMatchObject({ targetId: target.id, issueCode: 'defective' });
    // The receiver answers before the dispatcher records the outcome: wait for the log to catch up.
    await expect.poll(async () => (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries?status=delivered`)).body.items.length).toBe(6);
    const log = await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries?status=delivered`);
    const one = await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries/${log.body.items[0].id}`);
    expect(one.body.attemptLog).toEqual([expect.objectContaining({ attempt: 1, ok: true, statusCode: 200 })]);
  });

  it('writes nothing for events nobody subscribed to', async () => {
    await subscribe(['target.retired']);
    const target = await makeTarget(t);
    await complain(t, target, 'C-1');
    const rows = await t.ctx.database.db.selectFrom('outbox').select('id').where('order_key', '=', target.id).execute();
    expect(rows).toHaveLength(0);
  });

  it('retries after 500s with backoff and delivers; the log keeps every attempt', async () => {
    const { subscription } = await subscribe(['complaint.created']);
    let calls = 0;
    rx.respond = () => (++calls <= 2 ? { status: 500, body: 'boom' } : { status: 204 });
    await complain(t, await makeTarget(t), 'C-1');
    await rx.waitFor((r) => r.length >= 3);
    await expect.poll(async () => (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`)).body.items[0].status).toBe('delivered');
    const [m] = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`)).body.items;
    const detail = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries/${m.id}`)).body;
    expect(detail.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    // The same message on every attempt: receivers drop duplicates by webhook-id.
    expect(new Set(rx.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('keeps trying while the receiver is down, delivers when it is back', async () => {
    const { subscription } = await subscribe(['complaint.created']);
    const target = await makeTarget(t);
    await rx.down();
    try {
      await complain(t, target, 'C-1');
      // The first attempt (at commit) finds nobody listening.
      await expect.poll(async () => (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`)).body.items[0]?.attempts ?? 0, { interval: 5 }).toBeGreaterThan(0);
    } finally {
      await rx.up();
    }
    await rx.waitFor((r) => r.length >= 1);
    expect(rx.received[0]!.json.type).toBe('complaint.created');
    const [m] = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`)).body.items;
    const attempts = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries/${m.id}`)).body.attemptLog;
    expect(attempts[0]).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/ECONNREFUSED|fetch failed/) });
  });

  it('dead-letters after the last retry; a manual redelivery sends it again with the same id', async () => {
    const { subscription } = await subscribe(['complaint.created']);
    rx.respond = () => ({ status: 503 });
    await complain(t, await makeTarget(t), 'C-1');
    await expect.poll(async () => (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries?status=dead`)).body.items.length, { timeout: 5000 }).toBe(1);
    expect(rx.received).toHaveLength(4);
    const [dead] = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries?status=dead`)).body.items;
    rx.respond = () => ({ status: 200 });
    const again = await t.call('POST', `/api/v1/webhooks/${subscription.id}/deliveries/${dead.id}/redeliver`);
    expect(again.status).toBe(202);
    await rx.waitFor((r) => r.length >= 5);
    expect(rx.received[4]!.headers['webhook-id']).toBe(dead.messageId);
    const audit = await t.ctx.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', subscription.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['webhook.created', 'outbox.redelivery_requested']));
  });

  it("keeps one target's messages in order while another target's go ahead", async () => {
    await subscribe(['complaint.created']);
    const [a, b] = [await makeTarget(t), await makeTarget(t)];
    // The first message of A fails twice: A's later messages wait behind it; B's do not.
    let failed = 0;
    rx.respond = (r) => (r.json.data.complaint.targetId === a.id && r.json.data.complaint.customerRef === 'A-1' && ++failed <= 2 ? { status: 500 } : { status: 200 });
    for (let i = 1; i <= 3; i++) await complain(t, a, `A-${i}`);
    await complain(t, b, 'B-1');
    await rx.waitFor((r) => r.filter((x) => x.json.data.complaint.targetId === a.id && x.headers['webhook-id']).length >= 5);
    const ok = rx.received.filter((r, i) => !(r.json.data.complaint.customerRef === 'A-1' && i < 3 && rx.received.slice(0, i + 1).filter((x) => x.json.data.complaint.customerRef === 'A-1').length <= 2));
    const aOrder = ok.filter((r) => r.json.data.complaint.targetId === a.id).map((r) => r.json.data.complaint.customerRef);
    expect(aOrder).toEqual(['A-1', 'A-2', 'A-3']);
    const firstAOk = rx.received.findIndex((r, i) => r.json.data.complaint.customerRef === 'A-1' && rx.received.slice(0, i + 1).filter((x) => x.json.data.complaint.customerRef === 'A-1').length === 3);
    const bAt = rx.received.findIndex((r) => r.json.data.complaint.targetId === b.id);
    expect(bAt).toBeLessThan(firstAOk);
  });

  it('rotates the secret: both sign until the old one expires', async () => {
    const { subscription, secret: old } = await subscribe(['complaint.created']);
    const rotated = await t.call('POST', `/api/v1/webhooks/${subscription.id}/rotate-secret`, { keepOldHours: 1 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.subscription.secrets).toHaveLength(2);
    await complain(t, await makeTarget(t), 'C-1');
    await rx.waitFor((r) => r.length >= 1);
    const r = rx.received[0]!;
    expect(String(r.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verified(r, old)).toBe(true);
    expect(verified(r, rotated.body.secret)).toBe(true);
  });

  it('sends a signed test ping; refuses unknown subscriptions and bad URLs', async () => {
    const { subscription, secret } = await subscribe(['complaint.created']);
    expect((await t.call('POST', `/api/v1/webhooks/${subscription.id}/test`)).status).toBe(202);
    await rx.waitFor((r) => r.length >= 1);
    expect(rx.received[0]!.json.type).toBe('webhook.test');
    expect(verified(rx.received[0]!, secret)).toBe(true);
    expect((await t.call('POST', '/api/v1/webhooks/nope/test')).status).toBe(404);
    expect((await t.call('POST', '/api/v1/webhooks', { name: 'x', url: 'ftp://example.test', eventTypes: ['complaint.created'] })).status).toBe(400);
    expect((await t.call('POST', '/api/v1/webhooks', { name: 'x', url: rx.url, eventTypes: ['no.such'] })).status).toBe(400);
    expect((await t.anonymous.call('GET', '/api/v1/webhooks')).status).toBe(401);
    expect((await (await t.as('agent')).call('GET', '/api/v1/webhooks')).status).toBe(403);
  });

  it('loses nothing when the server dies between commit and delivery: the next start delivers', async () => {
    const { secret } = await subscribe(['complaint.created']);
    // As if killed right after commit: the dispatcher never ran.
    await t.ctx.outbox.dispatcher.stop();
    const target = await makeTarget(t);
    await complain(t, target, 'C-1');
    await new Promise((r) => setTimeout(r, 150));
    expect(rx.received).toHaveLength(0);
    const handle = await t.db.reopen();
    const second = await buildApp({ config: t.db.config, database: handle, logger: false });
    try {
      await rx.waitFor((r) => r.length >= 1);
      expect(rx.received[0]!.json.data.complaint.targetId).toBe(target.id);
      expect(verified(rx.received[0]!, secret)).toBe(true);
    } finally {
      await second.app.close();
      await handle.close();
      t.ctx.outbox.dispatcher.start(t.ctx.events);
    }
  });

  it('deletes delivered messages past the retention, keeps dead letters and newer ones', async () => {
    const { subscription } = await subscribe(['complaint.created']);
    await complain(t, await makeTarget(t), 'C-1');
    await expect.poll(async () => (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries?status=delivered`)).body.items.length).toBe(1);
    expect(await t.ctx.outbox.dispatcher.prune(new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(await t.ctx.outbox.dispatcher.prune(new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect((await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`)).body.items).toHaveLength(0);
  });

  it.runIf(dialect === 'postgres')('two instances on one database deliver each message once', async () => {
    await subscribe(['complaint.created']);
    const handle = await t.db.reopen();
    const second = await buildApp({ config: t.db.config, database: handle, logger: false });
    try {
      await second.ctx.outbox.destinations.reload();
      const targets = [await makeTarget(t), await makeTarget(t), await makeTarget(t)];
      for (let i = 0; i < 12; i++) await complain(t, targets[i % 3]!, `C-${i}`);
      await rx.waitFor((r) => r.length >= 12);
      await new Promise((r) => setTimeout(r, 300));
      const ids = rx.received.map((r) => String(r.headers['webhook-id']));
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    } finally {
      await second.app.close();
      await handle.close();
    }
  });
});
