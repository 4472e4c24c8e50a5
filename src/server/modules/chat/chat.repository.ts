import type { Kysely, Selectable } from 'kysely';
import type { EscalationLevel } from '#domain/escalation.ts';
import { fromBool, fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { ChatChannelsTable } from '../../db/schema-integrations.ts';

export const chatPlatforms = ['dingtalk', 'feishu', 'wecom', 'slack'] as const;
export type ChatPlatform = (typeof chatPlatforms)[number];
/** What a channel hears: escalation notices (by team and rung) and pulls of the cord. */
export const chatEvents = ['escalation', 'andon.pulled'] as const;
export type ChatEvent = (typeof chatEvents)[number];

export interface ChannelRecord {
  id: string;
  name: string;
  platform: ChatPlatform;
  url: string;
  /** DingTalk's `SEC…` or Feishu/Lark's signing secret; WeCom and Slack have none. */
  secret: string | null;
  locale: 'en' | 'zh-CN';
  /** Only this team's notices (null: every team). */
  teamId: string | null;
  /** Only these rungs of the ladder (empty: every rung). */
  levels: EscalationLevel[];
  events: ChatEvent[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

function toChannel(r: Selectable<ChatChannelsTable>): ChannelRecord {
  return {
    id: r.id,
    name: r.name,
    platform: r.platform as ChatPlatform,
    url: r.url,
    secret: r.secret,
    locale: r.locale as ChannelRecord['locale'],
    teamId: r.team_id,
    levels: fromJson<EscalationLevel[]>(r.levels),
    events: fromJson<ChatEvent[]>(r.events),
    active: fromBool(r.active),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(c: ChannelRecord): ChatChannelsTable {
  return {
    id: c.id,
    name: c.name,
    platform: c.platform,
    url: c.url,
    secret: c.secret,
    locale: c.locale,
    team_id: c.teamId,
    levels: toJson(c.levels),
    events: toJson(c.events),
    active: c.active,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

export async function insertChannel(db: Kysely<Database>, c: ChannelRecord): Promise<void> {
  await db.insertInto('chat_channels').values(toRow(c)).execute();
}

export async function updateChannelRow(db: Kysely<Database>, c: ChannelRecord): Promise<void> {
  const { id, created_at: _created, ...rest } = toRow(c);
  await db.updateTable('chat_channels').set(rest).where('id', '=', id).execute();
}

export async function deleteChannelRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('chat_channels').where('id', '=', id).execute();
}

export async function findChannel(db: Kysely<Database>, id: string): Promise<ChannelRecord | undefined> {
  const row = await db.selectFrom('chat_channels').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toChannel(row) : undefined;
}

export async function listChannels(db: Kysely<Database>, activeOnly = false): Promise<ChannelRecord[]> {
  let q = db.selectFrom('chat_channels').selectAll().orderBy('id');
  if (activeOnly) q = q.where('active', '=', true);
  return (await q.execute()).map(toChannel);
}
