import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, daysAgo, makeTarget, unique } from '#test/helpers/factories.ts';

describe.each(testDialects())('complaints and the repeat rule on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('says at once whether a complaint is a repeat: two different customers meet the default rule', async () => {
    const target = await makeTarget(t);
    const first = await complain(t, target, 'c1', { text: '书页未裁开' });
    expect(first.action).toBe('recorded');
    expect(first.repeat).toMatchObject({ distinctCustomers: 1, threshold: 2, windowDays: 30, met: false, mode: 'suggest' });
    const second = await complain(t, target, 'c2', { text: 'pages not cut' });
    expect(second.action).toBe('suggest_pull');
    expect(second.repeat.met).toBe(true);
    expect(second.repeat.distinctCustomers).toBe(2);
    expect(second.repeat.complaints.map((c: { id: string }) => c.id)).toEqual([second.complaint.id, first.complaint.id]);
    expect(second.targetStatus).toBe('on_sale');
  });

  it('counts the same customer once', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'same');
    const again = await complain(t, target, 'same');
    expect(again.repeat).toMatchObject({ distinctCustomers: 1, met: false });
    expect(again.repeat.complaints).toHaveLength(2);
  });

  it('counts only the same problem', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1', { issueCode: 'defective' });
    const other = await complain(t, target, 'c2', { issueCode: 'wrong_item' });
    expect(other.repeat).toMatchObject({ distinctCustomers: 1, met: false });
  });

  it('counts only complaints within the window', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1', { occurredAt: daysAgo(31) });
    const now = await complain(t, target, 'c2');
    expect(now.repeat).toMatchObject({ distinctCustomers: 1, met: false });
    await complain(t, target, 'c3', { occurredAt: daysAgo(29) });
    const evidence = await t.call('GET', `/api/v1/targets/${target.id}/repeats?issueCode=defective`);
    expect(evidence.status).toBe(200);
    expect(evidence.body).toMatchObject({ distinctCustomers: 2, met: true });
  });

  it('applies per-code and per-kind overrides, the most specific first', async () => {
    const code = unique('scratch').toLowerCase();
    expect((await t.call('POST', '/api/v1/issue-codes', { code, nameZh: '划痕', nameEn: 'Scratched' })).status).toBe(201);
    const rule = await t.call('POST', '/api/v1/rules', { name: 'three for scratches', issueCode: code, threshold: 3, windowDays: 10 });
    expect(rule.status).toBe(201);
    const target = await makeTarget(t);
    await complain(t, target, 'c1', { issueCode: code });
    const two = await complain(t, target, 'c2', { issueCode: code });
    expect(two.repeat).toMatchObject({ threshold: 3, windowDays: 10, met: false, ruleId: rule.body.id });
    const three = await complain(t, target, 'c3', { issueCode: code });
    expect(three.repeat.met).toBe(true);

    const both = await t.call('POST', '/api/v1/rules', { name: 'process scratches', targetKind: 'process', issueCode: code, threshold: 1 });
    expect(both.status).toBe(201);
    const proc = await makeTarget(t, { kind: 'process' });
    const single = await complain(t, proc, 'c1', { issueCode: code });
    expect(single.repeat).toMatchObject({ threshold: 1, met: true, ruleId: both.body.id });
    // Another scope for the same code and kind is refused.
    expect((await t.call('POST', '/api/v1/rules', { name: 'dup', targetKind: 'process', issueCode: code })).status).toBe(409);
  });

  it('needs one complaint for a safety-critical code, and never pulls on one that does not count', async () => {
    const target = await makeTarget(t);
    const hazard = await complain(t, target, 'c1', { issueCode: 'safety_hazard', text: 'The plug melted' });
    expect(hazard.repeat).toMatchObject({ threshold: 1, met: true, safetyCritical: true });
    expect(hazard.action).toBe('suggest_pull');

    const other = await makeTarget(t);
    for (const c of ['c1', 'c2', 'c3']) await complain(t, other, c, { issueCode: 'changed_mind' });
    const last = await complain(t, other, 'c4', { issueCode: 'changed_mind' });
    expect(last.repeat).toMatchObject({ distinctCustomers: 4, counts: false, met: false });
    expect(last.action).toBe('recorded');
  });

  it('pulls the cord itself in auto mode, and later complaints join that andon', async () => {
    const code = unique('auto').toLowerCase();
    await t.call('POST', '/api/v1/issue-codes', { code, nameZh: '自动', nameEn: 'Auto' });
    await t.call('POST', '/api/v1/rules', { name: 'auto', issueCode: code, mode: 'auto', reward: { amountMinor: 1000, currency: 'CNY' } });
    const target = await makeTarget(t);
    await complain(t, target, 'c1', { issueCode: code, recordedBy: 'agent-a' });
    const pulled = await complain(t, target, 'c2', { issueCode: code, recordedBy: 'agent-b' });
    expect(pulled.action).toBe('auto_pulled');
    expect(pulled.andon).toMatchObject({ trigger: 'auto', pulledBy: 'system', distinctCustomers: 2, complaintCount: 2 });
    expect(pulled.targetStatus).toBe('suppressed');
    const status = await t.call('GET', `/api/v1/status/${encodeURIComponent(target.ref)}`);
    expect(status.body).toMatchObject({ onSale: false, status: 'suppressed', andonId: pulled.andon.id });
    const detail = await t.call('GET', `/api/v1/andons/${pulled.andon.id}`);
    expect(detail.body.reward).toMatchObject({ agentRef: 'agent-b', status: 'pending', amount: { amountMinor: 1000 } });

    const third = await complain(t, target, 'c3', { issueCode: code });
    expect(third.action).toBe('attached');
    expect(third.andon).toMatchObject({ id: pulled.andon.id, complaintCount: 3, distinctCustomers: 3 });
    expect(third.complaint).toMatchObject({ andonId: pulled.andon.id, andonRole: 'attached' });
    const andons = await t.call('GET', `/api/v1/andons?targetId=${target.id}`);
    expect(andons.body.items).toHaveLength(1);
  });

  it('is idempotent by external id: a resubmission returns the original; different content is a conflict', async () => {
    const target = await makeTarget(t);
    const externalId = unique('ticket');
    const body = { externalId, targetRef: target.ref, customerRef: 'c1', issueCode: 'defective', text: 'broken' };
    const first = await t.call('POST', '/api/v1/complaints', body);
    expect(first.status).toBe(201);
    const again = await t.call('POST', '/api/v1/complaints', body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayed: true, action: 'replayed', complaint: { id: first.body.complaint.id } });
    const changed = await t.call('POST', '/api/v1/complaints', { ...body, text: 'something else' });
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ code: 'idempotency_conflict', complaintId: first.body.complaint.id });
    const list = await t.call('GET', `/api/v1/complaints?externalId=${externalId}`);
    expect(list.body.items).toHaveLength(1);
  });

  it('takes a batch, answering each item on its own', async () => {
    const target = await makeTarget(t);
    const externalId = unique('batch');
    const res = await t.call('POST', '/api/v1/complaints/batch', {
      complaints: [
        { externalId, targetRef: target.ref, customerRef: 'b1', issueCode: 'defective' },
        { externalId, targetRef: target.ref, customerRef: 'b1', issueCode: 'defective' },
        { targetRef: target.ref, customerRef: 'b2', issueCode: 'defective' },
        { targetRef: 'no-such-target', customerRef: 'b3', issueCode: 'defective' },
        { targetRef: target.ref, issueCode: 'defective' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([201, 200, 201, 422, 400]);
    expect(res.body).toMatchObject({ created: 2, replayed: 1, failed: 2 });
    expect(res.body.results[2].result.action).toBe('suggest_pull');
    expect(res.body.results[4].problem.errors[0]).toMatchObject({ path: '/customerRef' });
    expect(res.body.results[3].problem.errors[0]).toMatchObject({ path: '/targetRef', code: 'unknown_reference' });
  });

  it('takes thousands in one batch call', async () => {
    const target = await makeTarget(t);
    const complaints = Array.from({ length: 2000 }, (_, i) => ({
      externalId: unique('bulk'),
      targetRef: target.ref,
      customerRef: `bulk-${i}`,
      issueCode: 'changed_mind',
    }));
    const res = await t.call('POST', '/api/v1/complaints/batch', { complaints });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2000, failed: 0 });
    const over = await t.call('POST', '/api/v1/complaints/batch', { complaints: Array.from({ length: t.ctx.config.batchMax + 1 }, () => ({})) });
    expect(over.status).toBe(400);
    expect(over.body.errors[0].path).toBe('/complaints');
  });

  it('records the compensation, channel, order and lot', async () => {
    const target = await makeTarget(t);
    const res = await complain(t, target, 'c1', {
      channel: 'phone',
      orderRef: 'O-1',
      lotRef: '2024-07',
      compensation: { kind: 'coupon', amount: { amountMinor: 2000, currency: 'CNY' } },
    });
    const got = await t.call('GET', `/api/v1/complaints/${res.complaint.id}`);
    expect(got.body).toMatchObject({
      channel: 'phone',
      orderRef: 'O-1',
      lotRef: '2024-07',
      compensation: { kind: 'coupon', amount: { amountMinor: 2000, currency: 'CNY' } },
    });
  });
});
