import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { andon, startServer } from '#test/helpers/process.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function signIn(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return { status: res.status, body: (await res.json()) as { ref?: string; role?: string; user?: { mustChangePassword: boolean } } };
}

/** Bootstrapping as an operator does it: the first admin from the environment, people and tokens from the CLI. */
describe('the first admin, people and tokens from the command line (sqlite)', () => {
  it('creates the first admin on the first start, and only then; adds people and tokens from the CLI', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-access-'));
    dirs.push(dir);
    const env = { ANDON_DATA_DIR: dir, ANDON_ADMIN_EMAIL: 'boss@andon.test', ANDON_ADMIN_PASSWORD: 'the line stops here' };
    const server = await startServer(env);
    try {
      expect(server.output()).toContain('Created the first admin, boss@andon.test');
      expect(await signIn(server.url, 'boss@andon.test', 'the line stops here')).toMatchObject({ status: 200, body: { ref: 'boss', role: 'admin' } });

      const added = await andon(['user', 'add', '--email', 'xiao.lin@andon.test', '--name', 'Xiao Lin', '--role', 'agent'], env);
      expect(added.code).toBe(0);
      expect(added.stdout).toContain('User xiao.lin <xiao.lin@andon.test> added as agent.');
      const temporary = /password[^:]*: (\S+)/.exec(added.stdout)![1]!;
      expect((await signIn(server.url, 'xiao.lin@andon.test', temporary)).body.user?.mustChangePassword).toBe(true);
      const weak = await andon(['user', 'add', '--email', 'weak@andon.test', '--name', 'W', '--role', 'agent', '--password', 'short'], env);
      expect(weak.code).toBe(1);
      expect(weak.stderr).toContain('password');
      const supplier = await andon(['user', 'add', '--email', 's@andon.test', '--name', 'S', '--role', 'supplier', '--lang', 'zh-CN'], env);
      expect(supplier.code).toBe(1);
      expect(supplier.stderr).toContain('organisationId');

      const token = await andon(['token', 'add', '--name', 'storefront', '--scope', 'status:read'], env);
      expect(token.code).toBe(0);
      const secret = token.stdout.trim().split('\n').pop()!;
      const status = await fetch(`${server.url}/api/v1/status?refs=NONE`, { headers: { authorization: `Bearer ${secret}` } });
      expect(status.status).toBe(200);
      expect((await fetch(`${server.url}/api/v1/andons`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(403);
      expect((await andon(['token', 'add', '--name', 'x', '--scope', 'users:manage'], env)).code).toBe(2);
      expect((await andon(['user', 'list'], env)).stdout).toMatch(/boss\tboss@andon.test\tadmin/);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    // A second start with other credentials in the environment adds nobody.
    const again = await startServer({ ...env, ANDON_ADMIN_EMAIL: 'other@andon.test' });
    try {
      expect(again.output()).not.toContain('Created the first admin');
      expect((await signIn(again.url, 'other@andon.test', 'the line stops here')).status).toBe(401);
    } finally {
      await again.stop('SIGTERM');
    }
  });
});
