import { uuidv7 } from 'uuidv7';
import { notFound, unknownReference } from '#domain/errors.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findTeam } from '../teams/teams.repository.ts';
import type { OutboxMessage } from '../webhooks/outbox.repository.ts';
import { queueDirect } from '../webhooks/webhooks.service.ts';
import { type ChannelRecord, deleteChannelRow, findChannel, insertChannel, updateChannelRow } from './chat.repository.ts';
import type { ChatChannel, CreateChatChannelInput, UpdateChatChannelInput } from './chat.schema.ts';

/** A bot URL with its key shown in part: the `access_token`/`key` parameter, else the last path segment. */
export function maskBotUrl(raw: string): string {
  const url = new URL(raw);
  const cut = (v: string) => `${v.slice(0, 4)}…`;
  const params = [...url.searchParams.entries()];
  if (params.some(([k]) => k === 'access_token' || k === 'key')) {
    const query = params.map(([k, v]) => `${k}=${k === 'access_token' || k === 'key' ? cut(v) : v}`).join('&');
    return `${url.origin}${url.pathname}?${query}`;
  }
  const segments = url.pathname.split('/');
  const last = segments.pop() ?? '';
  return `${url.origin}${segments.join('/')}/${cut(last)}`;
}

/** A channel as shown: the URL's key or token only in part, the secret not at all. */
export function presentChannel(c: ChannelRecord): ChatChannel {
  const { secret, ...rest } = c;
  return { ...rest, url: maskBotUrl(c.url), signed: secret !== null };
}

function audited(c: ChannelRecord) {
  return { name: c.name, platform: c.platform, locale: c.locale, teamId: c.teamId, levels: c.levels, events: c.events, active: c.active, signed: c.secret !== null };
}

async function checkTeam(tx: Tx, teamId: string | null | undefined): Promise<void> {
  if (teamId && !(await findTeam(tx.db, teamId))) throw unknownReference('teamId', teamId);
}

/** Connects a chat bot: escalation notices (by team and rung) and pulls go to it in its language. */
export async function createChannel(tx: Tx, input: CreateChatChannelInput): Promise<ChannelRecord> {
  await checkTeam(tx, input.teamId);
  const now = tx.now.toISOString();
  const channel: ChannelRecord = { id: uuidv7(), ...input, secret: input.secret ?? null, teamId: input.teamId ?? null, createdAt: now, updatedAt: now };
  await insertChannel(tx.db, channel);
  await recordAudit(tx, { action: 'chat_channel.created', subjectType: 'chat_channel', subjectId: channel.id, after: audited(channel) });
  return channel;
}

async function existing(tx: Tx, id: string): Promise<ChannelRecord> {
  const c = await findChannel(tx.db, id);
  if (!c) throw notFound('chat channel', id);
  return c;
}

/** Changes a channel's routing, language, URL or secret. */
export async function updateChannel(tx: Tx, id: string, input: UpdateChatChannelInput): Promise<ChannelRecord> {
  const before = await existing(tx, id);
  await checkTeam(tx, input.teamId);
  const after: ChannelRecord = { ...before, ...input, updatedAt: tx.now.toISOString() } as ChannelRecord;
  await updateChannelRow(tx.db, after);
  await recordAudit(tx, { action: 'chat_channel.updated', subjectType: 'chat_channel', subjectId: id, before: audited(before), after: audited(after) });
  return after;
}

/** Disconnects a channel; its undelivered messages are dropped. */
export async function deleteChannel(tx: Tx, id: string): Promise<void> {
  const before = await existing(tx, id);
  await tx.db.deleteFrom('outbox').where('destination_id', '=', id).where('status', '=', 'pending').execute();
  await deleteChannelRow(tx.db, id);
  await recordAudit(tx, { action: 'chat_channel.deleted', subjectType: 'chat_channel', subjectId: id, before: audited(before) });
}

/** Posts a test message to a channel through the outbox. */
export async function testChannel(tx: Tx, id: string): Promise<OutboxMessage> {
  await existing(tx, id);
  return queueDirect(tx, { kind: 'chat', destinationId: id, eventType: 'chat.test', payload: { kind: 'test' }, auditAction: 'chat_channel.tested' });
}
