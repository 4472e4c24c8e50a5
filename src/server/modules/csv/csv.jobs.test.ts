import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.ts';
import type { DatabaseHandle } from '#server/db/connect.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { makeTarget, unique } from '#test/helpers/factories.ts';
import { importCsv } from './csv.import.ts';
import { ImportJobs } from './csv.jobs.ts';

/** What `andon import` writes (and what the jobs' files held before): CSV in the order errors are found. */
async function reportOf(kind: 'targets' | 'complaints', csv: string, t: TestApp): Promise<string> {
  let text = '';
  const errors = new Writable({
    write(chunk: Buffer, _e, done) {
      text += chunk.toString();
      done();
    },
  });
  await importCsv(kind, Readable.from([csv]), { writer: t.ctx.writer, actor: { id: 'csv' }, locale: 'en', errors });
  return text;
}

/** Data lines in line order, keeping the order found within a line (the database's report order). */
function byLine(report: string): string[] {
  const [header, ...lines] = report.trim().split('\n');
  return [header!, ...lines.map((l, i) => ({ l, i, line: Number(l.split(',')[0]) })).sort((a, b) => a.line - b.line || a.i - b.i).map((x) => x.l)];
}

describe.each(testDialects())('CSV import jobs shared by instances on %s', (dialect) => {
  let t: TestApp;
  let second: { app: FastifyInstance; database: DatabaseHandle; dataDir: string };
  const on = (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: InjectOptions['payload'], headers: Record<string, string> = {}) =>
    app.inject({ method, url, headers: { ...t.admin.headers, ...headers }, ...(payload === undefined ? {} : { payload }) });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // Another instance on the same database, with a data folder of its own: nothing shared but the database.
    const database = await t.db.reopen();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-second-'));
    const built = await buildApp({ config: { ...t.db.config, dataDir }, database, validateResponses: true, logger: false });
    await built.app.ready();
    second = { app: built.app, database, dataDir };
  });
  afterAll(async () => {
    await second.app.close();
    await second.database.close();
    fs.rmSync(second.dataDir, { recursive: true, force: true });
    await t.close();
  });

  it('creates on one instance, uploads to the other, and shows the progress and the errors on either', async () => {
    const p = unique('MULTI');
    const rows = Array.from({ length: 6000 }, (_, i) => (i % 5 === 3 && i < 6000 ? `${p}-${i},robot,Bad ${i},,,` : `${p}-${i},product,Item ${i},${i},CNY,`));
    const header = 'ref,kind,name,gmvMinor,currency,attributes\n';
    const first = `${header}${rows.slice(0, 3000).join('\n')}\n`;
    const rest = `${rows.slice(3000).join('\n')}\n`;

    const created = await on(t.app, 'POST', '/api/v1/imports/targets');
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const body = new PassThrough();
    const upload = on(second.app, 'PUT', `/api/v1/imports/targets/${id}`, body, { 'content-type': 'text/csv' });
    body.write(first);
    // Half the file is in; the first instance sees the job running and counting.
    await expect
      .poll(async () => (await on(t.app, 'GET', `/api/v1/imports/${id}`)).json(), { timeout: 15_000, interval: 200 })
      .toMatchObject({ status: 'running', rows: expect.any(Number), failed: expect.any(Number) });
    await expect.poll(async () => (await on(t.app, 'GET', `/api/v1/imports/${id}`)).json().rows, { timeout: 15_000, interval: 200 }).toBeGreaterThanOrEqual(2500);
    const meanwhile = (await on(t.app, 'GET', `/api/v1/imports/${id}`)).json();
    expect(meanwhile).toMatchObject({ status: 'running', finishedAt: null, reason: null });
    body.end(rest);

    const put = await upload;
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ status: 'done', rows: 6000, imported: 4800, failed: 1200, bytes: Buffer.byteLength(first + rest) });
    const polled = (await on(t.app, 'GET', `/api/v1/imports/${id}`)).json();
    expect(polled).toEqual(put.json());
    expect(polled.seconds).toBeGreaterThan(0);

    // 1200 errors: more than one page of the download, in line order, the same as `andon import` writes.
    const errors = await on(t.app, 'GET', `/api/v1/imports/${id}/errors.csv`);
    expect(errors.statusCode).toBe(200);
    expect(errors.headers['content-type']).toContain('text/csv');
    expect(errors.headers['content-disposition']).toBe('attachment; filename="targets-errors.csv"');
    const lines = errors.body.trim().split('\n');
    expect(lines).toHaveLength(1201);
    expect(lines[0]).toBe('line,column,code,reason');
    expect(lines[1]).toMatch(/^5,kind,invalid,/);
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 1200 }, (_, i) => 5 + i * 5));
    expect(errors.body).toBe((await on(second.app, 'GET', `/api/v1/imports/${id}/errors.csv`)).body);
    expect(byLine(errors.body)).toEqual(byLine(await reportOf('targets', first + rest, t)));

    // Another upload of the same job, on either instance, is refused; others do not see it.
    expect((await on(t.app, 'PUT', `/api/v1/imports/targets/${id}`, 'ref\n', { 'content-type': 'text/csv' })).statusCode).toBe(409);
    const agent = await t.as('agent');
    expect((await second.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: agent.headers })).statusCode).toBe(404);
    expect((await second.app.inject({ method: 'GET', url: `/api/v1/imports/${id}/errors.csv`, headers: agent.headers })).statusCode).toBe(404);
  });

  it('reports in the same words as before, ordered by line: unknown columns, database refusals, malformed records', async () => {
    const target = await makeTarget(t);
    const csv = `externalId,targetRef,customerRef,issueCode,text,colour\nx-${unique('e')},${target.ref},C-1,defective,ok,red\nx2-${unique('e')},NO-SUCH,C-2,defective,"a, quoted ""text""",\n"broken,${target.ref},C-3,defective,ok\n`;
    const id = (await on(second.app, 'POST', '/api/v1/imports/complaints')).json().id as string;
    const put = await on(t.app, 'PUT', `/api/v1/imports/complaints/${id}`, csv, { 'content-type': 'text/csv' });
    expect(put.json()).toMatchObject({ status: 'done', imported: 1 });
    const report = (await on(second.app, 'GET', `/api/v1/imports/${id}/errors.csv`)).body;
    const lines = report.trim().split('\n');
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['line,column', '1,colour', '3,targetRef', '4,']);
    expect(lines[3]).toMatch(/^4,,malformed,/);
    // The refusal of line 3 is found after the malformed line 4; the file `andon import` writes has them in that order.
    expect(byLine(report)).toEqual(byLine(await reportOf('complaints', csv.replace(/x2-[^,]+/, `x2-${unique('e')}`), t)));
  });

  it('shows a job whose instance stopped mid-import as failed, with the reason, and stops a run that comes back', async () => {
    const p = unique('GONE');
    const id = (await on(t.app, 'POST', '/api/v1/imports/targets')).json().id as string;
    const body = new PassThrough();
    const upload = on(second.app, 'PUT', `/api/v1/imports/targets/${id}`, body, { 'content-type': 'text/csv', 'accept-language': 'en' });
    // 700 rows, less than a group: progress is reported every 256 rows read, so 512 is its last word until more come.
    body.write(`ref,kind,name\n${Array.from({ length: 700 }, (_, i) => `${p}-${i},product,Item`).join('\n')}\n`);
    await expect.poll(async () => (await on(t.app, 'GET', `/api/v1/imports/${id}`)).json().rows, { timeout: 15_000, interval: 200 }).toBe(512);

    // Its heartbeat three minutes old, as if its instance had died.
    const stale = new Date(Date.now() - 180_000).toISOString();
    await t.ctx.database.writer.updateTable('import_jobs').set({ updated_at: stale }).where('id', '=', id).execute();
    const seen = (await on(t.app, 'GET', `/api/v1/imports/${id}`, undefined, { 'accept-language': 'zh-CN' })).json();
    expect(seen).toMatchObject({ status: 'failed', finishedAt: stale, reason: expect.stringContaining('服务器已停止') });
    const report = (await on(t.app, 'GET', `/api/v1/imports/${id}/errors.csv`)).body.trim().split('\n');
    expect(report[1]).toMatch(/^0,,abandoned,"?the import stopped: the server running it went away/);

    // The instance was only slow: its next write finds the job taken from it, and the import stops there.
    body.write(`${Array.from({ length: 600 }, (_, i) => `${p}-x${i},product,Item`).join('\n')}\n`);
    const put = await upload;
    body.end();
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ id, status: 'failed', reason: expect.stringContaining('went away') });
    expect((await on(t.app, 'GET', `/api/v1/imports/${id}`)).json()).toMatchObject({ status: 'failed', finishedAt: stale });
  });

  it('sweeps finished and never-started jobs with their errors after the retention, and abandoned ones first', async () => {
    const jobs = new ImportJobs(t.ctx.database.db, t.ctx.writer, { retentionMs: 3_600_000 });
    const done = (await on(t.app, 'POST', '/api/v1/imports/targets')).json().id as string;
    await on(t.app, 'PUT', `/api/v1/imports/targets/${done}`, 'ref,kind,name\nA,robot,x\nB,robot,y\n', { 'content-type': 'text/csv' });
    const waiting = (await on(t.app, 'POST', '/api/v1/imports/targets')).json().id as string;
    const running = (await on(t.app, 'POST', '/api/v1/imports/targets')).json().id as string;
    const old = new Date(Date.now() - 600_000).toISOString();
    await t.ctx.database.writer.updateTable('import_jobs').set({ status: 'running', started_at: old, updated_at: old }).where('id', '=', running).execute();
    const errorsOf = async (id: string) => (await t.ctx.database.db.selectFrom('import_errors').select('line').where('job_id', '=', id).execute()).length;
    expect(await errorsOf(done)).toBe(2);

    // Within the hour nothing is deleted; the abandoned job is marked failed as of its last heartbeat.
    const now = await jobs.sweep();
    expect(now.abandoned).toBeGreaterThanOrEqual(1);
    expect((await on(second.app, 'GET', `/api/v1/imports/${running}`)).json()).toMatchObject({ status: 'failed', finishedAt: old });
    for (const id of [done, waiting]) expect((await on(second.app, 'GET', `/api/v1/imports/${id}`)).statusCode).toBe(200);

    // An hour later: all three gone, their errors too.
    const later = await jobs.sweep(new Date(Date.now() + 3_600_000));
    expect(later.deleted).toBeGreaterThanOrEqual(3);
    for (const id of [done, waiting, running]) expect((await on(t.app, 'GET', `/api/v1/imports/${id}`)).statusCode).toBe(404);
    expect(await errorsOf(done)).toBe(0);
  });
});
