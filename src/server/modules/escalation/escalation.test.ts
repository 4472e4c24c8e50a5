import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createWriter } from '#server/app.ts';
import { EventBus } from '#server/events.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { unique } from '#test/helpers/factories.ts';
import { pulledAndon } from '#test/helpers/lifecycle.ts';
import { EscalationScheduler } from './escalation.scheduler.ts';
import { fireDueClocks } from './escalation.service.ts';

const past = () => new Date(Date.now() - 60_000).toISOString();

describe.each(testDialects())('escalation clocks on %s', (dialect) => {
  let t: TestApp;
  let teamId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const team = await t.call('POST', '/api/v1/teams', { key: 'books-supply', name: 'Books supply', leadRef: 'lead.li', managerRef: 'manager.wu', directorRef: 'director.sun' });
    teamId = team.body.id;
  });
  afterAll(() => t.close());

  /** Makes the pending clocks of some subjects fall due now (as if time had passed). */
  async function fallDue(subjectIds: string[], kind?: string) {
    let q = t.ctx.database.writer.updateTable('escalation_clocks').set({ due_at: past() }).where('subject_id', 'in', subjectIds).where('fired_at', 'is', null).where('cancelled_at', 'is', null);
    if (kind) q = q.where('kind', '=', kind);
    await q.execute();
  }
  const notificationsFor = async (andonId: string) =>
    (await t.call('GET', `/api/v1/notifications?andonId=${andonId}&limit=100`)).body.items as { recipientRef: string; level: string; subjectId: string; message: string; id: string }[];

  it('sets clocks when the cord is pulled: acknowledgement and due time per work order, and the lamp', async () => {
    const { andon } = await pulledAndon(t, { target: { supplierTeamId: teamId } });
    const clocks = (await t.call('GET', `/api/v1/escalation/clocks?andonId=${andon.id}&pending=true`)).body.items;
    expect(clocks.map((c: { subjectType: string; kind: string; level: string }) => `${c.subjectType}:${c.kind}:${c.level}`).sort()).toEqual([
      'andon:lamp:owner',
      'work_order:ack:owner',
      'work_order:ack:owner',
      'work_order:due:owner',
      'work_order:due:owner',
    ]);
    expect((await t.call('GET', `/api/v1/andons/${andon.id}`)).body.escalationLevel).toBeNull();
  });

  it('escalates unacknowledged work up the ladder, one rung per step, and stops at the director', async () => {
    const { andon, order } = await pulledAndon(t, { target: { supplierTeamId: teamId } });
    const inspection = order('supplier_inspection');
    const scheduler = new EscalationScheduler(t.ctx.writer, t.ctx.database.db);
    const recipients: string[] = [];
    for (let rung = 0; rung < 5; rung++) {
      await fallDue([inspection.id], 'ack');
      await scheduler.tick();
      recipients.push(...(await notificationsFor(andon.id)).slice(0, 1).map((n) => `${n.level}:${n.recipientRef}`));
    }
    // No owner named: the owner's notice goes to the team lead; the ladder ends with the director.
    expect(recipients).toEqual(['team_lead:lead.li', 'team_lead:lead.li', 'manager:manager.wu', 'director:director.sun', 'director:director.sun']);
    expect((await notificationsFor(andon.id)).length).toBe(4);
    expect((await t.call('GET', `/api/v1/work-orders/${inspection.id}`)).body.escalationLevel).toBe('director');
    // The andon (its lamp on the board) shows the highest rung any of its orders or its lamp reached.
    expect((await t.call('GET', `/api/v1/andons/${andon.id}`)).body.escalationLevel).toBe('director');
    const listed = (await t.call('GET', `/api/v1/andons?targetId=${andon.targetId}`)).body.items;
    expect(listed.map((a: { id: string; escalationLevel: string }) => [a.id, a.escalationLevel])).toEqual([[andon.id, 'director']]);
    const [latest] = await notificationsFor(andon.id);
    expect(latest!.message).toContain('Supplier inspection');
    const zh = (await t.call('GET', `/api/v1/notifications?andonId=${andon.id}`, undefined, { 'accept-language': 'zh-CN' })).body.items[0];
    expect(zh.message).toContain('总监');
    const timeline = (await t.call('GET', `/api/v1/andons/${andon.id}/timeline?limit=100`)).body.items.filter((e: { action: string }) => e.action === 'escalation.fired');
    expect(timeline).toHaveLength(4);
  });

  it('stops escalating acknowledged or finished work', async () => {
    const { andon, order } = await pulledAndon(t, { target: { supplierTeamId: teamId } });
    await t.call('PATCH', `/api/v1/work-orders/${order('supplier_inspection').id}`, { assignee: 'wang.fang' });
    await t.call('POST', `/api/v1/work-orders/${order('supplier_inspection').id}/acknowledge`, { by: 'wang.fang' });
    await fallDue([order('supplier_inspection').id, order('root_cause').id]);
    await new EscalationScheduler(t.ctx.writer, t.ctx.database.db).tick();
    const notices = await notificationsFor(andon.id);
    // The acknowledged inspection escalates only when overdue, and then to its assignee first.
    expect(notices.map((n) => [n.subjectId === order('supplier_inspection').id ? 'inspection' : 'root_cause', n.recipientRef]).sort()).toEqual([
      ['inspection', 'wang.fang'],
      ['root_cause', null],
      ['root_cause', null],
    ]);
    // A team with no one named on its ladder still sees the notice, as a team.
    const byTeam = await t.call('GET', `/api/v1/notifications?teamId=${order('root_cause').ownerTeamId}&andonId=${andon.id}`);
    expect(byTeam.body.items).toHaveLength(2);
  });

  it('shows on the andon how far its lamp has escalated', async () => {
    const { andon } = await pulledAndon(t, { target: { qualityTeamId: teamId } });
    // A lamp lit too long: an andon has no owner, so its first notice goes to the team lead.
    await fallDue([andon.id], 'lamp');
    await new EscalationScheduler(t.ctx.writer, t.ctx.database.db).tick();
    expect((await notificationsFor(andon.id)).map((n) => `${n.level}:${n.recipientRef}`)).toEqual(['team_lead:lead.li']);
    expect((await t.call('GET', `/api/v1/andons/${andon.id}`)).body.escalationLevel).toBe('team_lead');
  });

  it('fires each due clock exactly once, however many schedulers race for it', async () => {
    const pulls = await Promise.all(Array.from({ length: 4 }, () => pulledAndon(t, { target: { supplierTeamId: teamId } })));
    const ids = pulls.flatMap((p) => [p.order('supplier_inspection').id, p.order('root_cause').id]);
    await fallDue(ids, 'ack');
    // A second instance: its own connection(s) and writer on the same database.
    const other = await t.db.reopen();
    const otherWriter = createWriter(other, new EventBus(), t.ctx.config);
    try {
      const runs = await Promise.all([
        fireDueClocks(t.ctx.writer, t.ctx.database.db),
        fireDueClocks(otherWriter, other.db),
        new EscalationScheduler(t.ctx.writer, t.ctx.database.db).tick(),
        new EscalationScheduler(otherWriter, other.db).tick(),
      ]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(8);
    } finally {
      await otherWriter.drain();
      await other.close();
    }
    for (const p of pulls) expect(await notificationsFor(p.andon.id)).toHaveLength(2);
  });

  it('fires after a restart what fell due while the server was down, exactly once', async () => {
    const { andon, order } = await pulledAndon(t, { target: { supplierTeamId: teamId } });
    await fallDue([order('supplier_inspection').id, order('root_cause').id], 'ack');
    for (let restart = 0; restart < 2; restart++) {
      // A new server over the same database: its scheduler fires on start.
      const database = await t.db.reopen();
      const { app, ctx } = await buildApp({ config: t.db.config, database, logger: false });
      const scheduler = new EscalationScheduler(ctx.writer, database.db);
      scheduler.start(60_000);
      await scheduler.stop();
      await app.close();
      await database.close();
      expect(await notificationsFor(andon.id)).toHaveLength(2);
    }
  });

  it('marks notifications read, one or all', async () => {
    const { andon, order } = await pulledAndon(t, { target: { supplierTeamId: teamId, ref: unique('READ') } });
    await fallDue([order('supplier_inspection').id], 'ack');
    await fireDueClocks(t.ctx.writer, t.ctx.database.db);
    const [notice] = await notificationsFor(andon.id);
    const read = await t.call('POST', `/api/v1/notifications/${notice!.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    expect((await t.call('GET', '/api/v1/notifications?recipientRef=lead.li&unread=true')).body.items.some((n: { id: string }) => n.id === notice!.id)).toBe(false);
    const all = await t.call('POST', '/api/v1/notifications/read', { recipientRef: 'manager.wu' });
    expect(all.status).toBe(200);
    expect((await t.call('GET', '/api/v1/notifications?recipientRef=manager.wu&unread=true')).body.items).toHaveLength(0);
    expect((await t.call('POST', '/api/v1/notifications/nope/read')).status).toBe(404);
    expect((await t.call('POST', '/api/v1/escalation/run')).body).toEqual({ fired: 0 });
  });
});
