import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { EscalationScheduler } from '../escalation/escalation.scheduler.ts';
import { DEMO_BOOK_REF, loadDemo } from './demo.service.ts';

describe.each(testDialects())('the demo plays both stories through the whole lifecycle on %s', (dialect) => {
  let t: TestApp;
  let loaded: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    loaded = await loadDemo((command, actor) => t.ctx.writer.run(command, { id: actor }), t.ctx.database.db);
  }, 120_000);
  afterAll(() => t.close());

  it('relists the book after inspection, five whys, review and an independent acceptance', async () => {
    expect(loaded).toMatchObject({ relisted: 3, retired: 9 });
    expect((await t.call('GET', `/api/v1/status/${DEMO_BOOK_REF}`)).body).toMatchObject({ onSale: true });
    const [andon] = (await t.call('GET', `/api/v1/andons?targetId=${loaded!.bookId}`)).body.items;
    const detail = (await t.call('GET', `/api/v1/andons/${andon.id}`)).body;
    expect(detail).toMatchObject({ state: 'relisted', pulledBy: 'xiao.lin', complaintCount: 3, review: { verdict: 'valid', reviewedBy: 'manager.zhao' }, reward: { agentRef: 'xiao.lin', status: 'granted' }, rootCause: { category: 'process' } });
    const byType = (type: string) => detail.workOrders.find((o: { type: string }) => o.type === type);
    expect(byType('supplier_inspection').details).toMatchObject({ lots: ['2024-07'], scope: 'batch', disposition: 'return_batch', returnedQuantity: 3100 });
    expect(byType('root_cause').details.whys).toHaveLength(5);
    expect(byType('acceptance')).toMatchObject({ outcome: 'passed', completedBy: 'verifier.he' });
    expect(detail.rectification.recordedBy).not.toBe('verifier.he');
    const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;
    expect(hours(detail.pulledAt, detail.closedAt)).toBeGreaterThan(24);
  });

  it('shows the repair shops: eleven pulled, two relisted (18%), nine retired', async () => {
    const metrics = (await t.call('GET', '/api/v1/metrics/andons?groupBy=targetKind')).body;
    const partners = metrics.groups.find((g: { key: string }) => g.key === 'partner').summary;
    expect(partners).toMatchObject({ pulls: 11, relisted: 2, retired: 9, open: 0, relistRate: 0.1818, retireRate: 0.8182, valid: 11 });
    const products = metrics.groups.find((g: { key: string }) => g.key === 'product').summary;
    expect(products).toMatchObject({ pulls: 3, relisted: 1, invalid: 1, open: 1 });
    expect(products.gmvPaused[0].amountMinor).toBeGreaterThan(0);
    const scorecards = (await t.call('GET', '/api/v1/metrics/scorecards?kind=partner')).body.items;
    expect(scorecards).toHaveLength(11);
    const pareto = (await t.call('GET', '/api/v1/metrics/root-causes')).body.items;
    expect(pareto[0]).toMatchObject({ category: 'process' });
  });

  it('charges the invalid pull to the manager, reports the missed andon, and pays the rewards', async () => {
    const rates = (await t.call('GET', '/api/v1/metrics/bad-andon-rate')).body.items;
    expect(rates.find((r: { managerRef: string }) => r.managerRef === 'manager.zhao')).toMatchObject({ pulls: 3, invalid: 1, rate: 0.3333 });
    expect(rates.find((r: { managerRef: string }) => r.managerRef === 'manager.qian')).toMatchObject({ pulls: 11, invalid: 0, rate: 0 });
    const missed = (await t.call('GET', '/api/v1/metrics/missed-andons')).body.items;
    expect(missed.find((m: { teamName: string }) => m.teamName.startsWith('Customer service team 1'))).toMatchObject({ ruleMet: 3, pulledInTime: 2, missed: 1 });
    const from = new Date(Date.now() - 100 * 86_400_000).toISOString();
    const ledger = (await t.call('GET', `/api/v1/rewards/ledger?from=${encodeURIComponent(from)}`)).body.agents;
    expect(ledger.find((a: { agentRef: string }) => a.agentRef === 'xiao.lin')).toMatchObject({ granted: [{ amountMinor: 5000, currency: 'CNY' }], pendingCount: 1 });
    expect(ledger.find((a: { agentRef: string }) => a.agentRef === 'li.na')).toMatchObject({ granted: [], voidCount: 1 });
    expect(ledger.find((a: { agentRef: string }) => a.agentRef === 'chen.jing')).toMatchObject({ grantedCount: 11, granted: [{ amountMinor: 33_000, currency: 'CNY' }] });
  });

  it('leaves one lamp lit whose overdue work escalates when a server starts', async () => {
    expect((await t.call('GET', '/api/v1/status/KETTLE-1701')).body).toMatchObject({ onSale: false });
    const fired = await new EscalationScheduler(t.ctx.writer, t.ctx.database.db).tick();
    expect(fired).toBeGreaterThan(0);
    expect((await t.call('GET', '/api/v1/notifications?recipientRef=qa.zhou')).body.items.length).toBeGreaterThan(0);
    expect(await loadDemo((command, actor) => t.ctx.writer.run(command, { id: actor }), t.ctx.database.db)).toBeNull();
  });
});
