import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget } from '#test/helpers/factories.ts';
import { passingAcceptance, pulledAndon, toAwaitingAcceptance } from '#test/helpers/lifecycle.ts';

describe.each(testDialects())('metrics, teams of pulls, the reward ledger and settings on %s', (dialect) => {
  let t: TestApp;
  let teamId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    teamId = (await t.call('POST', '/api/v1/teams', { key: 'cs-east', name: 'CS East', managerRef: 'manager.wu' })).body.id;
    for (const agent of ['xiao.lin', 'li.na']) expect((await t.call('PUT', `/api/v1/teams/${teamId}/members/${agent}`)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('records each pull under the pulling agent’s team and its manager at the time', async () => {
    const members = await t.call('GET', `/api/v1/teams/${teamId}/members`);
    expect(members.body.items.map((m: { memberRef: string }) => m.memberRef)).toEqual(['li.na', 'xiao.lin']);
    const { andon } = await pulledAndon(t);
    expect(andon).toMatchObject({ teamId, managerRef: 'manager.wu' });
    expect(andon.ruleMetAt <= andon.pulledAt).toBe(true);
    // Moving an agent changes future pulls only.
    const other = (await t.call('POST', '/api/v1/teams', { key: 'cs-west', name: 'CS West', managerRef: 'manager.ma' })).body.id;
    await t.call('PUT', `/api/v1/teams/${other}/members/xiao.lin`);
    expect((await t.call('GET', `/api/v1/andons/${andon.id}`)).body.teamId).toBe(teamId);
    expect((await pulledAndon(t)).andon).toMatchObject({ teamId: other, managerRef: 'manager.ma' });
    await t.call('PUT', `/api/v1/teams/${teamId}/members/xiao.lin`);
    expect((await t.call('DELETE', `/api/v1/teams/${other}/members/xiao.lin`)).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/teams/${teamId}/members/li.na`)).status).toBe(204);
    expect((await t.call('PUT', `/api/v1/teams/nope/members/x`)).status).toBe(404);
  });

  it('counts pulls, reviews, relists, lead times and the bad-andon rate per manager', async () => {
    const good = await pulledAndon(t);
    await t.call('POST', `/api/v1/andons/${good.andon.id}/review`, { reviewedBy: 'manager.wu', verdict: 'valid' });
    const { acceptance } = await toAwaitingAcceptance(t, good.andon);
    await t.call('POST', `/api/v1/work-orders/${acceptance.id}/acceptance`, passingAcceptance);
    await t.call('POST', `/api/v1/andons/${good.andon.id}/relist`, { relistedBy: 'manager.wu' });
    const bad = await pulledAndon(t);
    await t.call('POST', `/api/v1/andons/${bad.andon.id}/review`, { reviewedBy: 'manager.wu', verdict: 'invalid', reasonCode: 'duplicate' });

    const all = (await t.call('GET', '/api/v1/metrics/andons?groupBy=team')).body;
    const east = all.groups.find((g: { key: string }) => g.key === teamId);
    expect(east.label).toBe('CS East');
    expect(east.summary).toMatchObject({ pulls: 3, valid: 1, invalid: 1, unreviewed: 1, relisted: 1, relistRate: 0.5 });
    expect(east.summary.medianHoursToContainment).toBeGreaterThanOrEqual(0);
    expect(east.summary.gmvPaused[0].currency).toBe('CNY');
    const rates = (await t.call('GET', '/api/v1/metrics/bad-andon-rate')).body.items;
    expect(rates.find((r: { managerRef: string }) => r.managerRef === 'manager.wu')).toMatchObject({ teamId, pulls: 3, invalid: 1, rate: 0.3333 });
    const byPeriod = (await t.call('GET', '/api/v1/metrics/andons?groupBy=period&interval=week')).body;
    expect(byPeriod.groups.reduce((n: number, g: { summary: { pulls: number } }) => n + g.summary.pulls, 0)).toBe(byPeriod.total.pulls);
    expect((await t.call('GET', '/api/v1/metrics/root-causes')).body.items[0]).toMatchObject({ category: 'process', cumulativeShare: 1 });
  });

  it('refuses a period that ends before it starts, naming the field, and filters andons by state', async () => {
    for (const path of ['andons', 'bad-andon-rate', 'missed-andons', 'root-causes', 'scorecards']) {
      const res = await t.call('GET', `/api/v1/metrics/${path}?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ location: 'query', path: '/to' });
    }
    expect((await t.call('GET', '/api/v1/metrics/andons?groupBy=planet')).status).toBe(400);
    const relisted = (await t.call('GET', '/api/v1/andons?state=relisted')).body.items;
    expect(relisted.length).toBeGreaterThan(0);
    expect(relisted.every((a: { state: string; closedAt: string }) => a.state === 'relisted' && a.closedAt)).toBe(true);
  });

  it('reports missed andons per team: the rule met and nobody pulled in time', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'm1', { recordedBy: 'xiao.lin' });
    await complain(t, target, 'm2', { recordedBy: 'xiao.lin' });
    const later = new Date(Date.now() + 48 * 3_600_000).toISOString();
    // Looking from a moment two days later, with a window of one hour.
    const missed = await t.call('GET', `/api/v1/metrics/missed-andons?hours=1&to=${encodeURIComponent(later)}`);
    expect(missed.body.hours).toBe(1);
    expect(missed.body.items.find((i: { teamId: string }) => i.teamId === teamId).ruleMet).toBeGreaterThanOrEqual(1);
    // The settings' default hours apply when none are given.
    expect((await t.call('GET', '/api/v1/metrics/missed-andons')).body.hours).toBe(24);
  });

  it('exports the reward ledger per agent and period, as JSON and CSV', async () => {
    const ledger = await t.call('GET', '/api/v1/rewards/ledger?agentRef=xiao.lin');
    expect(ledger.status).toBe(200);
    expect(ledger.body.agents[0]).toMatchObject({ agentRef: 'xiao.lin', teamId, grantedCount: 1, voidCount: 1 });
    const csv = await t.call('GET', '/api/v1/rewards/ledger.csv?status=granted');
    expect(csv.status).toBe(200);
    expect(csv.response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toBe('agent_ref,team_id,status,amount,currency,target_ref,issue_code,andon_id,earned_at,decided_at,reward_id');
    expect(lines[1]).toMatch(/^xiao\.lin,.*,granted,50\.00,CNY,/);
    const bad = await t.call('GET', '/api/v1/rewards/ledger.csv?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/to');
  });

  it('keeps settings: the five-whys minimum, probation, SLAs per type, the escalation step', async () => {
    const before = (await t.call('GET', '/api/v1/settings')).body;
    expect(before).toMatchObject({ minWhys: 5, probationDays: 30, slas: { supplier_inspection: { ackHours: 4, dueHours: null } } });
    const changed = await t.call('PATCH', '/api/v1/settings', { probationDays: 60, slas: { corrective_action: { dueHours: 240 } } });
    expect(changed.body).toMatchObject({ probationDays: 60, slas: { corrective_action: { ackHours: 24, dueHours: 240 }, acceptance: { dueHours: 72 } } });
    expect((await t.call('GET', '/api/v1/settings')).body.slas.corrective_action.dueHours).toBe(240);
    const bad = await t.call('PATCH', '/api/v1/settings', { minWhys: 0, surprise: true });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/', '/minWhys']);
    const log = await t.call('GET', '/api/v1/audit-events?subjectType=settings');
    expect(log.body.items[0]).toMatchObject({ action: 'settings.updated', before: { probationDays: 30 }, after: { probationDays: 60 } });
  });
});
