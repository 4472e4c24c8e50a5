/** The integration tables (migration 0007), part of `Database` in schema.ts. */
type Bool = boolean | number;
type Json = unknown;

export interface WebhookSubscriptionsTable {
  id: string;
  name: string;
  url: string;
  event_types: Json;
  secrets: Json;
  active: Bool;
  created_at: string;
  updated_at: string;
}

export interface ChatChannelsTable {
  id: string;
  name: string;
  platform: string;
  url: string;
  secret: string | null;
  locale: string;
  team_id: string | null;
  levels: Json;
  events: Json;
  active: Bool;
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: string;
  destination_kind: string;
  destination_id: string;
  event_type: string;
  message_id: string;
  order_key: string;
  payload: Json;
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface OutboxDeliveriesTable {
  id: string;
  outbox_id: string;
  destination_id: string;
  attempt: number;
  ok: Bool;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  at: string;
}

export interface IntakeMappingsTable {
  key: string;
  name: string;
  fields: Json;
  created_at: string;
  updated_at: string;
}

export interface IntegrationTables {
  webhook_subscriptions: WebhookSubscriptionsTable;
  chat_channels: ChatChannelsTable;
  outbox: OutboxTable;
  outbox_deliveries: OutboxDeliveriesTable;
  intake_mappings: IntakeMappingsTable;
}
