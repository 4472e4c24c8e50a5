import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { complain, makeTarget } from '#test/helpers/factories.ts';
import { MatchingEngine } from './matching.engine.ts';

describe.each(testDialects())('"same problem?" by what customers wrote (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { ANDON_MATCHING_REBUILD_MS: '10' });
  });
  afterAll(() => t.close());

  it("finds the seed's example: 书页未裁开, pages not cut and uncut pages are one problem", async () => {
    const book = await makeTarget(t, { name: '《石头记》精装 The Story of the Stone' });
    const a = await complain(t, book, 'c1', { issueCode: 'defective', text: '书页未裁开，好几页连在一起' });
    const b = await complain(t, book, 'c2', { issueCode: 'other', text: 'The pages were not cut at the top edge' });
    const late = await complain(t, book, 'c3', { issueCode: 'other', text: 'The courier delivered it three days late' });
    const c = await complain(t, book, 'c4', { issueCode: 'not_as_described', text: 'Uncut pages, cannot read it' });
    const res = await t.call('GET', `/api/v1/complaints/${c.complaint.id}/similar`);
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.matches.map((m: { id: string }) => [m.id, m]));
    expect(byId[a.complaint.id].sameProblem).toBe(true);
    expect(byId[b.complaint.id].sameProblem).toBe(true);
    expect(byId[late.complaint.id].sameProblem).toBe(false);
    expect(res.body.matches[0].id).not.toBe(late.complaint.id);
    expect(res.body.suggestion).toMatchObject({ otherCustomers: 2 });
    expect(res.body.suggestion.complaintIds.sort()).toEqual([a.complaint.id, b.complaint.id].sort());
    expect(res.body.suggestion.message).toMatch(/^Looks like the same problem as 2 earlier complaints from 2 other customers \(similarity \d+%\)\.$/);
    const zh = await t.call('GET', `/api/v1/complaints/${c.complaint.id}/similar`, undefined, { 'accept-language': 'zh-CN' });
    expect(zh.body.suggestion.message).toMatch(/^看起来与之前 2 条投诉是同一个问题，来自另外 2 位客户（相似度 \d+%）。$/);
  });

  it('ranks the earlier complaints, or with among=window every other one in the window, later ones too', async () => {
    const book = await makeTarget(t);
    const first = await complain(t, book, 'w1', { text: 'The pages were not cut at the top edge' });
    const second = await complain(t, book, 'w2', { text: 'Uncut pages, the pages were never cut, cannot read it' });
    const earlier = await t.call('GET', `/api/v1/complaints/${first.complaint.id}/similar`);
    expect(earlier.body.matches).toEqual([]);
    const window = await t.call('GET', `/api/v1/complaints/${first.complaint.id}/similar?among=window`);
    expect(window.body.matches.map((m: { id: string }) => m.id)).toEqual([second.complaint.id]);
    expect(window.body.suggestion.message).toMatch(/^Looks like the same problem as 1 other complaint from 1 other customer/);
    expect((await t.call('GET', `/api/v1/complaints/${first.complaint.id}/similar?among=later`)).status).toBe(400);
  });

  it('previews look-alikes before the complaint is recorded', async () => {
    const book = await makeTarget(t);
    await complain(t, book, 'c1', { text: '书页未裁开' });
    const res = await t.call('POST', '/api/v1/matching/preview', { targetRef: book.ref, text: 'uncut pages again', customerRef: 'c9' });
    expect(res.status).toBe(200);
    expect(res.body.suggestion).toMatchObject({ otherCustomers: 1 });
    expect((await t.call('POST', '/api/v1/matching/preview', { targetRef: 'nope', text: 'x' })).status).toBe(422);
    expect((await t.call('POST', '/api/v1/matching/preview', { targetRef: book.ref, text: '' })).status).toBe(400);
  });

  it("records agents' verdicts: a confirmation joins a problem group, a rejection keeps two apart", async () => {
    const shop = await makeTarget(t, { kind: 'partner', name: 'Anxin Auto Repair' });
    const a = await complain(t, shop, 'u1', { issueCode: 'overcharging', text: '报价和结账金额差了八百' });
    const b = await complain(t, shop, 'u2', { issueCode: 'other', text: 'The bill was 800 more than the quote' });
    const c = await complain(t, shop, 'u3', { issueCode: 'other', text: 'The final bill was higher than the quote they gave' });
    const confirm = await t.call('POST', `/api/v1/complaints/${b.complaint.id}/same-problem`, { otherComplaintId: a.complaint.id, verdict: 'confirm', decidedBy: 'xiao.lin' });
    expect(confirm.status).toBe(200);
    expect(confirm.body.verdict).toBe('confirm');
    const reject = await t.call('POST', `/api/v1/complaints/${c.complaint.id}/same-problem`, { otherComplaintId: b.complaint.id, verdict: 'reject', decidedBy: 'xiao.lin' });
    expect(reject.status).toBe(200);
    const groups = await t.call('GET', `/api/v1/targets/${shop.id}/problem-groups`);
    expect(groups.body.groups).toEqual([{ complaintIds: [a.complaint.id, b.complaint.id].sort(), customers: 2 }]);
    const similar = await t.call('GET', `/api/v1/complaints/${c.complaint.id}/similar`);
    const toB = similar.body.matches.find((m: { id: string }) => m.id === b.complaint.id);
    expect(toB).toMatchObject({ verdict: 'reject', sameProblem: false });
    // Refusals: itself, another target's complaint, unknown ids.
    expect((await t.call('POST', `/api/v1/complaints/${a.complaint.id}/same-problem`, { otherComplaintId: a.complaint.id, verdict: 'confirm', decidedBy: 'x' })).status).toBe(400);
    const elsewhere = await complain(t, await makeTarget(t), 'z', { text: 'x' });
    expect((await t.call('POST', `/api/v1/complaints/${a.complaint.id}/same-problem`, { otherComplaintId: elsewhere.complaint.id, verdict: 'confirm', decidedBy: 'x' })).status).toBe(400);
    expect((await t.call('POST', `/api/v1/complaints/nope/same-problem`, { otherComplaintId: a.complaint.id, verdict: 'confirm', decidedBy: 'x' })).status).toBe(404);
    expect((await t.call('POST', `/api/v1/complaints/${a.complaint.id}/same-problem`, { otherComplaintId: 'nope', verdict: 'confirm', decidedBy: 'x' })).status).toBe(422);
    expect((await t.call('GET', '/api/v1/targets/nope/problem-groups')).status).toBe(404);
  });

  it('sets the matching mode per target kind, and takes the deployment’s own terms', async () => {
    const set = await t.call('PUT', '/api/v1/matching/settings/partner', { mode: 'either' });
    expect(set.body).toMatchObject({ targetKind: 'partner', mode: 'either', threshold: null });
    expect((await t.call('PUT', '/api/v1/matching/settings/spaceship', { mode: 'text' })).status).toBe(400);
    expect((await t.call('PUT', '/api/v1/matching/settings/partner', { mode: 'vibes' })).status).toBe(400);
    const status = await t.call('GET', '/api/v1/matching');
    expect(status.body.matcher).toBe('lexical');
    expect(status.body.settings).toEqual([expect.objectContaining({ targetKind: 'partner', mode: 'either' })]);

    const printer = await makeTarget(t, { name: 'Office printer' });
    await complain(t, printer, 'p1', { text: '一直卡纸，打印不了' });
    const before = await t.call('POST', '/api/v1/matching/preview', { targetRef: printer.ref, text: 'the paper keeps getting stuck', customerRef: 'p2' });
    const term = await t.call('PUT', '/api/v1/matching/terms/paper_jam', { terms: ['卡纸', 'paper stuck', 'paper jam', 'paper keeps getting stuck'] });
    expect(term.status).toBe(200);
    await t.ctx.matching.rebuild(t.ctx.database.db);
    const after = await t.call('POST', '/api/v1/matching/preview', { targetRef: printer.ref, text: 'the paper keeps getting stuck', customerRef: 'p2' });
    expect(after.body.matches[0].similarity).toBeGreaterThan(before.body.matches[0].similarity);
    expect(after.body.matches[0].sameProblem).toBe(true);
    expect((await t.call('GET', '/api/v1/matching/terms')).body.items).toEqual([{ concept: 'paper_jam', terms: ['卡纸', 'paper stuck', 'paper jam', 'paper keeps getting stuck'] }]);
    expect((await t.call('DELETE', '/api/v1/matching/terms/paper_jam')).status).toBe(204);
    expect((await t.call('DELETE', '/api/v1/matching/terms/paper_jam')).status).toBe(404);
    expect((await t.call('PUT', '/api/v1/matching/terms/bad%20concept!', { terms: ['a', 'b'] })).status).toBe(400);
  });
});

