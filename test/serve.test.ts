import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testDialects } from '#test/helpers/db.ts';
import { andon, cliToken, startServer } from '#test/helpers/process.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Environment for a fresh database of the dialect: a new data folder, or a new PostgreSQL database. */
async function freshEnv(dialect: string): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-serve-'));
  dirs.push(dir);
  if (dialect === 'sqlite') return { ANDON_DATA_DIR: dir };
  const base = inject('postgresUrl');
  const name = `andon_serve_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { ANDON_DATA_DIR: dir, DATABASE_URL: url.toString() };
}

describe.each(testDialects())('the server and the CLI as a user runs them (%s)', (dialect) => {
  it('keeps every acknowledged complaint when the server is killed mid-stream', { timeout: 120_000 }, async () => {
    const t0 = Date.now();
    const mark = (s: string) => console.log(`[crash ${dialect}] ${s} at ${Date.now() - t0} ms`);
    const env = await freshEnv(dialect);
    expect((await andon(['demo'], env)).code).toBe(0);
    mark('demo loaded');
    const auth = await cliToken(env);
    const server = await startServer(env);
    mark('server up');
    const acked: string[] = [];
    let stop = false;
    const sender = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${server.url}/api/v1/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...auth },
            body: JSON.stringify({ targetRef: 'KETTLE-1701', customerRef: `w${worker}-${i}`, issueCode: 'changed_mind', externalId: `crash-${worker}-${i}` }),
          });
          if (res.status === 201) acked.push(((await res.json()) as { complaint: { id: string } }).complaint.id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const senders = Array.from({ length: 16 }, (_, w) => sender(w));
    await new Promise((r) => setTimeout(r, 1500));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(senders);
    if (server.child.exitCode === null && server.child.signalCode === null) await new Promise((r) => server.child.once('exit', r));
    mark(`killed after ${acked.length} acks`);
    expect(acked.length).toBeGreaterThan(50);
    const check = await andon(['status', 'KETTLE-1701', '--json'], env);
    expect(check.code).toBe(0);
    // Count what survived, through a fresh server.
    const again = await startServer(env);
    try {
      const found = new Set<string>();
      let cursor: string | null = null;
      do {
        const res = await fetch(`${again.url}/api/v1/complaints?limit=500&issueCode=changed_mind${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth });
        const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
        page.items.forEach((c) => found.add(c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(acked.filter((id) => !found.has(id))).toEqual([]);
    } finally {
      await again.stop();
    }
  });

  it('starts, serves the API, docs and status, and stops gracefully', async () => {
    const env = await freshEnv(dialect);
    const auth = await cliToken(env);
    const server = await startServer(env);
    try {
      expect(server.output()).toContain('/api/v1/docs');
      const doc = await fetch(`${server.url}/api/v1/openapi.json`);
      expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
      expect((await fetch(`${server.url}/api/v1/docs`)).status).toBe(200);
      expect(await (await fetch(`${server.url}/`)).text()).toContain('<html');
      const made = await fetch(`${server.url}/api/v1/targets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ ref: 'LIVE-1', kind: 'product', name: 'Live' }),
      });
      expect(made.status).toBe(201);
      // A pull made by the CLI (another process) reaches the server's status look-up.
      expect((await andon(['pull', '--target', 'LIVE-1', '--issue', 'defective', '--by', 'xiao.lin', '--reason', 'seen in the warehouse'], env)).code).toBe(0);
      const deadline = Date.now() + 5000;
      let onSale = true;
      while (onSale && Date.now() < deadline) {
        onSale = ((await (await fetch(`${server.url}/api/v1/status/LIVE-1`, { headers: auth })).json()) as { onSale: boolean }).onSale;
        if (onSale) await new Promise((r) => setTimeout(r, 100));
      }
      expect(onSale).toBe(false);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });

  it('runs the CLI commands: migrate, demo, complaint add, pull, status', { timeout: 120_000 }, async () => {
    const env = await freshEnv(dialect);
    expect((await andon(['migrate'], env)).stdout).toContain('Database up to date');
    const demo = await andon(['demo'], env);
    expect(demo.stdout).toMatch(/Demo data loaded: \d+ targets/);
    expect((await andon(['demo'], env)).stdout).toContain('already loaded');
    // The demo plays the stories through: the book relisted, a repair shop retired, the kettle's lamp still lit.
    const book = await andon(['status', 'BOOK-9787020002207', 'SHOP-BJ-002', 'KETTLE-1701', 'NOPE'], env);
    expect(book.stdout).toContain('BOOK-9787020002207: On sale');
    expect(book.stdout).toContain('SHOP-BJ-002: Retired');
    expect(book.stdout).toContain('KETTLE-1701: Off sale');
    expect(book.stdout).toContain('NOPE: no such target');
    const first = await andon(['complaint', 'add', '--target', 'CASE-PX9', '--customer', 'c1', '--issue', 'defective', '--text', '外壳开裂', '--agent', 'xiao.lin', '--json'], env);
    expect(JSON.parse(first.stdout)).toMatchObject({ action: 'recorded', repeat: { distinctCustomers: 1 } });
    const second = await andon(['complaint', 'add', '--target', 'CASE-PX9', '--customer', 'c2', '--issue', 'defective', '--agent', 'xiao.lin', '--lang', 'zh-CN'], env);
    expect(second.stdout).toContain('满足按灯规则');
    const pulled = await andon(['pull', '--target', 'CASE-PX9', '--issue', 'defective', '--by', 'xiao.lin'], env);
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toContain('OFF SALE');
    expect(pulled.stdout).toContain('Reward pending for xiao.lin');
    const twice = await andon(['pull', '--target', 'CASE-PX9', '--issue', 'defective', '--by', 'xiao.lin'], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already pulled');
    const bad = await andon(['complaint', 'add', '--target', 'CASE-PX9', '--issue', 'NOT A CODE'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--customer');
    expect(bad.stderr).toContain('--issue');
    expect((await andon(['frobnicate'], env)).code).toBe(2);
    expect((await andon(['status', '--json', 'CASE-PX9'], env)).stdout).toContain('"onSale": false');
  });
});
