import { createHmac } from 'node:crypto';
import type { ChannelRecord, ChatPlatform } from './chat.repository.ts';
import { type ChatMessage, renderChatMessage } from './chat.templates.ts';

export interface ChatRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** DingTalk's robot signature: base64 HMAC-SHA256, keyed by the secret, of `{ms timestamp}\n{secret}`. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** Feishu/Lark's bot signature: base64 HMAC-SHA256 keyed by `{s timestamp}\n{secret}` over an empty message. */
export function feishuSign(secret: string, timestampS: number): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

function slackEscape(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Each platform's documented body for a markdown/text card. */
export function chatBody(platform: ChatPlatform, m: ChatMessage): Record<string, unknown> {
  switch (platform) {
    case 'dingtalk': {
      const link = m.link ? `\n\n[${m.link.text}](${m.link.url})` : '';
      return { msgtype: 'markdown', markdown: { title: m.title, text: `### ${m.title}\n\n${m.lines.join('\n\n')}${link}` } };
    }
    case 'wecom': {
      const link = m.link ? `\n[${m.link.text}](${m.link.url})` : '';
      return { msgtype: 'markdown', markdown: { content: `**${m.title}**\n${m.lines.map((l) => `> ${l}`).join('\n')}${link}` } };
    }
    case 'feishu': {
      const elements: unknown[] = [{ tag: 'div', text: { tag: 'lark_md', content: m.lines.join('\n') } }];
      if (m.link) elements.push({ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: m.link.text }, type: 'primary', url: m.link.url }] });
      return { msg_type: 'interactive', card: { config: { wide_screen_mode: true }, header: { template: 'red', title: { tag: 'plain_text', content: m.title } }, elements } };
    }
    case 'slack': {
      const blocks: unknown[] = [
        { type: 'header', text: { type: 'plain_text', text: m.title.slice(0, 150) } },
        { type: 'section', text: { type: 'mrkdwn', text: m.lines.map(slackEscape).join('\n') } },
      ];
      if (m.link) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `<${m.link.url}|${slackEscape(m.link.text)}>` } });
      return { text: m.title, blocks };
    }
  }
}

/** The HTTP request that posts a message to a channel, signed where the platform signs. */
export function chatRequest(channel: Pick<ChannelRecord, 'platform' | 'url' | 'secret' | 'locale'>, facts: Record<string, unknown>, options: { now: Date; publicUrl?: string | undefined }): ChatRequest {
  const message = renderChatMessage(facts, channel.locale, options.publicUrl);
  const body = chatBody(channel.platform, message);
  let url = channel.url;
  if (channel.platform === 'dingtalk' && channel.secret) {
    const ts = options.now.getTime();
    const u = new URL(channel.url);
    u.searchParams.set('timestamp', String(ts));
    u.searchParams.set('sign', dingtalkSign(channel.secret, ts));
    url = u.toString();
  }
  if (channel.platform === 'feishu' && channel.secret) {
    const ts = Math.floor(options.now.getTime() / 1000);
    Object.assign(body, { timestamp: String(ts), sign: feishuSign(channel.secret, ts) });
  }
  return { url, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/** Did the platform take the message? DingTalk and WeCom answer `errcode`, Feishu `code`, Slack `ok`, all with HTTP 200. */
export function chatAccepted(platform: ChatPlatform, status: number, text: string): { ok: true } | { ok: false; error: string } {
  if (status < 200 || status >= 300) return { ok: false, error: `HTTP ${status}` };
  if (platform === 'slack') return text.trim() === 'ok' ? { ok: true } : { ok: false, error: text.slice(0, 200) };
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, error: `not JSON: ${text.slice(0, 200)}` };
  }
  const code = platform === 'feishu' ? (parsed['code'] ?? parsed['StatusCode']) : parsed['errcode'];
  return code === 0 ? { ok: true } : { ok: false, error: `${String(code)}: ${String(parsed['msg'] ?? parsed['errmsg'] ?? parsed['StatusMessage'] ?? '')}`.slice(0, 200) };
}
