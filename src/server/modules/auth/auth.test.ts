import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';

const PASSWORD = 'correct horse battery staple';

/** Signs in over HTTP; answers the status, the session cookie's value and attributes, and the CSRF token. */
async function signIn(t: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  const res = await t.anonymous.call('POST', '/api/v1/auth/login', { email, password }, headers);
  const cookie = res.response.cookies.find((c) => c.name === 'andon_session');
  const credential: Record<string, string> = cookie ? { cookie: `andon_session=${cookie.value}`, 'x-csrf-token': res.body.csrfToken as string } : {};
  return { res, cookie, credential };
}

async function addUser(t: TestApp, email: string, role = 'agent', password = PASSWORD) {
  const res = await t.call('POST', '/api/v1/users', { email, name: email, role, password });
  expect(res.status).toBe(201);
  return res.body.user as { id: string; ref: string };
}

describe.each(testDialects())('sign-in and sessions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ANDON_AUTH_CACHE_MS: '0', ANDON_LOGIN_MAX_FAILURES: '3', ANDON_LOGIN_IP_MAX_FAILURES: '1000' });
  });
  afterAll(() => t.close());

  it('signs in with email and password: an HttpOnly, SameSite=Strict cookie and a CSRF token; who am I', async () => {
    await addUser(t, 'lin@andon.test');
    const { res, cookie, credential } = await signIn(t, ' LIN@andon.test ', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ via: 'session', ref: 'lin', role: 'agent', user: { email: 'lin@andon.test' } });
    expect(res.body.user.passwordHash).toBeUndefined();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie!.secure).toBeFalsy();
    expect(res.response.headers['cache-control']).toBe('no-store');
    const me = await t.anonymous.call('GET', '/api/v1/auth/me', undefined, credential);
    expect(me.body).toMatchObject({ ref: 'lin', grants: { 'andons:pull': 'all', 'rewards:read': 'own' }, csrfToken: res.body.csrfToken });
  });

  it('marks the cookie Secure behind https (a trusted proxy) and always when told', async () => {
    const proxied = await createTestApp(dialect, { ANDON_TRUST_PROXY: 'true' });
    const always = await createTestApp(dialect, { ANDON_COOKIE_SECURE: 'always' });
    try {
      for (const [app, headers] of [[proxied, { 'x-forwarded-proto': 'https' }], [always, {}]] as const) {
        await addUser(app, 'secure@andon.test');
        const { cookie } = await signIn(app, 'secure@andon.test', PASSWORD, headers);
        expect(cookie?.secure).toBe(true);
      }
    } finally {
      await Promise.all([proxied.close(), always.close()]);
    }
  });

  it('refuses a wrong password and an unknown email alike (401), and never says which', async () => {
    const wrong = await signIn(t, 'lin@andon.test', 'not the password at all');
    const unknown = await signIn(t, 'nobody@andon.test', PASSWORD);
    expect([wrong.res.status, unknown.res.status]).toEqual([401, 401]);
    expect(wrong.res.body.detail).toBe(unknown.res.body.detail);
    expect(wrong.cookie).toBeUndefined();
  });

  it('needs the CSRF token on a session’s changes (not on reads, not with a bearer token)', async () => {
    await addUser(t, 'csrf@andon.test', 'admin');
    const { credential } = await signIn(t, 'csrf@andon.test', PASSWORD);
    const body = { ref: `CSRF-${dialect}`, kind: 'product', name: 'CSRF' };
    const noToken = await t.anonymous.call('POST', '/api/v1/targets', body, { cookie: credential.cookie! });
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe('csrf_failed');
    const wrongToken = await t.anonymous.call('POST', '/api/v1/targets', body, { cookie: credential.cookie!, 'x-csrf-token': 'x'.repeat(43) });
    expect(wrongToken.body.code).toBe('csrf_failed');
    expect((await t.anonymous.call('GET', '/api/v1/targets', undefined, { cookie: credential.cookie! })).status).toBe(200);
    expect((await t.anonymous.call('POST', '/api/v1/targets', body, credential)).status).toBe(201);
    const token = await t.withToken(['targets:write']);
    expect((await token.call('POST', '/api/v1/targets', { ...body, ref: `CSRF-T-${dialect}` })).status).toBe(201);
  });

  it('issues a new session at every sign-in and revokes the one the browser brought (no session fixation)', async () => {
    const first = await signIn(t, 'lin@andon.test', PASSWORD);
    // An attacker's planted cookie is never adopted; a valid one is replaced and dies.
    const planted = 'attacker-chosen-session-id-0123456789abcdefghijk';
    const withPlanted = await signIn(t, 'lin@andon.test', PASSWORD, { cookie: `andon_session=${planted}` });
    expect(withPlanted.cookie!.value).not.toBe(planted);
    const second = await signIn(t, 'csrf@andon.test', PASSWORD, { cookie: first.credential.cookie! });
    expect(second.cookie!.value).not.toBe(first.cookie!.value);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, first.credential)).status).toBe(401);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, second.credential)).body.ref).toBe('csrf');
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const { credential } = await signIn(t, 'lin@andon.test', PASSWORD);
    const out = await t.anonymous.call('POST', '/api/v1/auth/logout', undefined, credential);
    expect(out.status).toBe(204);
    expect(out.response.cookies.find((c) => c.name === 'andon_session')?.value).toBe('');
    const after = await t.anonymous.call('GET', '/api/v1/auth/me', undefined, credential);
    expect(after.status).toBe(401);
    expect(after.response.headers['www-authenticate']).toContain('Bearer');
  });

  it('ends sessions past their lifetime or idle too long', async () => {
    const { credential } = await signIn(t, 'lin@andon.test', PASSWORD);
    const me = () => t.anonymous.call('GET', '/api/v1/auth/me', undefined, credential);
    expect((await me()).status).toBe(200);
    const db = t.ctx.database.writer;
    const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const user = (await t.call('GET', '/api/v1/users?q=lin@andon.test')).body.items[0];
    await db.updateTable('sessions').set({ last_seen_at: hour(-3) }).where('user_id', '=', user.id).execute();
    expect((await me()).status).toBe(401);
    const again = await signIn(t, 'lin@andon.test', PASSWORD);
    await db.updateTable('sessions').set({ expires_at: hour(-1) }).where('user_id', '=', user.id).execute();
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, again.credential)).status).toBe(401);
  });

  it('changes a password: the current one is checked, the new one must be strong, every session ends but a new one', async () => {
    const user = await addUser(t, 'change@andon.test');
    const a = await signIn(t, 'change@andon.test', PASSWORD);
    const b = await signIn(t, 'change@andon.test', PASSWORD);
    const wrong = await t.anonymous.call('POST', '/api/v1/auth/password', { currentPassword: 'nope nope nope', newPassword: 'a new and long password' }, a.credential);
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ path: '/currentPassword', code: 'password_wrong' });
    const weak = await t.anonymous.call('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' }, a.credential);
    expect(weak.body.errors.map((e: { code: string }) => e.code)).toContain('password_too_short');
    const named = await t.anonymous.call('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'change-is-my-password' }, a.credential);
    expect(named.body.errors.map((e: { code: string }) => e.code)).toContain('password_contains_name');
    const changed = await t.anonymous.call('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'a new and long password' }, a.credential);
    expect(changed.status).toBe(200);
    const fresh = { cookie: `andon_session=${changed.response.cookies.find((c) => c.name === 'andon_session')!.value}`, 'x-csrf-token': changed.body.csrfToken };
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, a.credential)).status).toBe(401);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, b.credential)).status).toBe(401);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, fresh)).status).toBe(200);
    expect((await signIn(t, 'change@andon.test', 'a new and long password')).res.status).toBe(200);
    const audit = (await t.call('GET', `/api/v1/audit-events?subjectType=user&subjectId=${user.id}`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['user.created', 'user.signed_in', 'user.password_changed']));
  });

  it('resets a password by an admin: sessions end, a temporary password shown once, nothing else until it is changed', async () => {
    const user = await addUser(t, 'reset@andon.test');
    const before = await signIn(t, 'reset@andon.test', PASSWORD);
    const reset = await t.call('POST', `/api/v1/users/${user.id}/password`, {});
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, before.credential)).status).toBe(401);
    const temp = await signIn(t, 'reset@andon.test', reset.body.temporaryPassword);
    expect(temp.res.body.user.mustChangePassword).toBe(true);
    const blocked = await t.anonymous.call('GET', '/api/v1/andons', undefined, temp.credential);
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password_change_required');
    const changed = await t.anonymous.call('POST', '/api/v1/auth/password', { currentPassword: reset.body.temporaryPassword, newPassword: 'my own long passphrase' }, temp.credential);
    expect(changed.body.user.mustChangePassword).toBe(false);
    const fresh = { cookie: `andon_session=${changed.response.cookies.find((c) => c.name === 'andon_session')!.value}` };
    expect((await t.anonymous.call('GET', '/api/v1/andons', undefined, fresh)).status).toBe(200);
  });

  it('throttles brute force: after 3 failures the account is locked (429) even for the right password, until the lock ends or an admin resets it', async () => {
    const user = await addUser(t, 'brute@andon.test');
    for (let i = 0; i < 3; i++) expect((await signIn(t, 'brute@andon.test', `guess number ${i}`)).res.status).toBe(401);
    const locked = await signIn(t, 'brute@andon.test', PASSWORD);
    expect(locked.res.status).toBe(429);
    expect(locked.res.body.code).toBe('login_throttled');
    expect(Number(locked.res.response.headers['retry-after'])).toBeGreaterThan(60);
    // Unknown emails are counted alike: guessing which accounts exist gets the same answers.
    for (let i = 0; i < 3; i++) await signIn(t, 'ghost@andon.test', `guess ${i}`);
    expect((await signIn(t, 'ghost@andon.test', PASSWORD)).res.status).toBe(429);
    const audit = (await t.call('GET', `/api/v1/audit-events?subjectId=${user.id}&action=user.locked`)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'system', after: { until: expect.any(String) } });
    await t.call('POST', `/api/v1/users/${user.id}/password`, { password: 'another long password' });
    expect((await signIn(t, 'brute@andon.test', 'another long password')).res.status).toBe(200);
  });

  it('lifts a lock when it ends, and throttles an address that tries many accounts', async () => {
    const quick = await createTestApp(dialect, { ANDON_LOGIN_MAX_FAILURES: '2', ANDON_LOGIN_LOCK_MINUTES: '0.02', ANDON_LOGIN_IP_MAX_FAILURES: '4' });
    try {
      await addUser(quick, 'quick@andon.test');
      await signIn(quick, 'quick@andon.test', 'wrong wrong wrong');
      await signIn(quick, 'quick@andon.test', 'wrong wrong wrong');
      expect((await signIn(quick, 'quick@andon.test', PASSWORD)).res.status).toBe(429);
      await new Promise((r) => setTimeout(r, 1300));
      expect((await signIn(quick, 'quick@andon.test', PASSWORD)).res.status).toBe(200);
      for (const who of ['a', 'b', 'c', 'd']) await signIn(quick, `${who}@andon.test`, 'wrong wrong wrong');
      expect((await signIn(quick, 'quick@andon.test', PASSWORD)).res.status).toBe(429);
    } finally {
      await quick.close();
    }
  });

  it('keeps a deactivated person out: sessions end, sign-in fails', async () => {
    const user = await addUser(t, 'leaver@andon.test');
    const { credential } = await signIn(t, 'leaver@andon.test', PASSWORD);
    expect((await t.call('PATCH', `/api/v1/users/${user.id}`, { active: false })).status).toBe(200);
    expect((await t.anonymous.call('GET', '/api/v1/auth/me', undefined, credential)).status).toBe(401);
    expect((await signIn(t, 'leaver@andon.test', PASSWORD)).res.status).toBe(401);
  });

  it('sends security headers, and keeps the API docs working under their own policy', async () => {
    const res = await t.call('GET', '/api/v1/health');
    expect(res.response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'content-security-policy': expect.stringContaining("default-src 'none'"),
      'strict-transport-security': expect.stringContaining('max-age='),
    });
    const docs = await t.anonymous.call('GET', '/api/v1/docs');
    expect(docs.status).toBe(200);
    expect(docs.response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(docs.response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
