import type { Kysely, Selectable } from 'kysely';
import type { EscalationLevel } from '#domain/escalation.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Database, NotificationsTable } from '../../db/schema.ts';
import type { ListNotificationsFilter } from './notifications.schema.ts';

export interface NotificationRecord {
  id: string;
  recipientRef: string | null;
  teamId: string | null;
  kind: 'escalation';
  level: EscalationLevel | null;
  subjectType: 'andon' | 'work_order';
  subjectId: string;
  andonId: string | null;
  clockId: string | null;
  messageKey: string;
  params: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

function toNotification(r: Selectable<NotificationsTable>): NotificationRecord {
  return {
    id: r.id,
    recipientRef: r.recipient_ref,
    teamId: r.team_id,
    kind: r.kind as 'escalation',
    level: r.level as EscalationLevel | null,
    subjectType: r.subject_type as NotificationRecord['subjectType'],
    subjectId: r.subject_id,
    andonId: r.andon_id,
    clockId: r.clock_id,
    messageKey: r.message_key,
    params: fromJson<Record<string, unknown>>(r.params) ?? {},
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

export async function insertNotification(db: Kysely<Database>, n: NotificationRecord): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      id: n.id,
      recipient_ref: n.recipientRef,
      team_id: n.teamId,
      kind: n.kind,
      level: n.level,
      subject_type: n.subjectType,
      subject_id: n.subjectId,
      andon_id: n.andonId,
      clock_id: n.clockId,
      message_key: n.messageKey,
      params: toJson(n.params),
      created_at: n.createdAt,
      read_at: n.readAt,
    })
    .execute();
}

export async function findNotification(db: Kysely<Database>, id: string): Promise<NotificationRecord | undefined> {
  const r = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toNotification(r);
}

export async function listNotifications(db: Kysely<Database>, f: ListNotificationsFilter): Promise<NotificationRecord[]> {
  let q = db.selectFrom('notifications').selectAll();
  if (f.recipientRef) q = q.where('recipient_ref', '=', f.recipientRef);
  if (f.teamId) q = q.where('team_id', '=', f.teamId);
  if (f.andonId) q = q.where('andon_id', '=', f.andonId);
  if (f.unread === true) q = q.where('read_at', 'is', null);
  if (f.unread === false) q = q.where('read_at', 'is not', null);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toNotification);
}

export async function markRead(db: Kysely<Database>, ids: { id?: string; recipientRef?: string }, at: string): Promise<number> {
  let q = db.updateTable('notifications').set({ read_at: at }).where('read_at', 'is', null);
  if (ids.id) q = q.where('id', '=', ids.id);
  if (ids.recipientRef) q = q.where('recipient_ref', '=', ids.recipientRef);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}
