import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { makeTarget } from '#test/helpers/factories.ts';

type Operation = { method: string; path: string; hasBody: boolean };

/** Every documented operation, read from the OpenAPI document itself. */
async function operations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.call('GET', '/api/v1/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: Boolean(op.requestBody) })),
  );
}

const junkBodies: unknown[] = [
  {},
  [],
  'just a string',
  42,
  null,
  { complaints: 'nope', refs: 7, code: '', key: '!!', ref: '', name: '', kind: 'spaceship' },
  { targetRef: { $ne: null }, customerRef: ['a'], issueCode: 'DROP TABLE complaints;', text: 5, occurredAt: 'yesterday' },
  { ref: 'x'.repeat(10_000), name: '\u0000\u0001', monthlyGmv: { amountMinor: -1, currency: 'XXX' } },
  { threshold: 0, windowDays: -5, mode: 'sometimes', reward: { amountMinor: 1.5, currency: 'cny' } },
  { __proto__: { admin: true }, constructor: { prototype: { polluted: true } } },
  { pulledBy: '', reason: 'x'.repeat(5000), complaintId: 12 },
];

describe.each(testDialects())('bad input on every route (%s)', (dialect) => {
  let t: TestApp;
  let ops: Operation[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await makeTarget(t, { ref: 'REAL-1' });
    ops = await operations(t);
  });
  afterAll(() => t.close());

  it('documents the operations it serves', () => {
    expect(ops.length).toBeGreaterThan(25);
  });

  it('never answers junk with a 5xx, and answers every 4xx as problem+json', async () => {
    const failures: string[] = [];
    for (const op of ops) {
      // An admin's own session per operation: the walk signs out and changes passwords too.
      const credential = (await t.as({ ref: 'junk.walker', role: 'admin' })).headers;
      const path = op.path.replace(/\{[^}]+\}/g, (m) => (m === '{ref}' ? 'REAL-1' : encodeURIComponent("'; drop table targets; --")));
      const attempts: { url: string; body?: unknown; raw?: string; contentType?: string }[] = [
        { url: `${path}?limit=-1&cursor=%00&since=not-a-date&open=maybe&active=perhaps&refs=` },
        { url: `${path}?limit=99999999999999999999` },
      ];
      if (op.hasBody) {
        for (const body of junkBodies) attempts.push({ url: path, body });
        attempts.push({ url: path, raw: '{"unterminated": ', contentType: 'application/json' });
        attempts.push({ url: path, raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' });
        attempts.push({ url: path, raw: '<xml/>', contentType: 'text/xml' });
      }
      for (const a of attempts) {
        const response = await t.app.inject({
          method: op.method as 'GET',
          url: a.url,
          headers: { ...credential, ...(a.contentType ? { 'content-type': a.contentType } : a.body !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(a.raw !== undefined ? { payload: a.raw } : a.body !== undefined ? { payload: JSON.stringify(a.body) } : {}),
        });
        const label = `${op.method} ${a.url.slice(0, 80)} ${a.raw ?? JSON.stringify(a.body)?.slice(0, 60)} → ${response.statusCode}`;
        if (response.statusCode >= 500) failures.push(label);
        if (response.statusCode >= 400) {
          const type = String(response.headers['content-type']);
          if (!type.startsWith('application/problem+json')) failures.push(`${label} (content-type ${type})`);
          const problem = response.json() as { type?: string; title?: string; status?: number; detail?: string };
          if (!problem.type || !problem.title || problem.status !== response.statusCode || !problem.detail) {
            failures.push(`${label} (not a problem document)`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('names the field and the reason', async () => {
    const res = await t.call('POST', '/api/v1/targets', { ref: '', kind: 'spaceship', name: 'x', monthlyGmv: { amountMinor: 10, currency: 'cny' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['/kind', '/monthlyGmv/currency', '/ref']);
    for (const e of res.body.errors) expect(e.message.length).toBeGreaterThan(3);
  });

  it('speaks Chinese when asked', async () => {
    const res = await t.call('POST', '/api/v1/targets', { kind: 'product', name: 'x' }, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
    expect(res.body.title).toBe('请求无效');
    expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    const notFound = await t.call('GET', '/api/v1/targets/nope', undefined, { 'accept-language': 'zh' });
    expect(notFound.body.detail).toContain('按灯对象');
  });

  it('limits request sizes', async () => {
    const huge = { ref: 'big', kind: 'product', name: 'x'.repeat(2_000_000) };
    const res = await t.call('POST', '/api/v1/targets', huge);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('refuses media types it does not read', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/targets', headers: { ...t.headers, 'content-type': 'text/plain' }, payload: 'hello' });
    expect(res.statusCode).toBe(415);
  });

  it('answers an unknown route with a problem', async () => {
    const res = await t.call('GET', '/api/v1/nowhere');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('route_not_found');
    const type = await t.call('GET', res.body.type);
    expect(type.body).toMatchObject({ code: 'route_not_found', status: 404 });
    expect((await t.call('GET', '/api/v1/problems/no-such-problem')).status).toBe(404);
    const known = await t.call('GET', '/api/v1/problems/rule-not-met');
    expect(known.body).toMatchObject({ code: 'rule_not_met', status: 422 });
  });

  it('does not let an unknown body field through', async () => {
    const res = await t.call('POST', '/api/v1/targets', { ref: 'R-sneaky', kind: 'product', name: 'x', status: 'retired', onSale: false });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('on_sale');
  });
});
