import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupCommitWriter, PoolWriter } from '#server/db/writer.ts';
import { EventBus } from '#server/events.ts';
import { pullCord } from '#server/modules/andons/andons.service.ts';
import { createTestApp, issueTestToken, type TestApp } from '#test/helpers/app.ts';
import { statusFastPath } from './status-fast-path.ts';
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

  it('answers the common case before the framework, the same as the route, and leaves everything else to it', async () => {
    const target = await makeTarget(t);
    const token = await issueTestToken(t.ctx, ['status:read']);
    const other = await issueTestToken(t.ctx, ['complaints:read']);
    // Remembered credentials only: the first use of a token goes the full way and is then remembered.
    for (const headers of [token.headers, other.headers]) await t.call('GET', `/api/v1/status/${target.ref}`, undefined, headers);
    await t.call('GET', `/api/v1/status/${target.ref}`);
    let stopping = false;
    const fast = statusFastPath({ index: t.ctx.statusIndex, auth: t.ctx.auth, stopping: () => stopping });
    const server = http.createServer((req, res) => {
      if (!fast(req, res)) res.writeHead(299).end('the full way');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answer = await fetch(`${base}/api/v1/status/${target.ref}`, { headers: token.headers });
      const viaRoute = await t.call('GET', `/api/v1/status/${target.ref}`, undefined, token.headers);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual(viaRoute.body);
      for (const name of ['content-type', 'cache-control', 'x-content-type-options']) {
        expect(answer.headers.get(name), name).toBe(viaRoute.response.headers[name]);
      }
      // A session cookie that is remembered is served too.
      const cookie = (await fetch(`${base}/api/v1/status/${target.ref}`, { headers: { cookie: t.admin.headers['cookie']! } })).status;
      expect(cookie).toBe(200);
      const fullWay = async (url: string, init: RequestInit = { headers: token.headers }) => (await fetch(`${base}${url}`, init)).status;
      expect(await fullWay('/api/v1/status/nope')).toBe(299); // unknown: the route's 404
      expect(await fullWay(`/api/v1/status/${target.ref}`, {})).toBe(299); // no credential: 401
      expect(await fullWay(`/api/v1/status/${target.ref}`, { headers: { authorization: 'Bearer never-seen' } })).toBe(299);
      expect(await fullWay(`/api/v1/status/${target.ref}`, { headers: other.headers })).toBe(299); // 403
      expect(await fullWay(`/api/v1/status/${target.ref}?x=1`)).toBe(299);
      expect(await fullWay(`/api/v1/status/${target.ref}/`)).toBe(299);
      expect(await fullWay(`/api/v1/status/${encodeURIComponent(`${target.ref} x`)}`)).toBe(299);
      expect(await fullWay(`/api/v1/status/${target.ref}`, { method: 'HEAD', headers: token.headers })).toBe(299);
      stopping = true;
      expect(await fullWay(`/api/v1/status/${target.ref}`)).toBe(299);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves the look-up over real HTTP the same way whichever path answers', async () => {
    const target = await makeTarget(t);
    const token = await issueTestToken(t.ctx, ['status:read']);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const get = async (ref: string, headers: Record<string, string> = token.headers) => {
      const r = await fetch(`${base}/api/v1/status/${ref}`, { headers });
      return { status: r.status, type: r.headers.get('content-type'), body: (await r.json()) as Record<string, unknown> };
    };
    const first = await get(target.ref); // the full way (the token is new), then remembered
    const second = await get(target.ref);
    expect(second).toEqual(first);
    expect(second.body).toMatchObject({ ref: target.ref, onSale: true });
    expect((await get('nope')).status).toBe(404);
    expect((await get(target.ref, {})).status).toBe(401);
  });
});
