import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain } from '#test/helpers/factories.ts';
import { batchReturn, fiveWhys, passingAcceptance, pulledAndon, toAwaitingAcceptance } from '#test/helpers/lifecycle.ts';

describe.each(testDialects())('from pull to relist on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('plays the book: inspected and returned → five whys → acceptance → relisted, every step audited', async () => {
    const { target, andon, order } = await pulledAndon(t, { target: { organisationId: null } });
    // Corrective actions come out of the five whys: none is missing before there is an analysis.
    expect(andon).toMatchObject({ state: 'pulled', missingForRelist: ['containment', 'root_cause', 'rectification', 'acceptance'] });

    const inspected = await t.call('POST', `/api/v1/work-orders/${order('supplier_inspection').id}/inspection`, batchReturn);
    expect(inspected.status).toBe(200);
    expect(inspected.body.workOrder).toMatchObject({ status: 'done', outcome: 'return_batch', completedBy: 'wang.fang', details: { lots: ['2024-07'], returnedQuantity: 3100 } });
    expect(inspected.body.andon).toMatchObject({ state: 'contained' });
    expect(inspected.body.andon.containedAt).toBeTruthy();

    const rc = await t.call('POST', `/api/v1/work-orders/${order('root_cause').id}/root-cause`, fiveWhys());
    expect(rc.status).toBe(200);
    expect(rc.body.andon).toMatchObject({ state: 'root_caused', rootCause: { category: 'process' } });
    expect(rc.body.actions.map((a: { type: string; assignee: string; parentId: string }) => [a.type, a.assignee, a.parentId])).toEqual([
      ['corrective_action', 'wang.fang', order('root_cause').id],
      ['corrective_action', 'qa.zhou', order('root_cause').id],
    ]);

    // Relisting now is refused with exactly what is missing.
    const early = await t.call('POST', `/api/v1/andons/${andon.id}/relist`, { relistedBy: 'manager.wu' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'relist_refused', missing: ['corrective_actions', 'rectification', 'acceptance'] });
    expect(early.body.detail).toContain('the corrective actions, the rectification, a passed independent acceptance');
    const zh = await t.call('POST', `/api/v1/andons/${andon.id}/relist`, { relistedBy: 'manager.wu' }, { 'accept-language': 'zh-CN' });
    expect(zh.body.detail).toContain('纠正措施、整改、通过的独立验收');

    // The rectification needs the corrective actions done first.
    const rectEarly = await t.call('POST', `/api/v1/andons/${andon.id}/rectification`, { recordedBy: 'wang.fang', summary: 'x', evidence: 'y', criteria: ['z'] });
    expect(rectEarly.status).toBe(409);
    expect(rectEarly.body).toMatchObject({ code: 'illegal_transition', missing: ['corrective_actions'] });

    const corrective = rc.body.actions.find((a: { details: { kind: string } }) => a.details.kind === 'corrective');
    expect((await t.call('POST', `/api/v1/work-orders/${corrective.id}/complete`, { completedBy: 'wang.fang', evidence: 'reprinted' })).status).toBe(200);
    const rect = await t.call('POST', `/api/v1/andons/${andon.id}/rectification`, {
      recordedBy: 'wang.fang',
      summary: 'Reprinted with a page-block check',
      evidence: 'SOP v4',
      criteria: ['No uncut pages in 50 copies'],
    });
    expect(rect.status).toBe(200);
    expect(rect.body).toMatchObject({ state: 'awaiting_acceptance', rectification: { recordedBy: 'wang.fang' }, missingForRelist: ['acceptance'] });
    const acceptance = rect.body.workOrders.find((o: { type: string }) => o.type === 'acceptance');
    expect(acceptance).toMatchObject({ status: 'open', details: { criteria: ['No uncut pages in 50 copies'] } });

    // Whoever made the fix cannot accept it.
    const self = await t.call('POST', `/api/v1/work-orders/${acceptance.id}/acceptance`, { ...passingAcceptance, verifiedBy: 'wang.fang', criteria: [{ criterion: 'No uncut pages in 50 copies', met: true }] });
    expect(self.status).toBe(422);
    expect(self.body).toMatchObject({ code: 'not_independent', errors: [{ path: '/verifiedBy', code: 'not_independent' }] });

    const accepted = await t.call('POST', `/api/v1/work-orders/${acceptance.id}/acceptance`, {
      ...passingAcceptance,
      criteria: [{ criterion: 'No uncut pages in 50 copies', met: true }],
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.workOrder).toMatchObject({ status: 'done', outcome: 'passed', completedBy: 'verifier.he' });
    expect(accepted.body.andon.acceptedAt).toBeTruthy();

    const relisted = await t.call('POST', `/api/v1/andons/${andon.id}/relist`, { relistedBy: 'manager.wu', note: 'accepted' });
    expect(relisted.status).toBe(200);
    expect(relisted.body).toMatchObject({ state: 'relisted', closedBy: 'manager.wu', missingForRelist: [], target: { status: 'on_sale', onSale: true } });
    expect(Date.parse(relisted.body.probationUntil)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await t.call('GET', `/api/v1/status/${encodeURIComponent(target.ref)}`)).body).toMatchObject({ onSale: true, status: 'on_sale' });
    // The preventive action stays open, tracked to done after the relist.
    expect(relisted.body.workOrders.filter((o: { status: string }) => o.status === 'open').map((o: { assignee: string }) => o.assignee)).toEqual(['qa.zhou']);

    const timeline = (await t.call('GET', `/api/v1/andons/${andon.id}/timeline?limit=100`)).body.items.map((e: { action: string }) => e.action);
    for (const action of ['andon.contained', 'andon.root_caused', 'work_order.inspection_recorded', 'work_order.root_cause_recorded', 'work_order.completed', 'andon.awaiting_acceptance', 'work_order.acceptance_passed', 'andon.relisted', 'target.relisted']) {
      expect(timeline).toContain(action);
    }
    // A closed andon moves no more.
    const again = await t.call('POST', `/api/v1/andons/${andon.id}/retire`, { retiredBy: 'manager.wu', reason: 'x' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'illegal_transition', state: 'relisted' });

    // Probation: one matching complaint re-pulls at once, counted as a recurrence.
    const back = await complain(t, target, 'c9');
    expect(back.action).toBe('recurrence_pulled');
    expect(back.andon).toMatchObject({ trigger: 'recurrence', recurrenceOf: andon.id, state: 'pulled' });
    expect((await t.call('GET', `/api/v1/status/${encodeURIComponent(target.ref)}`)).body).toMatchObject({ onSale: false, andonId: back.andon.id });
  });

  it('refuses five whys that stop short, blame a person, or lack actions, naming each field', async () => {
    const { order } = await pulledAndon(t);
    const url = `/api/v1/work-orders/${order('root_cause').id}/root-cause`;
    const short = await t.call('POST', url, fiveWhys({ whys: fiveWhys().whys.slice(0, 3) }));
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({ code: 'root_cause_rejected', errors: [{ path: '/whys', code: 'too_few_whys' }] });
    const blame = await t.call('POST', url, fiveWhys({ statement: 'Human error', processLevel: false, actions: [] }));
    expect(blame.body.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)).toEqual([
      '/processLevel not_process_level',
      '/statement bare_human_error',
      '/actions corrective_action_required',
      '/actions preventive_action_required',
    ]);
    const zh = await t.call('POST', url, fiveWhys({ statement: '操作工粗心' }), { 'accept-language': 'zh-CN' });
    expect(zh.body.errors[0].message).toContain('人为失误');
    // The minimum is a setting.
    expect((await t.call('PATCH', '/api/v1/settings', { minWhys: 3 })).body.minWhys).toBe(3);
    const three = await t.call('POST', url, fiveWhys({ whys: fiveWhys().whys.slice(0, 3) }));
    expect(three.status).toBe(200);
    // Found before containment: the andon waits in pulled, then moves through both at once.
    expect(three.body.andon.state).toBe('pulled');
    const contained = await t.call('POST', `/api/v1/work-orders/${order('supplier_inspection').id}/inspection`, batchReturn);
    expect(contained.body.andon.state).toBe('root_caused');
    await t.call('PATCH', '/api/v1/settings', { minWhys: 5 });
    // A like cause on a later andon is a recurrence.
    const later = await pulledAndon(t);
    const like = await t.call('POST', `/api/v1/work-orders/${later.order('root_cause').id}/root-cause`, fiveWhys());
    expect(like.body.recurrences[0]).toMatchObject({ category: 'process', similarity: 1 });
    // Recorded once: a closed order takes nothing more; the wrong kind of order is refused.
    expect((await t.call('POST', url, fiveWhys())).body.code).toBe('work_order_closed');
    expect((await t.call('POST', `/api/v1/work-orders/${order('supplier_inspection').id}/root-cause`, fiveWhys())).status).toBe(409);
    const wrongType = await t.call('POST', `/api/v1/work-orders/${later.order('root_cause').id}/inspection`, batchReturn);
    expect(wrongType.body.code).toBe('work_order_type_mismatch');
  });

  it('sends a failed acceptance back to root-caused for a new rectification', async () => {
    const { andon } = await pulledAndon(t);
    const { acceptance } = await toAwaitingAcceptance(t, andon);
    const failed = await t.call('POST', `/api/v1/work-orders/${acceptance.id}/acceptance`, {
      verifiedBy: 'verifier.he',
      result: 'fail',
      criteria: [
        { criterion: 'Fan 50 copies of the new stock: no uncut pages', met: false, note: '3 uncut' },
        { criterion: 'Printer SOP includes a page-block check', met: true },
      ],
      evidence: '3 of 50 copies uncut',
    });
    expect(failed.status).toBe(200);
    expect(failed.body.andon).toMatchObject({ state: 'root_caused', rectification: null });
    const relist = await t.call('POST', `/api/v1/andons/${andon.id}/relist`, { relistedBy: 'manager.wu' });
    expect(relist.body.missing).toEqual(['rectification', 'acceptance']);
    const second = await toAwaitingAcceptance(t, { ...andon, workOrders: [] }).catch((e: Error) => e);
    expect(second).toBeInstanceOf(Error);
    const again = await t.call('POST', `/api/v1/andons/${andon.id}/rectification`, { recordedBy: 'wang.fang', summary: 'Second fix', evidence: 'e', criteria: ['No uncut pages'] });
    expect(again.body.state).toBe('awaiting_acceptance');
    const next = again.body.workOrders.filter((o: { type: string; status: string }) => o.type === 'acceptance' && o.status === 'open');
    expect(next).toHaveLength(1);
    // A pass that leaves a criterion unmet is not a pass.
    const bad = await t.call('POST', `/api/v1/work-orders/${next[0].id}/acceptance`, { verifiedBy: 'v2', result: 'pass', criteria: [{ criterion: 'No uncut pages', met: false }], evidence: 'e' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/criteria/0/met');
    await t.call('POST', `/api/v1/work-orders/${next[0].id}/acceptance`, { verifiedBy: 'v2', result: 'pass', criteria: [{ criterion: 'No uncut pages', met: true }], evidence: 'e' });
    expect((await t.call('POST', `/api/v1/andons/${andon.id}/relist`, { relistedBy: 'manager.wu' })).body.state).toBe('relisted');
  });

  it('keeps a target off sale while another open andon holds it', async () => {
    const { target, andon } = await pulledAndon(t);
    await complain(t, target, 'c3', { issueCode: 'wrong_item' });
    const other = await complain(t, target, 'c4', { issueCode: 'wrong_item' });
    const second = (await t.call('POST', '/api/v1/andons', { complaintId: other.complaint.id, pulledBy: 'a2' })).body;
    const { acceptance } = await toAwaitingAcceptance(t, andon);
    await t.call('POST', `/api/v1/work-orders/${acceptance.id}/acceptance`, passingAcceptance);
    const relisted = await t.call('POST', `/api/v1/andons/${andon.id}/relist`, { relistedBy: 'manager.wu' });
    expect(relisted.body).toMatchObject({ state: 'relisted', target: { status: 'suppressed', statusAndonId: second.id } });
    expect((await t.call('GET', `/api/v1/status/${encodeURIComponent(target.ref)}`)).body).toMatchObject({ onSale: false, andonId: second.id });
    // The review finds the second pull invalid: closed at once, and now nothing holds the target.
    const review = await t.call('POST', `/api/v1/andons/${second.id}/review`, { reviewedBy: 'manager.wu', verdict: 'invalid', reasonCode: 'wrong_issue_code' });
    expect(review.body).toMatchObject({ state: 'invalid', review: { verdict: 'invalid', reasonCode: 'wrong_issue_code' }, target: { status: 'on_sale' } });
    expect(review.body.workOrders.every((o: { status: string }) => o.status === 'cancelled')).toBe(true);
  });

  it('retires a target that is not coming back, closing every open andon of it', async () => {
    const { target, andon } = await pulledAndon(t, { target: { kind: 'partner' } });
    await complain(t, target, 'c3', { issueCode: 'poor_service' });
    const other = await complain(t, target, 'c4', { issueCode: 'poor_service' });
    const second = (await t.call('POST', '/api/v1/andons', { complaintId: other.complaint.id, pulledBy: 'a2' })).body;
    const noReason = await t.call('POST', `/api/v1/andons/${andon.id}/retire`, { retiredBy: 'manager.wu' });
    expect(noReason.status).toBe(400);
    const retired = await t.call('POST', `/api/v1/andons/${andon.id}/retire`, { retiredBy: 'manager.wu', reason: 'Could not rectify within the trial' });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ state: 'retired', closeReason: 'Could not rectify within the trial', target: { status: 'retired' } });
    expect(retired.body.workOrders.every((o: { status: string }) => o.status === 'cancelled')).toBe(true);
    expect((await t.call('GET', `/api/v1/andons/${second.id}`)).body).toMatchObject({ state: 'retired' });
    expect((await t.call('GET', `/api/v1/status/${encodeURIComponent(target.ref)}`)).body).toMatchObject({ status: 'retired', onSale: false });
    // A retired target takes no new pull: complaints are still recorded.
    expect(await complain(t, target, 'c5')).toMatchObject({ action: 'recorded', andon: null, targetStatus: 'retired' });
  });

  it('lets one of two people recording the same step at once win, and tells the other why not', async () => {
    const { andon, order } = await pulledAndon(t);
    const url = `/api/v1/work-orders/${order('supplier_inspection').id}/inspection`;
    const inspections = await Promise.all([t.call('POST', url, batchReturn), t.call('POST', url, { ...batchReturn, recordedBy: 'someone.else' })]);
    expect(inspections.map((r) => r.status).sort()).toEqual([200, 409]);
    const reviews = await Promise.all(
      ['manager.wu', 'manager.ma'].map((who) => t.call('POST', `/api/v1/andons/${andon.id}/review`, { reviewedBy: who, verdict: 'valid' })),
    );
    expect(reviews.map((r) => r.status).sort()).toEqual([200, 409]);
    const rewardAudit = (await t.call('GET', `/api/v1/andons/${andon.id}/timeline?limit=100`)).body.items.filter((e: { action: string }) => e.action === 'reward.granted');
    expect(rewardAudit).toHaveLength(1);
  });

  it('tells live clients about each change after it commits', async () => {
    const { andon, order } = await pulledAndon(t);
    const seen: string[] = [];
    const stop = t.ctx.events.subscribe((batch) => batch.forEach((e) => seen.push('state' in e ? `${e.type}:${e.state}` : 'status' in e ? `${e.type}:${e.status}` : e.type)));
    try {
      await t.call('POST', `/api/v1/work-orders/${order('supplier_inspection').id}/inspection`, batchReturn);
      await t.call('POST', `/api/v1/andons/${andon.id}/review`, { reviewedBy: 'manager.wu', verdict: 'valid' });
    } finally {
      stop();
    }
    expect(seen).toEqual(['work_order.changed:done', 'andon.changed:contained', 'andon.changed:contained']);
  });

  it("reviews a pull once: valid grants the reward, never by the puller, invalid needs a reason code", async () => {
    const { andon } = await pulledAndon(t);
    expect((await t.call('POST', `/api/v1/andons/${andon.id}/review`, { reviewedBy: 'xiao.lin', verdict: 'valid' })).body).toMatchObject({
      code: 'not_independent',
      errors: [{ path: '/reviewedBy', code: 'self_review' }],
    });
    const noCode = await t.call('POST', `/api/v1/andons/${andon.id}/review`, { reviewedBy: 'manager.wu', verdict: 'invalid' });
    expect(noCode.status).toBe(400);
    expect(noCode.body.errors[0].path).toBe('/reasonCode');
    const valid = await t.call('POST', `/api/v1/andons/${andon.id}/review`, { reviewedBy: 'manager.wu', verdict: 'valid', note: 'followed the rule' });
    expect(valid.body).toMatchObject({ state: 'pulled', review: { verdict: 'valid', reviewedBy: 'manager.wu' }, reward: { status: 'granted', agentRef: 'xiao.lin' } });
    expect(valid.body.reward.decidedAt).toBeTruthy();
    const twice = await t.call('POST', `/api/v1/andons/${andon.id}/review`, { reviewedBy: 'manager.wu', verdict: 'invalid', reasonCode: 'other' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('already_reviewed');
    expect((await t.call('POST', '/api/v1/andons/nope/review', { reviewedBy: 'm', verdict: 'valid' })).status).toBe(404);
    expect((await t.call('POST', '/api/v1/andons/nope/relist', { relistedBy: 'm' })).status).toBe(404);
  });
});
