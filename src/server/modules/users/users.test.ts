import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { bootstrapAdmin } from './bootstrap.ts';

describe.each(testDialects())('people and roles (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('an agent cannot make itself admin, add people or issue tokens (privilege escalation)', async () => {
    const agent = await t.as({ ref: 'sneaky.agent', role: 'agent' });
    for (const [method, url, body] of [
      ['PATCH', `/api/v1/users/${agent.user.id}`, { role: 'admin' }],
      ['POST', '/api/v1/users', { email: 'mine@andon.test', name: 'Mine', role: 'admin', password: 'a long password here' }],
      ['POST', `/api/v1/users/${agent.user.id}/password`, { password: 'a long password here' }],
      ['POST', '/api/v1/tokens', { name: 'mine', scopes: ['complaints:write'] }],
      ['GET', '/api/v1/users', undefined],
    ] as const) {
      const res = await agent.call(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(res.body).toMatchObject({ code: 'forbidden', detail: expect.stringMatching(/users:manage|tokens:manage/) });
    }
    expect((await agent.call('GET', '/api/v1/auth/me')).body.role).toBe('agent');
    // A manager cannot either, nor can a token (it can hold no people or token management at all).
    const manager = await t.as('manager');
    expect((await manager.call('PATCH', `/api/v1/users/${manager.user.id}`, { role: 'admin' })).status).toBe(403);
    const token = await t.withToken();
    expect((await token.call('PATCH', `/api/v1/users/${agent.user.id}`, { role: 'admin' })).status).toBe(403);
  });

  it('an admin changes a role: audited before and after, in force at once', async () => {
    const person = await t.as({ ref: 'promoted', role: 'agent' });
    expect((await person.call('POST', '/api/v1/andons/x/review', { verdict: 'valid' })).status).toBe(403);
    const changed = await t.call('PATCH', `/api/v1/users/${person.user.id}`, { role: 'manager' });
    expect(changed.body.role).toBe('manager');
    expect((await person.call('POST', '/api/v1/andons/x/review', { verdict: 'valid' })).status).toBe(404);
    const events = (await t.call('GET', `/api/v1/audit-events?subjectId=${person.user.id}&action=user.role_changed`)).body.items;
    expect(events).toEqual([
      expect.objectContaining({ actor: 'test.admin', via: expect.stringMatching(/^session:/), before: { role: 'agent', organisationId: null }, after: { role: 'manager', organisationId: null } }),
    ]);
  });

  it('keeps at least one active admin', async () => {
    const only = await createTestApp(dialect);
    try {
      const res = await only.call('PATCH', `/api/v1/users/${only.admin.user.id}`, { role: 'viewer' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('last_admin');
      expect((await only.call('PATCH', `/api/v1/users/${only.admin.user.id}`, { active: false })).status).toBe(409);
    } finally {
      await only.close();
    }
  });

  it('puts a supplier user in exactly one organisation, and nobody else in any', async () => {
    const org = (await t.call('POST', '/api/v1/organisations', { name: `Printer ${dialect}`, kind: 'supplier' })).body;
    const missing = await t.call('POST', '/api/v1/users', { email: 's1@andon.test', name: 'S', role: 'supplier' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ path: '/organisationId', code: 'organisation_required' });
    const agentWithOrg = await t.call('POST', '/api/v1/users', { email: 's2@andon.test', name: 'S', role: 'agent', organisationId: org.id });
    expect(agentWithOrg.body.errors[0].code).toBe('organisation_not_allowed');
    const unknown = await t.call('POST', '/api/v1/users', { email: 's3@andon.test', name: 'S', role: 'supplier', organisationId: 'nope' });
    expect(unknown.status).toBe(422);
    const made = await t.call('POST', '/api/v1/users', { email: 'Wang.Fang@Printer.example', name: 'Wang Fang', role: 'supplier', organisationId: org.id });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ user: { ref: 'wang.fang', email: 'wang.fang@printer.example', mustChangePassword: true }, temporaryPassword: expect.any(String) });
    expect((await t.call('POST', '/api/v1/users', { email: 'wang.fang@printer.example', name: 'Again', role: 'viewer' })).status).toBe(409);
    expect((await t.call('POST', '/api/v1/users', { ref: 'Not A Handle', email: 'x@andon.test', name: 'X', role: 'viewer' })).status).toBe(400);
    expect((await t.call('POST', '/api/v1/users', { email: 'weak@andon.test', name: 'W', role: 'viewer', password: 'password1234' })).body.code).toBe('password_rejected');
    const listed = (await t.call('GET', `/api/v1/users?organisationId=${org.id}`)).body.items;
    expect(listed.map((u: { ref: string }) => u.ref)).toEqual(['wang.fang']);
  });

  it('creates the first admin from the environment only when nobody exists yet', async () => {
    const fresh = await createTestApp(dialect);
    try {
      await fresh.ctx.database.writer.deleteFrom('sessions').execute();
      await fresh.ctx.database.writer.deleteFrom('users').execute();
      const admin = { email: 'first@andon.test', password: 'a sturdy opening passphrase' };
      const made = await bootstrapAdmin(fresh.ctx.writer, fresh.ctx.database.db, admin);
      expect(made).toMatchObject({ role: 'admin', ref: 'first', email: 'first@andon.test' });
      expect(await bootstrapAdmin(fresh.ctx.writer, fresh.ctx.database.db, { ...admin, email: 'second@andon.test' })).toBeNull();
      const signedIn = await fresh.anonymous.call('POST', '/api/v1/auth/login', admin);
      expect(signedIn.body.role).toBe('admin');
      await expect(bootstrapAdmin(fresh.ctx.writer, fresh.ctx.database.db, undefined)).resolves.toBeNull();
    } finally {
      await fresh.close();
    }
  });
});
