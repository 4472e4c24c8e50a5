import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/connect.ts';
import { testDialects } from '#test/helpers/db.ts';
import { andon, cliToken, startServer } from '#test/helpers/process.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A fresh database for real processes: a new data folder, or a new PostgreSQL database. */
async function freshEnv(dialect: string): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-lifecycle-'));
  dirs.push(dir);
  if (dialect === 'sqlite') return { ANDON_DATA_DIR: dir };
  const base = inject('postgresUrl');
  const name = `andon_lifecycle_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { ANDON_DATA_DIR: dir, DATABASE_URL: url.toString() };
}

/** The API token of the current test's server (an integration acting on behalf of the people it names). */
let auth: Record<string, string> = {};

async function json<T = any>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(url, {
    method: init?.method ?? 'GET',
    headers: { ...auth, ...(init?.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init?.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return (await res.json()) as T;
}

describe.each(testDialects())('the lifecycle as a user runs it (%s)', (dialect) => {
  it('a restarted server fires the clocks that fell due while it was down, exactly once', { timeout: 120_000 }, async () => {
    const env = { ...(await freshEnv(dialect)), ANDON_ESCALATION_INTERVAL_MS: '100' };
    auth = await cliToken(env);
    let server = await startServer(env);
    let andonId: string;
    try {
      await json(`${server.url}/api/v1/targets`, { method: 'POST', body: { ref: 'LIVE-1', kind: 'product', name: 'Live' } });
      const pulled = await json(`${server.url}/api/v1/andons`, { method: 'POST', body: { targetRef: 'LIVE-1', issueCode: 'defective', pulledBy: 'xiao.lin', reason: 'seen in the warehouse' } });
      andonId = pulled.id;
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    // While the server is down, the acknowledgement clocks of both work orders fall due.
    const database = await openDatabase(loadConfig(env));
    try {
      const result = await database.writer
        .updateTable('escalation_clocks')
        .set({ due_at: new Date(Date.now() - 3_600_000).toISOString() })
        .where('andon_id', '=', andonId)
        .where('kind', '=', 'ack')
        .executeTakeFirst();
      expect(Number(result.numUpdatedRows)).toBe(2);
    } finally {
      await database.close();
    }
    const count = async () => (await json(`${server.url}/api/v1/notifications?andonId=${andonId}`)).items.length as number;
    for (let restart = 0; restart < 2; restart++) {
      server = await startServer(env);
      try {
        const deadline = Date.now() + 10_000;
        while ((await count()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        // Many ticks later (and after a second restart) still exactly one notice per clock.
        await new Promise((r) => setTimeout(r, 700));
        expect(await count()).toBe(2);
      } finally {
        expect(await server.stop('SIGTERM')).toBe(0);
      }
    }
  });

  it('runs review, relist, retire and escalate from the CLI', { timeout: 120_000 }, async () => {
    const env = await freshEnv(dialect);
    expect((await andon(['demo'], env)).code).toBe(0);
    const { andon: pulled } = JSON.parse((await andon(['pull', '--target', 'CASE-PX9', '--issue', 'defective', '--by', 'li.na', '--reason', 'cracked cases in the warehouse', '--json'], env)).stdout);
    const early = await andon(['relist', pulled.id, '--by', 'manager.zhao'], env);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Still missing: containment (the supplier inspection), the root cause (five whys), the rectification, a passed independent acceptance');
    const noCode = await andon(['review', pulled.id, '--by', 'manager.zhao', '--verdict', 'invalid'], env);
    expect(noCode.code).toBe(2);
    expect(noCode.stderr).toContain('--reason-code');
    const reviewed = await andon(['review', pulled.id, '--by', 'manager.zhao', '--verdict', 'invalid', '--reason-code', 'not_reproducible'], env);
    expect(reviewed.stdout).toContain(`Andon ${pulled.id} reviewed: invalid. Reward: void.`);
    expect((await andon(['status', 'CASE-PX9'], env)).stdout).toContain('CASE-PX9: On sale');

    const { andon: shop } = JSON.parse((await andon(['pull', '--target', 'SHOP-SZ-008', '--issue', 'poor_service', '--by', 'chen.jing', '--reason', 'three hours without service', '--json'], env)).stdout);
    const retired = await andon(['retire', shop.id, '--by', 'manager.gao', '--reason', 'Could not rectify', '--lang', 'zh-CN'], env);
    expect(retired.stdout).toContain('已永久下架');
    expect((await andon(['retire', shop.id, '--by', 'manager.gao', '--reason', 'again'], env)).code).toBe(1);

    const escalated = await andon(['escalate', '--json'], env);
    expect(JSON.parse(escalated.stdout).fired).toBeGreaterThan(0);
    expect(JSON.parse((await andon(['escalate', '--json'], env)).stdout)).toEqual({ fired: 0 });
    expect((await andon(['review'], env)).code).toBe(2);
  });
});
