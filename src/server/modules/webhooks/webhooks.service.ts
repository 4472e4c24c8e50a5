import { uuidv7 } from 'uuidv7';
import { notFound } from '#domain/errors.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findMessage, insertMessages, newMessage, type OutboxMessage, requeueMessage } from './outbox.repository.ts';
import { newWebhookSecret } from './signing.ts';
import { deleteSubscriptionRow, findSubscription, insertSubscription, type SubscriptionRecord, updateSubscriptionRow } from './webhooks.repository.ts';
import type { CreateWebhookInput, UpdateWebhookInput, WebhookSubscription } from './webhooks.schema.ts';

/** A subscription as shown: secrets only by their first characters. */
export function presentSubscription(s: SubscriptionRecord, now = new Date()): WebhookSubscription {
  const live = s.secrets.filter((x) => x.expiresAt === null || Date.parse(x.expiresAt) > now.getTime());
  return {
    ...s,
    eventTypes: s.eventTypes as WebhookSubscription['eventTypes'],
    secrets: live.map((x) => ({ prefix: `${x.secret.slice(0, 12)}…`, createdAt: x.createdAt, expiresAt: x.expiresAt })),
  };
}

function audited(s: SubscriptionRecord) {
  return { name: s.name, url: s.url, eventTypes: s.eventTypes, active: s.active, secrets: s.secrets.length };
}

/** Subscribes a URL to event types; returns the new secret (shown once). */
export async function createSubscription(tx: Tx, input: CreateWebhookInput): Promise<{ subscription: SubscriptionRecord; secret: string }> {
  const now = tx.now.toISOString();
  const secret = newWebhookSecret();
  const subscription: SubscriptionRecord = { id: uuidv7(), ...input, secrets: [{ secret, createdAt: now, expiresAt: null }], createdAt: now, updatedAt: now };
  await insertSubscription(tx.db, subscription);
  await recordAudit(tx, { action: 'webhook.created', subjectType: 'webhook_subscription', subjectId: subscription.id, after: audited(subscription) });
  return { subscription, secret };
}

async function existing(tx: Tx, id: string): Promise<SubscriptionRecord> {
  const s = await findSubscription(tx.db, id);
  if (!s) throw notFound('webhook subscription', id);
  return s;
}

/** Changes a subscription's name, URL, event types or active flag. */
export async function updateSubscription(tx: Tx, id: string, input: UpdateWebhookInput): Promise<SubscriptionRecord> {
  const before = await existing(tx, id);
  const after: SubscriptionRecord = { ...before, ...input, updatedAt: tx.now.toISOString() };
  await updateSubscriptionRow(tx.db, after);
  await recordAudit(tx, { action: 'webhook.updated', subjectType: 'webhook_subscription', subjectId: id, before: audited(before), after: audited(after) });
  return after;
}

/** Removes a subscription; its undelivered messages go with it (cascade of the outbox rows). */
export async function deleteSubscription(tx: Tx, id: string): Promise<void> {
  const before = await existing(tx, id);
  await tx.db.deleteFrom('outbox').where('destination_id', '=', id).where('status', '=', 'pending').execute();
  await deleteSubscriptionRow(tx.db, id);
  await recordAudit(tx, { action: 'webhook.deleted', subjectType: 'webhook_subscription', subjectId: id, before: audited(before) });
}

/**
 * Rotates the signing secret: a new one signs from now on; the old ones keep signing beside it
 * for `keepOldHours`, so receivers can switch without losing a delivery.
 */
export async function rotateSecret(tx: Tx, id: string, keepOldHours: number): Promise<{ subscription: SubscriptionRecord; secret: string }> {
  const before = await existing(tx, id);
  const now = tx.now.toISOString();
  const expires = new Date(tx.now.getTime() + keepOldHours * 3_600_000).toISOString();
  const secret = newWebhookSecret();
  const kept = before.secrets
    .filter((x) => x.expiresAt === null || x.expiresAt > now)
    .map((x) => ({ ...x, expiresAt: x.expiresAt === null || x.expiresAt > expires ? expires : x.expiresAt }));
  const after: SubscriptionRecord = { ...before, secrets: [{ secret, createdAt: now, expiresAt: null }, ...kept], updatedAt: now };
  await updateSubscriptionRow(tx.db, after);
  await recordAudit(tx, { action: 'webhook.secret_rotated', subjectType: 'webhook_subscription', subjectId: id, after: { keepOldHours, secrets: after.secrets.length } });
  return { subscription: after, secret };
}

/** Queues a message for one destination outside any domain change: a test ping or a test chat message. */
export async function queueDirect(
  tx: Tx,
  input: { kind: 'webhook' | 'chat'; destinationId: string; eventType: string; payload: Record<string, unknown>; auditAction: string },
): Promise<OutboxMessage> {
  const m = newMessage(tx.now.toISOString(), input);
  await insertMessages(tx.db, [m]);
  await recordAudit(tx, { action: input.auditAction, subjectType: input.kind === 'webhook' ? 'webhook_subscription' : 'chat_channel', subjectId: input.destinationId, after: { messageId: m.messageId } });
  return m;
}

/** Sends a subscription a `webhook.test` ping through the outbox (signed like any delivery). */
export async function pingSubscription(tx: Tx, id: string): Promise<OutboxMessage> {
  await existing(tx, id);
  const payload = { type: 'webhook.test', timestamp: tx.now.toISOString(), data: { subscriptionId: id, message: 'Andon webhook test' } };
  return queueDirect(tx, { kind: 'webhook', destinationId: id, eventType: 'webhook.test', payload, auditAction: 'webhook.pinged' });
}

/** Delivers a message again (delivered or dead-lettered): back into its line, due now, with the same webhook-id. */
export async function redeliver(tx: Tx, destinationId: string, outboxId: string): Promise<OutboxMessage> {
  const m = await findMessage(tx.db, outboxId);
  if (!m || m.destinationId !== destinationId) throw notFound('message', outboxId);
  await requeueMessage(tx.db, m.id, tx.now.toISOString());
  await recordAudit(tx, {
    action: 'outbox.redelivery_requested',
    subjectType: m.destinationKind === 'webhook' ? 'webhook_subscription' : 'chat_channel',
    subjectId: destinationId,
    before: { status: m.status, attempts: m.attempts },
    after: { messageId: m.messageId },
  });
  return { ...m, status: 'pending' };
}
