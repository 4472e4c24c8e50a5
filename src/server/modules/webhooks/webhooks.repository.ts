import type { Kysely, Selectable } from 'kysely';
import { fromBool, fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { WebhookSubscriptionsTable } from '../../db/schema-integrations.ts';

/** A signing secret; an old one keeps signing until it expires (rotation). */
export interface WebhookSecret {
  secret: string;
  createdAt: string;
  expiresAt: string | null;
}

export interface SubscriptionRecord {
  id: string;
  name: string;
  url: string;
  eventTypes: string[];
  secrets: WebhookSecret[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

function toSubscription(r: Selectable<WebhookSubscriptionsTable>): SubscriptionRecord {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    eventTypes: fromJson<string[]>(r.event_types),
    secrets: fromJson<WebhookSecret[]>(r.secrets),
    active: fromBool(r.active),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(s: SubscriptionRecord): WebhookSubscriptionsTable {
  return {
    id: s.id,
    name: s.name,
    url: s.url,
    event_types: toJson(s.eventTypes),
    secrets: toJson(s.secrets),
    active: s.active,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

export async function insertSubscription(db: Kysely<Database>, s: SubscriptionRecord): Promise<void> {
  await db.insertInto('webhook_subscriptions').values(toRow(s)).execute();
}

export async function updateSubscriptionRow(db: Kysely<Database>, s: SubscriptionRecord): Promise<void> {
  const { id, created_at: _created, ...rest } = toRow(s);
  await db.updateTable('webhook_subscriptions').set(rest).where('id', '=', id).execute();
}

export async function deleteSubscriptionRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
}

export async function findSubscription(db: Kysely<Database>, id: string): Promise<SubscriptionRecord | undefined> {
  const row = await db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSubscription(row) : undefined;
}

export async function listSubscriptions(db: Kysely<Database>, activeOnly = false): Promise<SubscriptionRecord[]> {
  let q = db.selectFrom('webhook_subscriptions').selectAll().orderBy('id');
  if (activeOnly) q = q.where('active', '=', true);
  return (await q.execute()).map(toSubscription);
}
