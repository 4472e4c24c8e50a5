import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTargetStatus } from '#server/modules/targets/targets.repository.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget } from '#test/helpers/factories.ts';

describe.each(testDialects())('pulling the cord on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('does everything in one transaction when the rule is met', async () => {
    const team = await t.call('POST', '/api/v1/teams', { key: 'books-supply', name: 'Books supply' });
    const target = await makeTarget(t, { supplierTeamId: team.body.id });
    await complain(t, target, 'c1', { lotRef: '2024-07' });
    const second = await complain(t, target, 'c2', { lotRef: '2024-07' });
    const before = Date.now();
    const pulled = await t.call('POST', '/api/v1/andons', { complaintId: second.complaint.id, pulledBy: 'xiao.lin' });
    expect(pulled.status).toBe(201);
    const andon = pulled.body;
    expect(andon).toMatchObject({
      state: 'pulled',
      trigger: 'rule',
      pulledBy: 'xiao.lin',
      issueCode: 'defective',
      distinctCustomers: 2,
      complaintCount: 2,
      rule: { threshold: 2, windowDays: 30, mode: 'suggest' },
      monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
      closedAt: null,
    });
    expect(andon.target).toMatchObject({ id: target.id, status: 'suppressed', onSale: false, statusAndonId: andon.id });
    expect(andon.complaints.map((c: { andonRole: string }) => c.andonRole)).toEqual(['trigger', 'trigger']);

    // Two work orders: supplier inspection to the target's own team, root cause to the default quality team.
    const byType = Object.fromEntries(andon.workOrders.map((o: { type: string }) => [o.type, o]));
    expect(byType['supplier_inspection']).toMatchObject({ ownerTeamId: team.body.id, status: 'open' });
    expect(byType['supplier_inspection'].instructions).toMatch(/whole batch/);
    const quality = (await t.call('GET', '/api/v1/teams?limit=100')).body.items.find((x: { key: string }) => x.key === 'quality');
    expect(byType['root_cause']).toMatchObject({ ownerTeamId: quality.id, status: 'open' });
    const due = (o: { dueAt: string }) => Date.parse(o.dueAt) - before;
    expect(due(byType['supplier_inspection'])).toBeGreaterThan(23.9 * 3600_000);
    expect(due(byType['root_cause'])).toBeGreaterThan(71.9 * 3600_000);

    expect(andon.reward).toMatchObject({ agentRef: 'xiao.lin', status: 'pending', amount: { amountMinor: 5000, currency: 'CNY' } });

    const status = await t.call('GET', `/api/v1/status/${encodeURIComponent(target.ref)}`);
    expect(status.body).toMatchObject({ onSale: false, status: 'suppressed', andonId: andon.id });

    const timeline = await t.call('GET', `/api/v1/andons/${andon.id}/timeline`);
    expect(timeline.body.items.map((e: { action: string }) => e.action)).toEqual([
      'andon.pulled',
      'target.suppressed',
      'work_order.created',
      'work_order.created',
      'reward.pending',
    ]);
    expect(timeline.body.items[0]).toMatchObject({ actor: 'xiao.lin', andonId: andon.id, targetId: target.id });

    // Work orders in the other language.
    const zh = await t.call('GET', `/api/v1/work-orders?andonId=${andon.id}`, undefined, { 'accept-language': 'zh-CN' });
    expect(zh.body.items.map((o: { title: string }) => o.title).join()).toMatch(/供应商检查/);
  });

  it('keeps an open andon’s counts exact through a storm of complaints, past every scan limit', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'storm-a');
    await complain(t, target, 'storm-b');
    const pulled = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'xiao.lin' });
    expect(pulled.status).toBe(201);
    // 240 more: 230 new customers, and 10 from customers already counted.
    const complaints = Array.from({ length: 240 }, (_, i) => ({
      targetRef: target.ref,
      customerRef: i < 230 ? `storm-${i}` : i % 2 ? 'storm-a' : 'storm-7',
      issueCode: 'defective',
      text: 'Pages not cut',
      externalId: `storm-${target.ref}-${i}`,
    }));
    const batch = await t.call('POST', '/api/v1/complaints/batch', { complaints });
    expect(batch.status).toBe(200);
    const last = await complain(t, target, 'storm-b');
    expect(last.action).toBe('attached');
    expect(last.repeat.distinctCustomers).toBe(232);
    const andon = (await t.call('GET', `/api/v1/andons/${pulled.body.id}`)).body;
    expect(andon).toMatchObject({ complaintCount: 243, distinctCustomers: 232 });
  });

  it('refuses a second pull of the same problem while the first is open', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1');
    await complain(t, target, 'c2');
    const first = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a1' });
    expect(first.status).toBe(201);
    const second = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a2' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'andon_already_open', andonId: first.body.id });
    const rewards = await t.call('GET', `/api/v1/rewards?andonId=${first.body.id}`);
    expect(rewards.body.items).toHaveLength(1);
  });

  it('lets anyone pull below the threshold, only with a written reason', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1');
    const refused = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a1' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'rule_not_met', distinctCustomers: 1, threshold: 2 });
    expect(refused.body.errors[0]).toMatchObject({ path: '/reason', code: 'reason_required' });
    const short = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a1', reason: 'no' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toMatchObject({ path: '/reason', code: 'reason_too_short' });
    const manual = await t.call('POST', '/api/v1/andons', {
      targetRef: target.ref,
      issueCode: 'defective',
      pulledBy: 'a1',
      reason: 'The plug sparks: one customer is enough to stop this',
    });
    expect(manual.status).toBe(201);
    expect(manual.body).toMatchObject({ trigger: 'manual', distinctCustomers: 1, complaintCount: 1 });
    expect(manual.body.target.statusReason).toBe('The plug sparks: one customer is enough to stop this');
    // With no complaint at all, a manual pull still stops the line.
    const quiet = await makeTarget(t);
    const none = await t.call('POST', '/api/v1/andons', { targetRef: quiet.ref, issueCode: 'other', pulledBy: 'a1', reason: '仓库发现整批受潮' });
    expect(none.status).toBe(201);
    expect(none.body).toMatchObject({ trigger: 'manual', complaintCount: 0 });
  });

  it('opens a second andon for another problem of a target already off sale', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1');
    await complain(t, target, 'c2');
    const first = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a1' });
    await complain(t, target, 'c3', { issueCode: 'wrong_item' });
    const other = await complain(t, target, 'c4', { issueCode: 'wrong_item' });
    expect(other.action).toBe('suggest_pull');
    const second = await t.call('POST', '/api/v1/andons', { complaintId: other.complaint.id, pulledBy: 'a2' });
    expect(second.status).toBe(201);
    // The target stays off sale under the first andon.
    expect(second.body.target).toMatchObject({ status: 'suppressed', statusAndonId: first.body.id });
  });

  it('refuses to pull a retired target', async () => {
    const target = await makeTarget(t);
    await setTargetStatus(t.ctx.database.writer, target.id, { status: 'retired', reason: 'closed', andonId: null, at: new Date().toISOString() });
    const res = await t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'a1', reason: 'still selling?' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('target_retired');
  });

  it('answers unknown references with 422 naming the field, unknown ids with 404', async () => {
    const res = await t.call('POST', '/api/v1/andons', { targetRef: 'nope', issueCode: 'defective', pulledBy: 'a1' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ path: '/targetRef', code: 'unknown_reference' });
    const code = await t.call('POST', '/api/v1/andons', { complaintId: 'nope', pulledBy: 'a1' });
    expect(code.status).toBe(422);
    expect((await t.call('GET', '/api/v1/andons/nope')).status).toBe(404);
    expect((await t.call('GET', '/api/v1/andons/nope/timeline')).status).toBe(404);
    const missing = await t.call('POST', '/api/v1/andons', { pulledBy: 'a1' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/issueCode', '/targetRef']);
  });

  it('lists andons, open ones, and their work orders and rewards', async () => {
    const open = await t.call('GET', '/api/v1/andons?open=true&limit=2');
    expect(open.status).toBe(200);
    expect(open.body.items.length).toBe(2);
    expect(open.body.nextCursor).toBeTruthy();
    const next = await t.call('GET', `/api/v1/andons?open=true&limit=2&cursor=${open.body.nextCursor}`);
    expect(next.body.items[0].id < open.body.items[1].id).toBe(true);
    const orders = await t.call('GET', '/api/v1/work-orders?type=root_cause');
    expect(orders.body.items.every((o: { type: string }) => o.type === 'root_cause')).toBe(true);
    const rewards = await t.call('GET', '/api/v1/rewards?agentRef=a1&status=pending');
    expect(rewards.body.items.length).toBeGreaterThan(0);
  });
});