describe.each(testDialects())('the rule matching by text (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('counts customers who describe the same problem under different issue codes, and the pull joins exactly them', async () => {
    expect((await t.call('PUT', '/api/v1/matching/settings/process', { mode: 'text' })).status).toBe(200);
    const target = await makeTarget(t, { kind: 'process', name: 'Return pick-up' });
    const a = await complain(t, target, 'c1', { issueCode: 'other', text: 'The courier never came to pick up my return' });
    const unrelated = await complain(t, target, 'c9', { issueCode: 'other', text: 'The refund amount was wrong' });
    expect(unrelated.repeat).toMatchObject({ matchedBy: 'text', distinctCustomers: 1, met: false });
    const b = await complain(t, target, 'c2', { issueCode: 'poor_service', text: 'Courier did not come to pick up the return at all' });
    expect(b.action).toBe('suggest_pull');
    expect(b.repeat).toMatchObject({ matchedBy: 'text', distinctCustomers: 2, met: true });
    expect(b.repeat.complaints.map((c: { id: string }) => c.id).sort()).toEqual([a.complaint.id, b.complaint.id].sort());
    const pulled = await t.call('POST', '/api/v1/andons', { complaintId: b.complaint.id, pulledBy: 'xiao.lin' });
    expect(pulled.status).toBe(201);
    const detail = await t.call('GET', `/api/v1/andons/${pulled.body.id}`);
    expect(detail.body.complaints.map((c: { id: string }) => c.id).sort()).toEqual([a.complaint.id, b.complaint.id].sort());
    // A third look-alike joins the open andon, whatever its code; the unrelated one stays out.
    const c = await complain(t, target, 'c3', { issueCode: 'other', text: 'still waiting, the courier never came for the return pick up' });
    expect(c.action).toBe('attached');
    expect(c.andon.id).toBe(pulled.body.id);
    expect((await t.call('GET', `/api/v1/complaints/${unrelated.complaint.id}`)).body.andonId).toBeNull();
  });

  it('in "either" mode counts the same issue code or the same words; a rejection keeps two apart', async () => {
    expect((await t.call('PUT', '/api/v1/matching/settings/support_step', { mode: 'either' })).status).toBe(200);
    const step = await makeTarget(t, { kind: 'support_step', name: 'Refund approval' });
    await complain(t, step, 'c1', { issueCode: 'other', text: 'Refund approval took three weeks' });
    const byCode = await complain(t, step, 'c2', { issueCode: 'other', text: 'Nobody answers the phone' });
    expect(byCode.repeat).toMatchObject({ matchedBy: 'either', distinctCustomers: 2, met: true });

    const other = await makeTarget(t, { kind: 'support_step', name: 'Invoice desk' });
    const x = await complain(t, other, 'c1', { issueCode: 'other', text: 'The invoice has the wrong company name' });
    const y = await complain(t, other, 'c2', { issueCode: 'wrong_item', text: 'wrong company name on the invoice' });
    expect(y.repeat.met).toBe(true);
    // An agent says x is not the same problem as a new look-alike z: z counts only itself and y.
    const z = await complain(t, other, 'c3', { issueCode: 'defective', text: 'Invoice shows the wrong company name' });
    expect(z.repeat.distinctCustomers).toBe(3);
    await t.call('POST', `/api/v1/complaints/${z.complaint.id}/same-problem`, { otherComplaintId: x.complaint.id, verdict: 'reject', decidedBy: 'xiao.lin' });
    const pull = await t.call('POST', '/api/v1/andons', { complaintId: z.complaint.id, pulledBy: 'xiao.lin' });
    expect(pull.status).toBe(201);
    expect(pull.body.distinctCustomers).toBe(2);
    expect(pull.body.complaints.map((c: { id: string }) => c.id).sort()).toEqual([y.complaint.id, z.complaint.id].sort());
  });
});

