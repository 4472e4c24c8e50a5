import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { batchReturn, pulledAndon } from '#test/helpers/lifecycle.ts';

describe.each(testDialects())('work orders on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('assigns to a person, a team or a supplier organisation, acknowledges, comments, and keeps a history', async () => {
    const org = await t.call('POST', '/api/v1/organisations', { name: 'Huaxin Printing', kind: 'supplier' });
    const { order } = await pulledAndon(t, { target: { organisationId: org.body.id } });
    const inspection = order('supplier_inspection');
    // The containment order goes to the supplier behind the target, under supplier management.
    expect(inspection).toMatchObject({ organisationId: org.body.id, status: 'open', overdue: false, escalationLevel: null });
    const team = await t.call('POST', '/api/v1/teams', { key: 'books-supply', name: 'Books supply' });
    const due = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const assigned = await t.call('PATCH', `/api/v1/work-orders/${inspection.id}`, { assignee: 'wang.fang', ownerTeamId: team.body.id, dueAt: due });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assignee: 'wang.fang', ownerTeamId: team.body.id, dueAt: due });
    expect((await t.call('PATCH', `/api/v1/work-orders/${inspection.id}`, { ownerTeamId: 'nope' })).body.errors[0]).toMatchObject({ path: '/ownerTeamId', code: 'unknown_reference' });
    expect((await t.call('PATCH', `/api/v1/work-orders/${inspection.id}`, {})).status).toBe(400);

    const ack = await t.call('POST', `/api/v1/work-orders/${inspection.id}/acknowledge`, { by: 'wang.fang' });
    expect(ack.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'wang.fang' });
    const clocks = (await t.call('GET', `/api/v1/escalation/clocks?andonId=${inspection.andonId}&limit=100`)).body.items.filter(
      (c: { subjectId: string }) => c.subjectId === inspection.id,
    );
    // The acknowledgement clock stopped; the due clock was re-armed for the new due time.
    expect(clocks.map((c: { kind: string; cancelledAt: string | null; dueAt: string }) => [c.kind, c.cancelledAt === null, c.dueAt === due])).toEqual([
      ['ack', false, false],
      ['due', false, false],
      ['due', true, true],
    ]);

    const comment = await t.call('POST', `/api/v1/work-orders/${inspection.id}/comments`, { authorRef: 'wang.fang', body: '已联系出版社和印刷厂，明天开仓' });
    expect(comment.status).toBe(201);
    const comments = await t.call('GET', `/api/v1/work-orders/${inspection.id}/comments`);
    expect(comments.body.items.map((c: { body: string }) => c.body)).toEqual(['已联系出版社和印刷厂，明天开仓']);
    const history = await t.call('GET', `/api/v1/work-orders/${inspection.id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['work_order.created', 'work_order.assigned', 'work_order.acknowledged', 'work_order.commented']);

    const mine = await t.call('GET', '/api/v1/work-orders?assignee=wang.fang&open=true');
    expect(mine.body.items.map((o: { id: string }) => o.id)).toEqual([inspection.id]);
    const overdue = await t.call('GET', `/api/v1/work-orders?overdueAt=${encodeURIComponent(new Date(Date.now() + 4 * 3_600_000).toISOString())}&assignee=wang.fang`);
    expect(overdue.body.items).toHaveLength(1);
    expect((await t.call('GET', `/api/v1/work-orders?organisationId=${org.body.id}`)).body.items).toHaveLength(1);
    expect((await t.call('GET', '/api/v1/work-orders/nope/history')).status).toBe(404);
    expect((await t.call('POST', '/api/v1/work-orders/nope/comments', { authorRef: 'a', body: 'b' })).status).toBe(404);
  });

  it('checks an inspection report: quantities, scope and disposition agree', async () => {
    const { order } = await pulledAndon(t);
    const url = `/api/v1/work-orders/${order('supplier_inspection').id}/inspection`;
    const bad = await t.call('POST', url, { ...batchReturn, defectiveQuantity: 5000, scope: 'units', disposition: 'return_batch' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/defectiveQuantity', '/disposition']);
    const released = await t.call('POST', url, { ...batchReturn, defectiveQuantity: 3, scope: 'units', disposition: 'release' });
    expect(released.body.errors[0]).toMatchObject({ path: '/disposition' });
    const zh = await t.call('POST', url, { ...batchReturn, defectiveQuantity: 5000 }, { 'accept-language': 'zh-CN' });
    expect(zh.body.errors[0].message).toBe('不能超过检查数量');
    const clean = await t.call('POST', url, { ...batchReturn, defectiveQuantity: 0, returnedQuantity: 0, scope: 'units', disposition: 'release', evidence: 'All 3,100 checked: clean' });
    expect(clean.body.workOrder).toMatchObject({ status: 'done', outcome: 'release' });
    expect((await t.call('POST', `/api/v1/work-orders/${order('supplier_inspection').id}/acknowledge`, { by: 'x' })).body.code).toBe('work_order_closed');
  });
});
