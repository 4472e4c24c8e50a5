import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupCommitWriter, PoolWriter } from '#server/db/writer.ts';
import { EventBus } from '#server/events.ts';
import { pullCord } from '#server/modules/andons/andons.service.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget } from '#test/helpers/factories.ts';

describe.each(testDialects())('the storefront status look-up on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers one target, or many, from memory', async () => {
    const a = await makeTarget(t);
    const b = await makeTarget(t);
    const one = await t.call('GET', `/api/v1/status/${a.ref}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ ref: a.ref, onSale: true, status: 'on_sale', andonId: null, since: null });
    expect(one.response.headers['cache-control']).toBe('no-store');
    const many = await t.call('POST', '/api/v1/status/batch', { refs: [a.ref, 'nope', b.ref] });
    expect(many.body.items.map((i: { ref: string }) => i.ref)).toEqual([a.ref, b.ref]);
    expect(many.body.unknown).toEqual(['nope']);
    const viaGet = await t.call('GET', `/api/v1/status?refs=${a.ref},${b.ref}`);
    expect(viaGet.body.items).toHaveLength(2);
    expect((await t.call('GET', '/api/v1/status/nope')).status).toBe(404);
    expect((await t.call('POST', '/api/v1/status/batch', { refs: Array.from({ length: 1001 }, (_, i) => `r${i}`) })).status).toBe(400);
  });

  it('shows a suppression the moment the pull is acknowledged', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1');
    await complain(t, target, 'c2');
    const [pull, ...checks] = await Promise.all([
      t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a1' }),
    ]);
    expect(checks).toEqual([]);
    expect(pull.status).toBe(201);
    const after = await t.call('GET', `/api/v1/status/${target.ref}`);
    expect(after.body).toMatchObject({ onSale: false, status: 'suppressed', andonId: pull.body.id });
    expect(after.body.since).toBe(pull.body.pulledAt);
  });

  it('catches up with a pull made by another process', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1');
    await complain(t, target, 'c2');
    // A second handle and writer on the same database: what `andon pull` or another instance does.
    const other = await t.db.reopen();
    const writer = other.dialect === 'sqlite' ? new GroupCommitWriter(other.writer, new EventBus(), 100) : new PoolWriter(other.writer, new EventBus());
    const since = new Date(Date.now() - 1000).toISOString();
    await writer.run((tx) => pullCord(tx, { targetRef: target.ref, issueCode: 'defective', pulledBy: 'cli' }), { id: 'cli' });
    await writer.drain();
    await other.close();
    expect((await t.call('GET', `/api/v1/status/${target.ref}`)).body.onSale).toBe(true);
    await t.ctx.statusIndex.refresh(t.ctx.database.db, since);
    expect((await t.call('GET', `/api/v1/status/${target.ref}`)).body.onSale).toBe(false);
  });
});