describe('the embeddings matcher over an OpenAI-compatible endpoint', () => {
  let server: http.Server;
  let url = '';
  let calls = 0;
  beforeAll(async () => {
    // A local endpoint in the OpenAI format: each text embedded as counts of a few problem words.
    const axes = [/cut|裁/i, /late|迟/i, /bill|quote|价/i];
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls++;
        if (req.url !== '/v1/embeddings' || req.headers.authorization !== 'Bearer secret') {
          res.writeHead(401).end('{}');
          return;
        }
        const input = (JSON.parse(body) as { input: string[] }).input;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: input.map((text, index) => ({ index, embedding: axes.map((a) => (a.test(text) ? 1 : 0.01)) })).reverse() }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('ranks by the vectors it returns, in input order, and caches them', async () => {
    const engine = new MatchingEngine({ embeddings: { url, model: 'test', apiKey: 'secret' } });
    const query = { id: 'q', text: '书页没有裁开', customerRef: 'c0' };
    const earlier = [
      { id: 'a', text: 'delivered late', customerRef: 'c1' },
      { id: 'b', text: 'pages not cut', customerRef: 'c2' },
      { id: 'c', text: 'the bill was over the quote', customerRef: 'c3' },
    ];
    const ranked = await engine.rank(query, earlier);
    expect(ranked[0]).toMatchObject({ id: 'b' });
    expect(ranked[0]!.similarity).toBeGreaterThan(0.9);
    const before = calls;
    await engine.rank(query, earlier);
    expect(calls).toBe(before);
    expect(engine.name).toBe('embeddings');
    const wrongKey = new MatchingEngine({ embeddings: { url, model: 'test', apiKey: 'nope' } });
    await expect(wrongKey.rank(query, earlier)).rejects.toMatchObject({ code: 'matching_unavailable' });
  });
});
