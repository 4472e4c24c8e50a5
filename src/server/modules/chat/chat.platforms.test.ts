import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chatAccepted, chatRequest, dingtalkSign, feishuSign } from './chat.platforms.ts';

const now = new Date('2026-11-25T08:00:00.000Z');
const escalation = {
  kind: 'escalation',
  clock: 'due',
  level: 'manager',
  recipientRef: 'manager.wu',
  team: { id: 't1', name: 'Books supply' },
  andonId: 'a1',
  target: { id: 'x', ref: 'BOOK-001', name: '《石头记》精装', monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' } },
  issueCode: 'pages_not_cut',
  workOrderType: 'supplier_inspection',
  dueAt: '2026-11-24T08:00:00.000Z',
  pulledAt: '2026-11-23T08:00:00.000Z',
};
const pulled = { kind: 'andon.pulled', andonId: 'a1', target: escalation.target, issueCode: 'pages_not_cut', pulledBy: 'xiao.lin', trigger: 'rule', pulledAt: escalation.pulledAt };

describe('chat bot payloads, per each platform’s documented format', () => {
  it('DingTalk: a markdown message; the signature (timestamp in ms, HMAC-SHA256 of "ts\\nsecret" keyed by the secret) in the URL', () => {
    const r = chatRequest({ platform: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=abc', secret: 'SECtest', locale: 'zh-CN' }, escalation, { now, publicUrl: 'https://andon.example.com' });
    const url = new URL(r.url);
    expect(url.searchParams.get('access_token')).toBe('abc');
    expect(url.searchParams.get('timestamp')).toBe(String(now.getTime()));
    const expected = createHmac('sha256', 'SECtest').update(`${now.getTime()}\nSECtest`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(expected);
    expect(dingtalkSign('SECtest', now.getTime())).toBe(expected);
    const body = JSON.parse(r.body);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe('已升级至主管：供应商检查：开仓检查全部库存');
    expect(body.markdown.text).toContain('### 已升级至主管');
    expect(body.markdown.text).toContain('《石头记》精装 (BOOK-001)');
    expect(body.markdown.text).toContain('[打开按灯详情](https://andon.example.com/andons/a1)');
  });

  it('Feishu/Lark: an interactive card; timestamp (s) and sign (HMAC-SHA256 keyed by "ts\\nsecret" over nothing) in the body', () => {
    const r = chatRequest({ platform: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/xyz', secret: 'fs-secret', locale: 'en' }, pulled, { now });
    const body = JSON.parse(r.body);
    const ts = Math.floor(now.getTime() / 1000);
    expect(body.timestamp).toBe(String(ts));
    expect(body.sign).toBe(createHmac('sha256', `${ts}\nfs-secret`).update('').digest('base64'));
    expect(body.sign).toBe(feishuSign('fs-secret', ts));
    expect(body.msg_type).toBe('interactive');
    expect(body.card.header.title).toEqual({ tag: 'plain_text', content: 'Andon pulled: 《石头记》精装 is off sale' });
    expect(body.card.elements[0].text.tag).toBe('lark_md');
    expect(body.card.elements[0].text.content).toContain('xiao.lin pulled the cord');
    expect(r.url).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/xyz');
  });

  it('WeCom: markdown content, the key stays in the URL, no signature', () => {
    const r = chatRequest({ platform: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1', secret: null, locale: 'zh-CN' }, pulled, { now });
    expect(r.url).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1');
    const body = JSON.parse(r.body);
    expect(Object.keys(body)).toEqual(['msgtype', 'markdown']);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toMatch(/^\*\*已按灯：《石头记》精装 已下架\*\*\n> /);
    expect(body.markdown.content).toContain('¥1,250,000.00');
  });

  it('Slack: text as the fallback, header and mrkdwn section blocks, < > & escaped', () => {
    const r = chatRequest({ platform: 'slack', url: 'https://hooks.slack.com/services/T/B/X', secret: null, locale: 'en' }, { ...pulled, pulledBy: '<b>&' }, { now, publicUrl: 'https://andon.example.com/' });
    const body = JSON.parse(r.body);
    expect(body.text).toBe('Andon pulled: 《石头记》精装 is off sale');
    expect(body.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: body.text } });
    expect(body.blocks[1].type).toBe('section');
    expect(body.blocks[1].text.type).toBe('mrkdwn');
    expect(body.blocks[1].text.text).toContain('&lt;b&gt;&amp; pulled the cord');
    expect(body.blocks[2].text.text).toBe('<https://andon.example.com/andons/a1|Open the andon room>');
  });

  it('reads each platform’s answer: errcode, code, or "ok"', () => {
    expect(chatAccepted('dingtalk', 200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true });
    expect(chatAccepted('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}')).toEqual({ ok: false, error: '310000: sign not match' });
    expect(chatAccepted('wecom', 200, '{"errcode":93000,"errmsg":"invalid webhook url"}').ok).toBe(false);
    expect(chatAccepted('feishu', 200, '{"code":0,"msg":"success","data":{}}')).toEqual({ ok: true });
    expect(chatAccepted('feishu', 200, '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}').ok).toBe(false);
    expect(chatAccepted('slack', 200, 'ok')).toEqual({ ok: true });
    expect(chatAccepted('slack', 404, 'no_service')).toEqual({ ok: false, error: 'HTTP 404' });
  });
});
