import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { makeTarget } from '#test/helpers/factories.ts';

describe.each(testDialects())('API tokens for integrations (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('issues a scoped, expiring token shown once and kept only as a hash', async () => {
    const res = await t.call('POST', '/api/v1/tokens', { name: 'Helpdesk intake', scopes: ['complaints:write', 'complaints:write'], expiresInDays: 30 });
    expect(res.status).toBe(201);
    const { token, apiToken } = res.body;
    expect(token).toMatch(/^andon_[\w-]{40}$/);
    expect(apiToken).toMatchObject({ name: 'Helpdesk intake', scopes: ['complaints:write'], createdBy: 'test.admin', active: true, lastUsedAt: null, prefix: token.slice(0, 12) });
    expect(Date.parse(apiToken.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const listed = await t.call('GET', '/api/v1/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const rows = await t.ctx.database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await t.call('POST', '/api/v1/tokens', { name: 'Helpdesk intake', scopes: ['status:read'] })).status).toBe(409);
  });

  it('lets a token do exactly what its scopes say (a scope violation is 403)', async () => {
    const target = await makeTarget(t);
    const { token } = (await t.call('POST', '/api/v1/tokens', { name: 'Storefront', scopes: ['status:read'] })).body;
    const status = await t.anonymous.call('GET', `/api/v1/status/${target.ref}`, undefined, bearer(token));
    expect(status.body).toMatchObject({ ref: target.ref, onSale: true });
    const write = await t.anonymous.call('POST', '/api/v1/complaints', { targetRef: target.ref, customerRef: 'c', issueCode: 'defective' }, bearer(token));
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('complaints:write') });
    expect((await t.anonymous.call('GET', '/api/v1/andons', undefined, bearer(token))).status).toBe(403);
    expect((await t.anonymous.call('POST', '/api/v1/auth/logout', undefined, bearer(token))).status).toBe(403);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, bearer(token))).body).toMatchObject({ via: 'token', ref: 'token:Storefront', grants: { 'status:read': 'all' }, csrfToken: null });
    expect((await t.anonymous.call('GET', '/api/v1/health', undefined, bearer('andon_not-a-real-token'))).status).toBe(200);
    expect((await t.anonymous.call('GET', `/api/v1/status/${target.ref}`, undefined, bearer('andon_not-a-real-token'))).status).toBe(401);
    expect((await t.anonymous.call('GET', `/api/v1/status/${target.ref}`, undefined, { authorization: 'Basic YTpi' })).status).toBe(401);
  });

  it('records on behalf of the agent a helpdesk names, and says so in the audit log', async () => {
    const target = await makeTarget(t);
    const helpdesk = await t.withToken(['complaints:write', 'andons:pull'], 'helpdesk on behalf');
    const first = await helpdesk.call('POST', '/api/v1/complaints', { targetRef: target.ref, customerRef: 'c1', issueCode: 'defective', text: 'Broken', recordedBy: 'agent.zhou' });
    expect(first.body.complaint.recordedBy).toBe('agent.zhou');
    const anonymous = await helpdesk.call('POST', '/api/v1/complaints', { targetRef: target.ref, customerRef: 'c2', issueCode: 'defective', text: 'Broken too' });
    expect(anonymous.body.complaint.recordedBy).toBeNull();
    const noPuller = await helpdesk.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective' });
    expect(noPuller.status).toBe(422);
    expect(noPuller.body).toMatchObject({ code: 'actor_required', errors: [{ path: '/pulledBy', code: 'actor_required' }] });
    const pulled = await helpdesk.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: 'agent.zhou' });
    expect(pulled.body.pulledBy).toBe('agent.zhou');
    const timeline = (await t.call('GET', `/api/v1/andons/${pulled.body.id}/timeline`)).body.items;
    expect(timeline.find((e: { action: string }) => e.action === 'andon.pulled')).toMatchObject({ actor: 'agent.zhou', via: `token:${helpdesk.id}` });
  });

  it('records when a token was last used, and revokes it at once (the status look-up too)', async () => {
    const target = await makeTarget(t);
    const issued = (await t.call('POST', '/api/v1/tokens', { name: 'Revoke me', scopes: ['status:read'] })).body;
    expect((await t.anonymous.call('GET', `/api/v1/status/${target.ref}`, undefined, bearer(issued.token))).status).toBe(200);
    // Recorded beside the answer, never delaying it.
    let used = (await t.call('GET', `/api/v1/tokens/${issued.apiToken.id}`)).body;
    for (let i = 0; i < 50 && used.lastUsedAt === null; i++) {
      await new Promise((r) => setTimeout(r, 20));
      used = (await t.call('GET', `/api/v1/tokens/${issued.apiToken.id}`)).body;
    }
    expect(used.lastUsedAt).not.toBeNull();
    expect((await t.call('DELETE', `/api/v1/tokens/${issued.apiToken.id}`)).status).toBe(204);
    expect((await t.anonymous.call('GET', `/api/v1/status/${target.ref}`, undefined, bearer(issued.token))).status).toBe(401);
    const after = (await t.call('GET', `/api/v1/tokens/${issued.apiToken.id}`)).body;
    expect(after).toMatchObject({ active: false, revokedBy: 'test.admin' });
    const actions = (await t.call('GET', `/api/v1/audit-events?subjectType=api_token&subjectId=${issued.apiToken.id}`)).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['api_token.created', 'api_token.revoked']);
    expect((await t.call('POST', '/api/v1/tokens', { name: 'Revoke me', scopes: ['status:read'] })).status).toBe(201);
    expect((await t.call('GET', '/api/v1/tokens?active=false')).body.items.map((x: { id: string }) => x.id)).toContain(issued.apiToken.id);
  });

  it('refuses an expired token', async () => {
    const uncached = await createTestApp(dialect, { ANDON_AUTH_CACHE_MS: '0' });
    try {
      const token = await uncached.withToken(['status:read']);
      expect((await token.call('GET', '/api/v1/status?refs=X')).status).toBe(200);
      await uncached.ctx.database.writer.updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
      expect((await token.call('GET', '/api/v1/status?refs=X')).status).toBe(401);
    } finally {
      await uncached.close();
    }
  });
});
