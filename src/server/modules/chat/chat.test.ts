import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { unique } from '#test/helpers/factories.ts';
import { pulledAndon } from '#test/helpers/lifecycle.ts';
import { type Receiver, startReceiver } from '#test/helpers/receiver.ts';
import { EscalationScheduler } from '../escalation/escalation.scheduler.ts';

const env = { ANDON_WEBHOOK_RETRY_SCHEDULE: '0.05,0.05', ANDON_OUTBOX_POLL_MS: '50', ANDON_PUBLIC_URL: 'https://andon.example.com' };

describe.each(testDialects())('chat bots on %s', (dialect) => {
  let t: TestApp;
  let rx: Receiver;
  let teamId: string;
  let otherTeamId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, env);
    rx = await startReceiver();
    teamId = (await t.call('POST', '/api/v1/teams', { key: unique('books'), name: 'Books supply', leadRef: 'lead.li', managerRef: 'manager.wu', directorRef: 'director.sun' })).body.id;
    otherTeamId = (await t.call('POST', '/api/v1/teams', { key: unique('toys'), name: 'Toys', leadRef: 'lead.ma' })).body.id;
  });
  afterAll(async () => {
    await t.close();
    await rx.close();
  });
  beforeEach(async () => {
    rx.received.length = 0;
    rx.respond = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    for (const c of (await t.call('GET', '/api/v1/chat-channels')).body.items) await t.call('DELETE', `/api/v1/chat-channels/${c.id}`);
  });

  async function fallDue(subjectIds: string[]) {
    await t.ctx.database.writer.updateTable('escalation_clocks').set({ due_at: new Date(Date.now() - 60_000).toISOString() }).where('subject_id', 'in', subjectIds).where('fired_at', 'is', null).where('cancelled_at', 'is', null).where('kind', '=', 'ack').execute();
  }

  it('posts escalations to the channels of the team and rung, in each channel’s language, signed', async () => {
    const channel = async (body: Record<string, unknown>) => {
      const res = await t.call('POST', '/api/v1/chat-channels', { name: unique('bot'), ...body });
      expect(res.status).toBe(201);
      return res.body;
    };
    await channel({ platform: 'dingtalk', url: `${rx.url}/robot/send?access_token=tok`, secret: 'SECabc', locale: 'zh-CN', teamId, levels: ['team_lead'] });
    await channel({ platform: 'feishu', url: `${rx.url}/open-apis/bot/v2/hook/x`, secret: 'fs', locale: 'en', teamId, levels: ['manager'] });
    await channel({ platform: 'wecom', url: `${rx.url}/cgi-bin/webhook/send?key=k`, locale: 'zh-CN', teamId: otherTeamId });
    const { andon, order } = await pulledAndon(t, { target: { supplierTeamId: teamId } });
    const scheduler = new EscalationScheduler(t.ctx.writer, t.ctx.database.db);
    await fallDue([order('supplier_inspection').id]);
    await scheduler.tick();
    // The first rung is the team lead's: only the DingTalk channel hears it, in Chinese, signed in the URL.
    await rx.waitFor((r) => r.length >= 1);
    await new Promise((r) => setTimeout(r, 150));
    expect(rx.received).toHaveLength(1);
    const ding = rx.received[0]!;
    expect(ding.path).toMatch(/^\/robot\/send\?access_token=tok&timestamp=\d+&sign=/);
    expect(ding.json.msgtype).toBe('markdown');
    expect(ding.json.markdown.title).toContain('已升级至组长');
    expect(ding.json.markdown.text).toContain(`https://andon.example.com/andons/${andon.id}`);
    // Next rung, the manager: the English Feishu card.
    rx.respond = () => ({ status: 200, body: '{"code":0,"msg":"success"}' });
    await fallDue([order('supplier_inspection').id]);
    await scheduler.tick();
    await fallDue([order('supplier_inspection').id]);
    await scheduler.tick();
    await rx.waitFor((r) => r.some((x) => x.json.msg_type === 'interactive'));
    const card = rx.received.find((x) => x.json.msg_type === 'interactive')!;
    expect(card.json.card.header.title.content).toContain('Escalated to manager');
    expect(card.json.sign).toEqual(expect.any(String));
    expect(rx.received.some((x) => x.path.startsWith('/cgi-bin'))).toBe(false);
  });

  it('posts pulls to channels that listen for them; a platform error is retried and logged', async () => {
    const res = await t.call('POST', '/api/v1/chat-channels', { name: unique('bot'), platform: 'slack', url: `${rx.url}/services/T/B/X`, locale: 'en', events: ['andon.pulled'] });
    expect(res.status).toBe(201);
    expect(res.body.url).toBe(`${rx.url}/services/T/B/X…`);
    let calls = 0;
    rx.respond = () => (++calls === 1 ? { status: 200, body: 'invalid_payload' } : { status: 200, body: 'ok' });
    await pulledAndon(t);
    await rx.waitFor((r) => r.length >= 2);
    expect(rx.received[1]!.json.text).toMatch(/^Andon pulled: /);
    await expect.poll(async () => (await t.call('GET', `/api/v1/chat-channels/${res.body.id}/deliveries`)).body.items[0]?.status).toBe('delivered');
    const [m] = (await t.call('GET', `/api/v1/chat-channels/${res.body.id}/deliveries`)).body.items;
    const detail = (await t.call('GET', `/api/v1/chat-channels/${res.body.id}/deliveries/${m.id}`)).body;
    expect(detail.attemptLog.map((a: { ok: boolean; error: string | null }) => [a.ok, a.error])).toEqual([
      [false, 'invalid_payload'],
      [true, null],
    ]);
  });

  it('sends a test message; refuses a secret for unsigned platforms and unknown teams', async () => {
    const res = await t.call('POST', '/api/v1/chat-channels', { name: unique('bot'), platform: 'wecom', url: `${rx.url}/cgi-bin/webhook/send?key=secretkey`, locale: 'zh-CN' });
    expect(res.body.url).toContain('key=secr…');
    expect((await t.call('POST', `/api/v1/chat-channels/${res.body.id}/test`)).status).toBe(202);
    await rx.waitFor((r) => r.length >= 1);
    expect(rx.received[0]!.json.markdown.content).toContain('按灯测试消息');
    expect((await t.call('POST', '/api/v1/chat-channels', { name: 'x', platform: 'slack', url: rx.url, secret: 'nope' })).status).toBe(400);
    expect((await t.call('POST', '/api/v1/chat-channels', { name: 'x', platform: 'slack', url: rx.url, teamId: 'no-such-team' })).status).toBe(422);
    const audit = await t.ctx.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', res.body.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['chat_channel.created', 'chat_channel.tested']);
  });
});
