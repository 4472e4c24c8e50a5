import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget } from '#test/helpers/factories.ts';

/** Who did what: people act only as themselves, every step is in an audit log nobody can edit. */
describe.each(testDialects())('accountability (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('a signed-in person acts as themselves: a people field defaults to them and may not name anyone else', async () => {
    const lin = await t.as({ ref: 'xiao.lin', role: 'agent' });
    const target = await makeTarget(t);
    await complain(t, target, 'c1', { recordedBy: 'zhang.wei' });
    const mine = await lin.call('POST', '/api/v1/complaints', { targetRef: target.ref, customerRef: 'c2', issueCode: 'defective', text: 'Same' });
    expect(mine.body.complaint.recordedBy).toBe('xiao.lin');
    const forged = await lin.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'zhang.wei' });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: 'actor_mismatch', errors: [{ path: '/pulledBy', code: 'actor_mismatch' }] });
    const sameInCapitals = await lin.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: ' Xiao.Lin ' });
    expect(sameInCapitals.status).toBe(201);
    expect(sameInCapitals.body.pulledBy).toBe('xiao.lin');
    const events = (await t.call('GET', `/api/v1/andons/${sameInCapitals.body.id}/timeline`)).body.items;
    expect(events.every((e: { actor: string; via: string }) => e.actor === 'xiao.lin' && e.via.startsWith('session:'))).toBe(true);
    // A manager cannot review in someone else's name either.
    const manager = await t.as({ ref: 'manager.zhao', role: 'manager' });
    const asOther = await manager.call('POST', `/api/v1/andons/${sameInCapitals.body.id}/review`, { reviewedBy: 'manager.qian', verdict: 'valid' });
    expect(asOther.body.code).toBe('actor_mismatch');
    const reviewed = await manager.call('POST', `/api/v1/andons/${sameInCapitals.body.id}/review`, { verdict: 'valid' });
    expect(reviewed.body.review).toMatchObject({ reviewedBy: 'manager.zhao', verdict: 'valid' });
    const batch = await lin.call('POST', '/api/v1/complaints/batch', {
      complaints: [
        { targetRef: target.ref, customerRef: 'c3', issueCode: 'defective' },
        { targetRef: target.ref, customerRef: 'c4', issueCode: 'defective', recordedBy: 'zhang.wei' },
      ],
    });
    expect(batch.body.results.map((r: { status: number }) => r.status)).toEqual([201, 403]);
    expect(batch.body.results[1].problem.errors[0].path).toBe('/recordedBy');
  });

  it('audits role changes and token events with actor, time, before and after', async () => {
    const person = await t.as({ ref: 'audited.person', role: 'viewer' });
    await t.call('PATCH', `/api/v1/users/${person.user.id}`, { role: 'verifier' });
    const token = (await t.call('POST', '/api/v1/tokens', { name: 'Audited', scopes: ['status:read'] })).body.apiToken;
    await t.call('DELETE', `/api/v1/tokens/${token.id}`);
    const byAdmin = (await t.call('GET', '/api/v1/audit-events?actor=test.admin&limit=500')).body.items;
    const find = (action: string) => byAdmin.find((e: { action: string }) => e.action === action);
    expect(find('user.role_changed')).toMatchObject({ at: expect.any(String), before: { role: 'viewer' }, after: { role: 'verifier' } });
    expect(find('api_token.created')).toMatchObject({ subjectId: token.id, after: { name: 'Audited', scopes: ['status:read'] } });
    expect(find('api_token.revoked')).toMatchObject({ before: { revokedAt: null }, after: { revokedBy: 'test.admin' } });
    expect(JSON.stringify(byAdmin)).not.toMatch(/password_hash|passwordHash|andon_[\w-]{40}/);
  });

  it('no route edits or deletes an audit entry, and the database refuses to', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      expect((await t.call(method, '/api/v1/audit-events', {})).status).toBe(404);
      expect((await t.call(method, '/api/v1/audit-events/some-id', {})).status).toBe(404);
    }
    expect(t.routes.filter((r) => r.url.includes('audit') && r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    const db = t.ctx.database.writer;
    await expect(sql`update audit_events set actor = 'someone else'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(/append-only/);
    const count = await db.selectFrom('audit_events').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
    expect(Number(count?.n)).toBeGreaterThan(0);
  });
});

describe.each(testDialects())('customer refs as a keyed hash (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ANDON_CUSTOMER_HASH_KEY: 'a-secret-key-of-at-least-16' });
  });
  afterAll(() => t.close());

  it('stores and compares the HMAC: the same customer counts once, a list finds them by their own id, the database never holds it', async () => {
    const target = await makeTarget(t);
    const first = await complain(t, target, 'C-10231');
    expect(first.complaint.customerRef).toMatch(/^hmac:[\w-]{43}$/);
    const again = await complain(t, target, 'C-10231');
    expect(again.repeat.distinctCustomers).toBe(1);
    const other = await complain(t, target, 'C-20987');
    expect(other.repeat).toMatchObject({ distinctCustomers: 2, met: true });
    const found = (await t.call('GET', `/api/v1/complaints?customerRef=C-10231`)).body.items;
    expect(found).toHaveLength(2);
    expect(found[0].customerRef).toBe(first.complaint.customerRef);
    const rows = await t.ctx.database.db.selectFrom('complaints').select(['customer_ref', 'request_hash']).execute();
    expect(JSON.stringify(rows)).not.toContain('C-10231');
    const replay = await complain(t, target, 'C-30000', { externalId: 'ticket-1' });
    expect((await complain(t, target, 'C-30000', { externalId: 'ticket-1' })).replayed).toBe(true);
    expect(replay.complaint.customerRef).not.toContain('C-30000');
  });
});
