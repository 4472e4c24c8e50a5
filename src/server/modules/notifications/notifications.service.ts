import { uuidv7 } from 'uuidv7';
import { notFound } from '#domain/errors.ts';
import { type Locale, translate } from '#i18n/index.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findNotification, insertNotification, markRead, type NotificationRecord } from './notifications.repository.ts';
import type { Notification } from './notifications.schema.ts';

export { listNotifications } from './notifications.repository.ts';

/** Stores an in-app notification in the caller's transaction (outbound channels come with the integrations). */
export async function notify(tx: Tx, input: Omit<NotificationRecord, 'id' | 'createdAt' | 'readAt'>): Promise<NotificationRecord> {
  const n: NotificationRecord = { ...input, id: uuidv7(), createdAt: tx.now.toISOString(), readAt: null };
  await insertNotification(tx.db, n);
  tx.emit({ type: 'notification.created', notificationId: n.id, recipientRef: n.recipientRef, teamId: n.teamId, andonId: n.andonId });
  return n;
}

/** Marks one notification read. */
export async function markNotificationRead(tx: Tx, id: string): Promise<NotificationRecord> {
  const before = await findNotification(tx.db, id);
  if (!before) throw notFound('notification', id);
  if (before.readAt) return before;
  const at = tx.now.toISOString();
  await markRead(tx.db, { id }, at);
  await recordAudit(tx, { action: 'notification.read', subjectType: 'notification', subjectId: id, andonId: before.andonId });
  return { ...before, readAt: at };
}

/** Marks every unread notification of a person read; returns how many. */
export async function markAllRead(tx: Tx, recipientRef: string): Promise<number> {
  const count = await markRead(tx.db, { recipientRef }, tx.now.toISOString());
  if (count > 0) await recordAudit(tx, { action: 'notification.read_all', subjectType: 'notification', subjectId: recipientRef, after: { count } });
  return count;
}

/** A notification as people read it, in their language. */
export function presentNotification(n: NotificationRecord, locale: Locale): Notification {
  const { clockId: _clock, messageKey, ...rest } = n;
  const type = n.params['workOrderType'];
  const params = {
    ...n.params,
    title: typeof type === 'string' ? translate(locale, `workOrders.${type}.title`) : '',
    level: n.level ? translate(locale, `escalation.levels.${n.level}`) : '',
  };
  return { ...rest, message: translate(locale, messageKey, params) };
}
