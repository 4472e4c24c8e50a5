import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDialects } from '#test/helpers/db.ts';
import { andon, cliToken, startServer } from '#test/helpers/process.ts';
import { startReceiver } from '#test/helpers/receiver.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-ops-'));
  dirs.push(dir);
  return dir;
}

async function json(url: string, auth: Record<string, string>, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method, headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

async function seed(url: string, auth: Record<string, string>, ref: string): Promise<void> {
  expect((await json(`${url}/api/v1/targets`, auth, 'POST', { ref, kind: 'product', name: 'Kettle' })).status).toBe(201);
}

// Processes on SQLite: what an operator does with `andon serve`, kill, backup and restore.
describe.runIf(testDialects().includes('sqlite'))('operations with real processes (sqlite)', () => {
  it('delivers a webhook whose server was killed between commit and delivery, after the restart', { timeout: 60_000 }, async () => {
    const env = { ANDON_DATA_DIR: dataDir(), ANDON_OUTBOX_POLL_MS: '100', ANDON_OUTBOX_LEASE_MS: '1000', ANDON_WEBHOOK_RETRY_SCHEDULE: '0.1,0.1,0.1' };
    const auth = await cliToken(env);
    const rx = await startReceiver();
    // The first delivery never gets an answer: the server is killed while it waits.
    let first = true;
    rx.respond = () => (first ? ((first = false), new Promise(() => {})) : { status: 200 });
    let server = await startServer(env);
    try {
      await seed(server.url, auth, 'K-1');
      expect((await json(`${server.url}/api/v1/webhooks`, auth, 'POST', { name: 'erp', url: `${rx.url}/hook`, eventTypes: ['complaint.created'] })).status).toBe(201);
      const c = await json(`${server.url}/api/v1/complaints`, auth, 'POST', { targetRef: 'K-1', customerRef: 'C-1', issueCode: 'defective', externalId: 'kill-1' });
      expect(c.status).toBe(201);
      await rx.waitFor((r) => r.length >= 1);
      await server.stop('SIGKILL');
      server = await startServer(env);
      await rx.waitFor((r) => r.length >= 2, 15_000);
      expect(rx.received[1]!.json.data.complaint.externalId).toBe('kill-1');
      expect(rx.received[1]!.headers['webhook-id']).toBe(rx.received[0]!.headers['webhook-id']);
    } finally {
      await server.stop();
      await rx.close();
    }
  });

  it('logs changes and errors as JSON with their request ids (reads only at debug); SIGTERM drains the outbox and exits 0', { timeout: 60_000 }, async () => {
    const env = { ANDON_DATA_DIR: dataDir(), ANDON_LOG_LEVEL: 'info', ANDON_OUTBOX_POLL_MS: '5000' };
    const auth = await cliToken(env);
    const rx = await startReceiver();
    rx.respond = () => new Promise((r) => setTimeout(() => r({ status: 200 }), 300));
    const server = await startServer(env);
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const ready = await json(`${server.url}/readyz`, {}, 'GET');
      expect(ready).toMatchObject({ status: 200, body: { status: 'ready' } });
      await seed(server.url, auth, 'K-2');
      await json(`${server.url}/api/v1/webhooks`, auth, 'POST', { name: 'erp', url: `${rx.url}/hook`, eventTypes: ['complaint.created'] }, { 'x-request-id': 'rid-webhook-1' });
      const lineOf = (id: string) => server.output().split('\n').find((l) => l.includes(id));
      await expect.poll(() => lineOf('rid-webhook-1')).toBeDefined();
      expect(JSON.parse(lineOf('rid-webhook-1')!)).toMatchObject({ level: 30, reqId: 'rid-webhook-1', msg: 'request', method: 'POST', status: 201 });
      // Reads are not logged at info (the hot paths stay quiet).
      await fetch(`${server.url}/api/v1/targets?ref=K-2`, { headers: { ...auth, 'x-request-id': 'rid-read' } });
      await json(`${server.url}/api/v1/targets`, auth, 'POST', { ref: 'K-2', kind: 'product', name: 'again' }, { 'x-request-id': 'rid-refused' });
      await expect.poll(() => lineOf('rid-refused')).toBeDefined();
      expect(server.output()).not.toContain('rid-read');
      for (let i = 0; i < 3; i++) await json(`${server.url}/api/v1/complaints`, auth, 'POST', { targetRef: 'K-2', customerRef: `C-${i}`, issueCode: 'defective' });
      const code = await server.stop('SIGTERM');
      expect(code).toBe(0);
      expect(rx.received).toHaveLength(3);
      expect(server.output()).toContain('shutting down');
    } finally {
      await server.stop();
      await rx.close();
    }
  });

  it('backs up while the server runs; restore refuses while it runs, then brings the backup back', { timeout: 60_000 }, async () => {
    const dir = dataDir();
    const env = { ANDON_DATA_DIR: dir };
    const auth = await cliToken(env);
    const server = await startServer(env);
    const file = path.join(dir, 'backup.db');
    try {
      await seed(server.url, auth, 'BEFORE-1');
      const b = await andon(['backup', file], env);
      expect(b.code).toBe(0);
      expect(b.stdout).toContain(file);
      await seed(server.url, auth, 'AFTER-1');
      const refused = await andon(['restore', file], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/stop it first/);
    } finally {
      await server.stop();
    }
    expect((await andon(['restore', path.join(dir, 'nope.db')], env)).code).toBe(2);
    fs.writeFileSync(path.join(dir, 'junk.db'), 'not a database');
    expect((await andon(['restore', path.join(dir, 'junk.db')], env)).stderr).toContain('not an Andon SQLite backup');
    const restored = await andon(['restore', file], env);
    expect(restored.code).toBe(0);
    const again = await startServer(env);
    try {
      expect((await json(`${again.url}/api/v1/status/BEFORE-1`, auth, 'GET')).status).toBe(200);
      expect((await json(`${again.url}/api/v1/status/AFTER-1`, auth, 'GET')).status).toBe(404);
    } finally {
      await again.stop();
    }
    expect(fs.readdirSync(dir).some((f) => f.startsWith('andon.db.before-restore-'))).toBe(true);
  });
});
