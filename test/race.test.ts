import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget, unique } from '#test/helpers/factories.ts';

const root = path.resolve(import.meta.dirname, '..');

async function autoRule(t: TestApp): Promise<string> {
  const code = unique('race').toLowerCase();
  await t.call('POST', '/api/v1/issue-codes', { code, nameZh: '竞争', nameEn: 'Race' });
  await t.call('POST', '/api/v1/rules', { name: 'auto', issueCode: code, mode: 'auto' });
  return code;
}

async function countsPerTarget(t: TestApp, targetIds: string[]) {
  const db = t.ctx.database.db;
  const andons = await db.selectFrom('andons').select(['id', 'target_id']).where('target_id', 'in', targetIds).execute();
  const rewards = await db.selectFrom('rewards').select('andon_id').where('andon_id', 'in', andons.length ? andons.map((a) => a.id) : ['-']).execute();
  return { andons: andons.length, rewards: rewards.length, perTarget: new Set(andons.map((a) => a.target_id)).size };
}

describe.each(testDialects())('two complaints racing in at the same moment (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('through one instance: exactly one andon and one reward per target', async () => {
    const code = await autoRule(t);
    const targets = await Promise.all(Array.from({ length: 10 }, () => makeTarget(t)));
    await Promise.all(targets.flatMap((target) => ['c1', 'c2', 'c3'].map((c) => complain(t, target, c, { issueCode: code }))));
    expect(await countsPerTarget(t, targets.map((x) => x.id))).toEqual({ andons: 10, rewards: 10, perTarget: 10 });
  });

  it('two people pulling the same cord at once: one pull, one 409', async () => {
    const target = await makeTarget(t);
    await complain(t, target, 'c1');
    await complain(t, target, 'c2');
    const results = await Promise.all(
      ['a1', 'a2', 'a3'].map((who) => t.call('POST', '/api/v1/andons', { targetRef: target.ref, issueCode: 'defective', pulledBy: who })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await countsPerTarget(t, [target.id])).toEqual({ andons: 1, rewards: 1, perTarget: 1 });
  });

  if (dialect === 'postgres') {
    it('through two instances on one PostgreSQL: exactly one andon and one reward per target', async () => {
      const other = await t.db.reopen();
      const second = await buildApp({ config: t.db.config, database: other, logger: false });
      try {
        const code = await autoRule(t);
        const targets = await Promise.all(Array.from({ length: 20 }, () => makeTarget(t)));
        // Sessions live in the database: one instance's session works on the other too.
        const [a, b] = [(await t.as({ ref: 'agent-a', role: 'agent' })).headers, (await t.as({ ref: 'agent-b', role: 'agent' })).headers];
        await Promise.all(
          targets.flatMap((target) => [
            t.app.inject({ method: 'POST', url: '/api/v1/complaints', headers: a, payload: { targetRef: target.ref, customerRef: 'x1', issueCode: code, recordedBy: 'agent-a' } }),
            second.app.inject({ method: 'POST', url: '/api/v1/complaints', headers: b, payload: { targetRef: target.ref, customerRef: 'x2', issueCode: code, recordedBy: 'agent-b' } }),
          ]),
        );
        expect(await countsPerTarget(t, targets.map((x) => x.id))).toEqual({ andons: 20, rewards: 20, perTarget: 20 });
      } finally {
        await second.app.close();
        await other.close();
      }
    });
  }

  if (dialect === 'sqlite') {
    it('from two processes on one SQLite file: exactly one andon and one reward per target', async () => {
      const code = await autoRule(t);
      const targets = await Promise.all(Array.from({ length: 20 }, () => makeTarget(t)));
      const startAt = Date.now() + 1500;
      const run = (customer: string) =>
        new Promise<string[]>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', 'test/helpers/race-worker.ts', t.db.config.dataDir, String(startAt), customer, code, ...targets.map((x) => x.ref)],
            { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          let out = '';
          let err = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (err += d));
          child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(err))));
        });
      const [a, b] = await Promise.all([run('p1'), run('p2')]);
      const actions = [...a, ...b];
      expect(actions.filter((x) => x.startsWith('error'))).toEqual([]);
      expect(actions.filter((x) => x === 'auto_pulled')).toHaveLength(20);
      expect(await countsPerTarget(t, targets.map((x) => x.id))).toEqual({ andons: 20, rewards: 20, perTarget: 20 });
    });
  }
});
