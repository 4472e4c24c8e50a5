import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { batchReturn, pulledAndon } from '#test/helpers/lifecycle.ts';

/**
 * The supplier portal: a supplier user sees and updates only its own organisation's targets,
 * andons and work orders; anything else answers 404, as if it did not exist.
 */
describe.each(testDialects())('a supplier user sees only its own organisation (%s)', (dialect) => {
  let t: TestApp;
  let mine: Awaited<ReturnType<typeof pulledAndon>>;
  let theirs: Awaited<ReturnType<typeof pulledAndon>>;
  let supplier: SignedIn;
  let rival: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const org = async (name: string) => (await t.call('POST', '/api/v1/organisations', { name, kind: 'supplier' })).body.id as string;
    const [a, b] = [await org('Everbright Press'), await org('Rival Press')];
    rival = b;
    mine = await pulledAndon(t, { target: { organisationId: a, name: 'Our book' } });
    theirs = await pulledAndon(t, { target: { organisationId: b, name: 'Their book' } });
    supplier = await t.as({ ref: 'wang.fang', role: 'supplier', organisationId: a });
  });
  afterAll(() => t.close());

  it('lists and reads only its own targets; another organisation’s answer 404', async () => {
    const list = (await supplier.call('GET', '/api/v1/targets')).body.items.map((x: { id: string }) => x.id);
    expect(list).toEqual([mine.target.id]);
    const asked = (await supplier.call('GET', `/api/v1/targets?organisationId=${rival}`)).body.items;
    expect(asked).toEqual([]);
    expect((await supplier.call('GET', `/api/v1/targets/${mine.target.id}`)).status).toBe(200);
    const other = await supplier.call('GET', `/api/v1/targets/${theirs.target.id}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not_found');
    // An internal agent sees both.
    const agent = await t.as('agent');
    expect((await agent.call('GET', `/api/v1/targets/${theirs.target.id}`)).status).toBe(200);
  });

  it('updates only how its own targets are described, never who owns them', async () => {
    expect((await supplier.call('PATCH', `/api/v1/targets/${mine.target.id}`, { name: 'Our book, 2nd printing' })).body.name).toBe('Our book, 2nd printing');
    expect((await supplier.call('PATCH', `/api/v1/targets/${theirs.target.id}`, { name: 'Mine now' })).status).toBe(404);
    const move = await supplier.call('PATCH', `/api/v1/targets/${mine.target.id}`, { organisationId: null });
    expect(move.status).toBe(403);
    expect(move.body.errors[0]).toMatchObject({ path: '/organisationId', code: 'forbidden_field' });
    expect((await supplier.call('POST', '/api/v1/targets', { ref: 'NEW-1', kind: 'product', name: 'New' })).status).toBe(403);
  });

  it('sees its own andons without the agent’s reward or the customers’ refs; another’s answer 404', async () => {
    const list = (await supplier.call('GET', '/api/v1/andons')).body.items.map((x: { id: string }) => x.id);
    expect(list).toEqual([mine.andon.id]);
    const detail = await supplier.call('GET', `/api/v1/andons/${mine.andon.id}`);
    expect(detail.body.reward).toBeNull();
    expect(detail.body.complaints.map((c: { customerRef: string }) => c.customerRef).sort()).toEqual(['customer-1', 'customer-2']);
    expect((await supplier.call('GET', `/api/v1/andons/${theirs.andon.id}`)).status).toBe(404);
    expect((await supplier.call('GET', `/api/v1/andons/${mine.andon.id}/timeline`)).status).toBe(403);
  });

  it('works its own work orders (acknowledge, comment, inspect); another’s answer 404', async () => {
    const orders = (await supplier.call('GET', '/api/v1/work-orders')).body.items;
    expect(new Set(orders.map((o: { andonId: string }) => o.andonId))).toEqual(new Set([mine.andon.id]));
    const own = mine.order('supplier_inspection');
    const other = theirs.order('supplier_inspection');
    expect((await supplier.call('GET', `/api/v1/work-orders/${other.id}`)).status).toBe(404);
    expect((await supplier.call('GET', `/api/v1/work-orders/${other.id}/comments`)).status).toBe(404);
    for (const [path, body] of [
      ['acknowledge', {}],
      ['comments', { body: 'On it' }],
      ['inspection', { ...batchReturn, recordedBy: undefined }],
    ] as const) {
      expect((await supplier.call('POST', `/api/v1/work-orders/${other.id}/${path}`, body)).status, path).toBe(404);
    }
    expect((await supplier.call('POST', `/api/v1/work-orders/${own.id}/acknowledge`, {})).body.acknowledgedBy).toBe('wang.fang');
    expect((await supplier.call('POST', `/api/v1/work-orders/${own.id}/comments`, { body: 'Opening all stock today' })).status).toBe(201);
    const inspected = await supplier.call('POST', `/api/v1/work-orders/${own.id}/inspection`, { ...batchReturn, recordedBy: undefined });
    expect(inspected.status).toBe(200);
    expect(inspected.body.andon.state).toBe('contained');
    expect((await supplier.call('PATCH', `/api/v1/work-orders/${own.id}`, { assignee: 'someone' })).status).toBe(403);
    expect((await supplier.call('POST', `/api/v1/andons/${theirs.andon.id}/rectification`, { summary: 's', evidence: 'e', criteria: ['c'] })).status).toBe(404);
  });

  it('reaches nothing else: no complaints, no pulls, no status, no metrics, no people', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/complaints'],
      ['POST', '/api/v1/andons'],
      ['GET', `/api/v1/status/${mine.target.ref}`],
      ['GET', '/api/v1/metrics/andons'],
      ['GET', '/api/v1/rewards'],
      ['GET', '/api/v1/audit-events'],
      ['GET', '/api/v1/users'],
      ['GET', '/api/v1/live'],
    ] as const) {
      expect((await supplier.call(method, url, method === 'POST' ? {} : undefined)).status, url).toBe(403);
    }
    // The problems' names it reads on its work orders, but not the rest of the configuration.
    expect((await supplier.call('GET', '/api/v1/issue-codes')).status).toBe(200);
    expect((await supplier.call('GET', '/api/v1/rules')).status).toBe(403);
  });
});
