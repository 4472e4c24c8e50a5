import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.ts';
import { issueTestToken } from '#test/helpers/app.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '#test/helpers/db.ts';
import { unique } from '#test/helpers/factories.ts';
import { dataOf, openSse, type SseFrame } from '#test/helpers/sse.ts';
import type { LiveHub } from './live-hub.ts';

interface Running {
  app: FastifyInstance;
  live: LiveHub;
  url: string;
  db: TestDatabase;
}

/** The API token every request of these tests carries (a stream needs a credential like any route). */
let auth: Record<string, string> = {};

/** A real server on a free port (not inject: a stream needs a socket), heartbeat every 50 ms. */
async function listen(
  dialect: Parameters<typeof createTestDatabase>[0],
  bufferSize = 1000,
): Promise<Running> {
  const db = await createTestDatabase(dialect);
  const { app, live, ctx } = await buildApp({
    config: db.config,
    database: db.database,
    logger: false,
    webRoot: null,
    live: { heartbeatMs: 50, bufferSize },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  auth = (await issueTestToken(ctx)).headers;
  return { app, live, url: address, db };
}

async function post(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

const typed = (type: string) => (f: SseFrame) => f.data !== undefined && dataOf(f).type === type;
const until = async (check: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe.each(testDialects())('the live event stream over real HTTP on %s', (dialect) => {
  let s: Running;
  beforeAll(async () => {
    s = await listen(dialect);
  });
  afterAll(async () => {
    await s.app.close();
    await s.db.cleanup();
  });

  it('streams the events of a complaint and a pull, with ids, a retry hint and heartbeats', async () => {
    const stream = await openSse(`${s.url}/api/v1/live`, auth);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(stream.headers.get('cache-control')).toContain('no-cache');
      expect(stream.headers.get('x-request-id')).toBeTruthy();
      const hello = await stream.next((f) => f.retry !== undefined);
      expect(hello).toMatchObject({ retry: 2000, id: s.live.lastId });

      const target = await post(`${s.url}/api/v1/targets`, {
        ref: unique('LIVE'),
        kind: 'product',
        name: 'Live book',
      });
      await post(`${s.url}/api/v1/complaints`, {
        targetRef: target.ref,
        customerRef: 'c1',
        issueCode: 'defective',
        recordedBy: 'xiao.lin',
      });
      const second = await post(`${s.url}/api/v1/complaints`, {
        targetRef: target.ref,
        customerRef: 'c2',
        issueCode: 'defective',
        recordedBy: 'xiao.lin',
      });
      const andon = await post(`${s.url}/api/v1/andons`, {
        complaintId: second.complaint.id,
        pulledBy: 'xiao.lin',
      });

      const pulled = await stream.next(typed('andon.pulled'));
      expect(dataOf(pulled)).toMatchObject({
        type: 'andon.pulled',
        andonId: andon.id,
        targetId: target.id,
        issueCode: 'defective',
        trigger: 'rule',
      });
      const suppressed = await stream.next(typed('target.suppressed'));
      expect(dataOf(suppressed)).toMatchObject({
        target: { ref: target.ref, status: 'suppressed' },
        andonId: andon.id,
      });
      const ids = stream.frames.filter((f) => f.data).map((f) => Number(f.id!.split('-')[1]));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
      expect(stream.frames.filter(typed('complaint.created'))).toHaveLength(2);
      await stream.next((f) => f.comments.includes('ping'), 1000);
    } finally {
      stream.close();
    }
  });

  it('catches a reconnecting client up from Last-Event-ID, and resets one it cannot', async () => {
    const first = await openSse(`${s.url}/api/v1/live`, auth);
    const seen = (await first.next((f) => f.id !== undefined)).id!;
    first.close();
    const target = await post(`${s.url}/api/v1/targets`, {
      ref: unique('MISSED'),
      kind: 'product',
      name: 'Missed',
    });
    await post(`${s.url}/api/v1/complaints`, {
      targetRef: target.ref,
      customerRef: 'c1',
      issueCode: 'defective',
    });

    const again = await openSse(`${s.url}/api/v1/live`, { ...auth, 'last-event-id': seen });
    try {
      const missed = await again.next(typed('complaint.created'));
      expect(dataOf(missed)).toMatchObject({ targetId: target.id });
      expect(again.frames.some(typed('target.upserted'))).toBe(true);
      expect(again.frames.some(typed('live.reset'))).toBe(false);
    } finally {
      again.close();
    }
    const viaQuery = await openSse(`${s.url}/api/v1/live?lastEventId=${encodeURIComponent(seen)}`, auth);
    await viaQuery.next(typed('complaint.created'));
    viaQuery.close();

    for (const stale of ['00000000-3', 'nonsense', `${s.live.boot}-999999999`]) {
      const lost = await openSse(`${s.url}/api/v1/live`, { ...auth, 'last-event-id': stale });
      expect(dataOf(await lost.next(typed('live.reset')))).toEqual({
        type: 'live.reset',
        reason: 'unknown_id',
      });
      lost.close();
    }
  });

  it('forgets a client that disconnects', async () => {
    // The earlier tests' streams are closed: the server notices within moments.
    expect(await until(() => s.live.size === 0)).toBe(true);
    const stream = await openSse(`${s.url}/api/v1/live`, auth);
    await stream.next((f) => f.retry !== undefined);
    expect(s.live.size).toBe(1);
    stream.close();
    expect(await until(() => s.live.size === 0)).toBe(true);
  });

  it('documents the stream in the OpenAPI document and answers HEAD with 404', async () => {
    const doc = (await (await fetch(`${s.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/api/v1/live']).toBeDefined();
    expect((await fetch(`${s.url}/api/v1/live`, { method: 'HEAD', headers: auth })).status).toBe(404);
  });

  it('refuses unknown parameters with a problem instead of opening a stream', async () => {
    const res = await fetch(`${s.url}/api/v1/live?limit=-1&lastEventid=x`, { headers: auth });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'validation_failed', errors: [{ location: 'query' }] });
  });
});

describe('the live event stream when the server stops', () => {
  it('ends open streams so that close() does not hang', async () => {
    const s = await listen('sqlite');
    try {
      const streams = await Promise.all([1, 2, 3].map(() => openSse(`${s.url}/api/v1/live`, auth)));
      await Promise.all(streams.map((st) => st.next((f) => f.retry !== undefined)));
      expect(s.live.size).toBe(3);
      const t0 = Date.now();
      await s.app.close();
      expect(Date.now() - t0).toBeLessThan(2000);
      await Promise.all(streams.map((st) => st.ended));
      expect(s.live.size).toBe(0);
    } finally {
      await s.db.cleanup();
    }
  });

  it('resets a client that fell further behind than the buffer', async () => {
    const s = await listen('sqlite', 3);
    try {
      const first = await openSse(`${s.url}/api/v1/live`, auth);
      const seen = (await first.next((f) => f.id !== undefined)).id!;
      first.close();
      const target = await post(`${s.url}/api/v1/targets`, {
        ref: unique('FAR'),
        kind: 'product',
        name: 'Far behind',
      });
      for (const c of ['c1', 'c2', 'c3', 'c4'])
        await post(`${s.url}/api/v1/complaints`, {
          targetRef: target.ref,
          customerRef: c,
          issueCode: 'changed_mind',
        });
      const again = await openSse(`${s.url}/api/v1/live`, { ...auth, 'last-event-id': seen });
      expect(dataOf(await again.next(typed('live.reset')))).toEqual({
        type: 'live.reset',
        reason: 'too_old',
      });
      const resumed = await again.next((f) => f.id === s.live.lastId);
      expect(resumed.data).toBeUndefined();
      again.close();
    } finally {
      await s.app.close();
      await s.db.cleanup();
    }
  });
});
