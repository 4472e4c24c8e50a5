import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { makeTarget, unique } from '#test/helpers/factories.ts';
import { importCsv } from './csv.import.ts';

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return {
    stream: new Writable({
      write(chunk: Buffer, _e, done) {
        text += chunk.toString();
        done();
      },
    }),
    text: () => text,
  };
}

describe.each(testDialects())('CSV import and export on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('imports targets by ref (new ones created, known ones updated), reporting every bad row by line and column', async () => {
    const known = await makeTarget(t);
    const p = unique('CSV');
    const csv = [
      'ref,kind,name,gmvMinor,currency,attributes',
      `${p}-1,product,"Book, hardback",125000000,CNY,"{""isbn"":""978""}"`,
      `${p}-2,robot,Bad kind,,,`,
      `${p}-3,product,,,,`,
      `${known.ref},product,Renamed,,,`,
      `${p}-4,partner,"A ""quoted"" shop",,,`,
      `${p}-5,product,Bad money,12,cny,`,
    ].join('\n');
    const errors = sink();
    const summary = await importCsv('targets', Readable.from([csv]), { writer: t.ctx.writer, actor: { id: 'csv-test' }, locale: 'en', errors: errors.stream });
    expect(summary).toMatchObject({ status: 'done', rows: 6, imported: 3, failed: 3 });
    const report = errors.text().trim().split('\n');
    expect(report[0]).toBe('line,column,code,reason');
    expect(report.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['3,kind', '4,name', '7,monthlyGmv']);
    const renamed = (await t.call('GET', `/api/v1/targets?ref=${known.ref}`)).body.items[0];
    expect(renamed.name).toBe('Renamed');
    const one = (await t.call('GET', `/api/v1/targets?ref=${p}-1`)).body.items[0];
    expect(one).toMatchObject({ name: 'Book, hardback', monthlyGmv: { amountMinor: 125000000, currency: 'CNY' }, attributes: { isbn: '978' } });
    expect((await t.call('GET', `/api/v1/targets?ref=${p}-4`)).body.items[0].name).toBe('A "quoted" shop');
  });

  it('reports a missing required column, unknown columns, a malformed record, and database refusals per row', async () => {
    const missing = sink();
    const s1 = await importCsv('targets', Readable.from(['ref,name\nX,Y\n']), { writer: t.ctx.writer, actor: { id: 'csv' }, locale: 'zh-CN', errors: missing.stream });
    expect(s1.status).toBe('failed');
    expect(missing.text()).toContain('1,kind,missing_column,表头缺少“kind”列');
    const target = await makeTarget(t);
    const out = sink();
    const csv = `externalId,targetRef,customerRef,issueCode,text,colour\nx-${unique('e')},${target.ref},C-1,defective,ok,red\nx2,NO-SUCH,C-2,defective,ok,\n"broken,${target.ref},C-3,defective,ok\n`;
    const s2 = await importCsv('complaints', Readable.from([csv]), { writer: t.ctx.writer, actor: { id: 'csv' }, locale: 'en', errors: out.stream });
    const lines = out.text().trim().split('\n').slice(1);
    expect(lines.some((l) => /^1,colour,unknown_column,/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('3,targetRef,'))).toBe(true);
    expect(lines.some((l) => /^4,,malformed,/.test(l))).toBe(true);
    expect(s2.imported).toBe(1);
    expect(s2.rows).toBeGreaterThanOrEqual(2);
    // Nothing vanishes: every data row is imported or listed.
    expect(s2.imported + s2.failed).toBe(s2.rows);
  });

  it('words every reason in the reader’s language: a bad value, a malformed record', async () => {
    const p = unique('CSVZH');
    const out = sink();
    const csv = `ref,kind,name\n${p}-1,robot,Bad kind\n${p}-2,product,"never closed\n`;
    await importCsv('targets', Readable.from([csv]), { writer: t.ctx.writer, actor: { id: 'csv' }, locale: 'zh-CN', errors: out.stream });
    const lines = out.text().trim().split('\n').slice(1);
    expect(lines.find((l) => l.startsWith('2,kind,invalid,'))).toMatch(/[\u4e00-\u9fff]/);
    const malformed = lines.find((l) => /^\d+,,malformed,/.test(l));
    expect(malformed).toContain('CSV 格式有误：带引号的字段没有闭合');
  });

  it('imports and exports through HTTP: a job, the upload, progress, the error report, and an export that imports back', async () => {
    const p = unique('HTTP');
    const rows = Array.from({ length: 2500 }, (_, i) => `${p}-${i},product,Item ${i},${i},CNY,`);
    rows[10] = `${p}-10,product,,,,`;
    const csv = `ref,kind,name,gmvMinor,currency,attributes\n${rows.join('\n')}\n`;
    const job = await t.call('POST', '/api/v1/imports/targets');
    expect(job.status).toBe(201);
    expect(job.body.status).toBe('waiting');
    const put = await t.call('PUT', `/api/v1/imports/targets/${job.body.id}`, csv, { 'content-type': 'text/csv' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ status: 'done', rows: 2500, imported: 2499, failed: 1, bytes: Buffer.byteLength(csv), totalBytes: Buffer.byteLength(csv) });
    expect((await t.call('GET', `/api/v1/imports/${job.body.id}`)).body.status).toBe('done');
    const errors = await t.call('GET', `/api/v1/imports/${job.body.id}/errors.csv`);
    expect(errors.response.body.trim().split('\n')).toEqual(['line,column,code,reason', expect.stringMatching(/^12,name,invalid,/)]);
    expect((await t.call('PUT', `/api/v1/imports/targets/${job.body.id}`, csv, { 'content-type': 'text/csv' })).status).toBe(409);
    expect((await (await t.as('agent')).call('GET', `/api/v1/imports/${job.body.id}`)).status).toBe(404);
    expect((await (await t.as('agent')).call('POST', '/api/v1/imports/targets')).status).toBe(403);

    const exported = await t.call('GET', '/api/v1/exports/targets.csv');
    expect(exported.status).toBe(200);
    expect(exported.response.headers['content-type']).toContain('text/csv');
    const text = exported.response.body;
    expect(text.split('\n')[0]).toBe('ref,kind,name,organisationId,supplierTeamId,qualityTeamId,gmvMinor,currency,attributes,status,id');
    expect(text).toContain(`${p}-2499,product,Item 2499,,,,2499,CNY,{},on_sale,`);
    // The export imports back unchanged: every row updates itself, none fails.
    const again = await importCsv('targets', Readable.from([text]), { writer: t.ctx.writer, actor: { id: 'csv' }, locale: 'en' });
    expect(again.failed).toBe(0);
    expect(again.imported).toBe(again.rows);
    const codes = await t.call('GET', '/api/v1/exports/issue-codes.csv');
    expect(codes.response.body.split('\n')[0]).toBe('code,nameZh,nameEn,descriptionZh,descriptionEn,counts,safetyCritical,active');
  });
});
