import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { unique } from '#test/helpers/factories.ts';

describe.each(testDialects())('targets, suppliers, teams, issue codes and rules on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('creates, reads, updates and lists targets with their monthly GMV', async () => {
    const org = await t.call('POST', '/api/v1/organisations', { name: unique('Everbright Press'), kind: 'supplier', contactEmail: 'a@b.example' });
    expect(org.status).toBe(201);
    const ref = unique('BOOK');
    const created = await t.call('POST', '/api/v1/targets', {
      ref,
      kind: 'product',
      name: '《石头记》精装',
      organisationId: org.body.id,
      monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
      attributes: { isbn: '9787020002207' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ref, status: 'on_sale', onSale: true, monthlyGmv: { amountMinor: 125_000_000 }, attributes: { isbn: '9787020002207' } });
    const id = created.body.id;
    expect((await t.call('GET', `/api/v1/targets/${id}`)).body.name).toBe('《石头记》精装');
    const patched = await t.call('PATCH', `/api/v1/targets/${id}`, { name: 'Renamed', monthlyGmv: null });
    expect(patched.body).toMatchObject({ name: 'Renamed', monthlyGmv: null, ref });
    const search = await t.call('GET', `/api/v1/targets?q=${encodeURIComponent('renam')}`);
    expect(search.body.items.map((x: { id: string }) => x.id)).toContain(id);
    const byRef = await t.call('GET', `/api/v1/targets?ref=${encodeURIComponent(ref)}`);
    expect(byRef.body.items).toHaveLength(1);
    const wildcard = await t.call('GET', `/api/v1/targets?q=${encodeURIComponent('%_')}`);
    expect(wildcard.body.items).toHaveLength(0);
    expect((await t.call('GET', '/api/v1/targets?kind=product&status=on_sale')).status).toBe(200);
  });

  it('refuses duplicate refs, unknown references and missing records', async () => {
    const ref = unique('DUP');
    await t.call('POST', '/api/v1/targets', { ref, kind: 'partner', name: 'Shop' });
    const dup = await t.call('POST', '/api/v1/targets', { ref, kind: 'partner', name: 'Shop again' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0]).toMatchObject({ path: '/ref', code: 'duplicate' });
    const badOrg = await t.call('POST', '/api/v1/targets', { ref: unique('X'), kind: 'partner', name: 'Shop', organisationId: 'nope' });
    expect(badOrg.status).toBe(422);
    expect(badOrg.body.errors[0]).toMatchObject({ path: '/organisationId', code: 'unknown_reference' });
    expect((await t.call('GET', '/api/v1/targets/nope')).status).toBe(404);
    expect((await t.call('PATCH', '/api/v1/targets/nope', { name: 'x' })).status).toBe(404);
    expect((await t.call('PATCH', '/api/v1/targets/nope', {})).status).toBe(400);
  });

  it('keeps the status look-up in step when a ref changes', async () => {
    const created = await t.call('POST', '/api/v1/targets', { ref: unique('OLD'), kind: 'product', name: 'x' });
    const newRef = unique('NEW');
    await t.call('PATCH', `/api/v1/targets/${created.body.id}`, { ref: newRef });
    expect((await t.call('GET', `/api/v1/status/${created.body.ref}`)).status).toBe(404);
    expect((await t.call('GET', `/api/v1/status/${newRef}`)).body).toMatchObject({ ref: newRef, onSale: true });
  });

  it('manages teams and suppliers', async () => {
    const team = await t.call('POST', '/api/v1/teams', { key: 'quality-east', name: 'Quality East' });
    expect(team.status).toBe(201);
    expect((await t.call('POST', '/api/v1/teams', { key: 'quality-east', name: 'again' })).status).toBe(409);
    expect((await t.call('PATCH', `/api/v1/teams/${team.body.id}`, { name: 'Quality (East)' })).body.name).toBe('Quality (East)');
    expect((await t.call('GET', `/api/v1/teams/${team.body.id}`)).status).toBe(200);
    const org = await t.call('POST', '/api/v1/organisations', { name: unique('Anxin Auto'), kind: 'partner' });
    expect((await t.call('PATCH', `/api/v1/organisations/${org.body.id}`, { contactPhone: '+86 10 5555 0100' })).body.contactPhone).toBe('+86 10 5555 0100');
    expect((await t.call('GET', '/api/v1/organisations?kind=partner')).body.items.length).toBeGreaterThan(0);
    expect((await t.call('POST', '/api/v1/organisations', { name: 'x', kind: 'partner', contactEmail: 'not-an-email' })).status).toBe(400);
  });

  it('keeps a bilingual taxonomy of issue codes', async () => {
    const list = await t.call('GET', '/api/v1/issue-codes?limit=100');
    const codes = list.body.items.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['defective', 'safety_hazard', 'changed_mind']));
    expect(list.body.items.find((c: { code: string }) => c.code === 'changed_mind')).toMatchObject({ counts: false });
    expect(list.body.items.find((c: { code: string }) => c.code === 'safety_hazard')).toMatchObject({ safetyCritical: true });
    const created = await t.call('POST', '/api/v1/issue-codes', { code: 'pages_not_cut', nameZh: '书页未裁开', nameEn: 'Pages not cut' });
    expect(created.status).toBe(201);
    expect((await t.call('POST', '/api/v1/issue-codes', { code: 'pages_not_cut', nameZh: 'x', nameEn: 'y' })).status).toBe(409);
    const off = await t.call('PATCH', '/api/v1/issue-codes/pages_not_cut', { active: false });
    expect(off.body.active).toBe(false);
    expect((await t.call('GET', '/api/v1/issue-codes?active=false')).body.items.map((c: { code: string }) => c.code)).toContain('pages_not_cut');
    // An inactive code can no longer be used for new complaints.
    const target = await t.call('POST', '/api/v1/targets', { ref: unique('T'), kind: 'product', name: 'x' });
    const res = await t.call('POST', '/api/v1/complaints', { targetRef: target.body.ref, customerRef: 'c', issueCode: 'pages_not_cut' });
    expect(res.status).toBe(422);
  });

  it('changes rules, but never switches the default off', async () => {
    const rules = (await t.call('GET', '/api/v1/rules')).body.items;
    const def = rules.find((r: { targetKind: null; issueCode: null }) => r.targetKind === null && r.issueCode === null);
    expect(def).toMatchObject({ threshold: 2, windowDays: 30, mode: 'suggest' });
    const off = await t.call('PATCH', `/api/v1/rules/${def.id}`, { active: false });
    expect(off.status).toBe(400);
    expect(off.body.errors[0].path).toBe('/active');
    const changed = await t.call('PATCH', `/api/v1/rules/${def.id}`, { windowDays: 45 });
    expect(changed.body.windowDays).toBe(45);
    await t.call('PATCH', `/api/v1/rules/${def.id}`, { windowDays: 30 });
    const unknownCode = await t.call('POST', '/api/v1/rules', { name: 'x', issueCode: 'nope' });
    expect(unknownCode.status).toBe(422);
    expect((await t.call('GET', `/api/v1/rules/${def.id}`)).body.id).toBe(def.id);
  });

  it('writes every change to the audit log', async () => {
    const created = await t.call('POST', '/api/v1/targets', { ref: unique('AUD'), kind: 'process', name: 'Returns' });
    await t.call('PATCH', `/api/v1/targets/${created.body.id}`, { name: 'Returns pick-up' });
    const log = await t.call('GET', `/api/v1/audit-events?targetId=${created.body.id}`);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['target.created', 'target.updated']);
    expect(log.body.items[1].before.name).toBe('Returns');
    expect(log.body.items[1].after.name).toBe('Returns pick-up');
    // The log is read-only.
    expect((await t.call('DELETE', `/api/v1/audit-events/${log.body.items[0].id}`)).status).toBe(404);
    expect((await t.call('PATCH', `/api/v1/audit-events/${log.body.items[0].id}`, {})).status).toBe(404);
  });
});
