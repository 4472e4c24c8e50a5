import { type Kysely, sql } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

// Migrations are written against Kysely<any>: they describe the schema as it was, not as the types say it is now.
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db));

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('issue_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_zh', 'text')
    .addColumn('description_en', 'text')
    .addColumn('counts', t.boolean, (c) => c.notNull())
    .addColumn('safety_critical', t.boolean, (c) => c.notNull())
    .addColumn('active', t.boolean, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('supplier_team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('quality_team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('monthly_gmv_minor', t.money)
    .addColumn('currency', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('status_andon_id', 'text')
    .addColumn('status_changed_at', t.timestamp)
    .addColumn('status_version', 'integer', (c) => c.notNull())
    .addColumn('attributes', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('targets_kind_status').on('targets').columns(['kind', 'status']).execute();
  await db.schema.createIndex('targets_organisation').on('targets').column('organisation_id').execute();
  // Other instances (and the CLI) find changed targets by this: the status index follows it.
  await db.schema.createIndex('targets_updated_at').on('targets').column('updated_at').execute();

  await db.schema
    .createTable('rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope_key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text')
    .addColumn('issue_code', 'text', (c) => c.references('issue_codes.code'))
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('window_days', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('reward_minor', t.money, (c) => c.notNull())
    .addColumn('reward_currency', 'text', (c) => c.notNull())
    .addColumn('inspection_due_hours', 'integer', (c) => c.notNull())
    .addColumn('root_cause_due_hours', 'integer', (c) => c.notNull())
    .addColumn('active', t.boolean, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('andons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_id', 'text', (c) => c.notNull().references('targets.id'))
    .addColumn('issue_code', 'text', (c) => c.notNull().references('issue_codes.code'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('pulled_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('rule_id', 'text', (c) => c.references('rules.id'))
    .addColumn('rule_snapshot', t.json, (c) => c.notNull())
    .addColumn('distinct_customers', 'integer', (c) => c.notNull())
    .addColumn('complaint_count', 'integer', (c) => c.notNull())
    .addColumn('monthly_gmv_minor', t.money)
    .addColumn('currency', 'text')
    .addColumn('pulled_at', t.timestamp, (c) => c.notNull())
    .addColumn('closed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The race guard: at most one open andon per target and problem, whatever the application does.
  await db.schema
    .createIndex('andons_one_open_per_problem')
    .on('andons')
    .columns(['target_id', 'issue_code'])
    .unique()
    .where(sql.ref('closed_at'), 'is', null)
    .execute();
  await db.schema.createIndex('andons_state').on('andons').columns(['state', 'pulled_at']).execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('request_hash', 'text')
    .addColumn('target_id', 'text', (c) => c.notNull().references('targets.id'))
    .addColumn('customer_ref', 'text', (c) => c.notNull())
    .addColumn('issue_code', 'text', (c) => c.notNull().references('issue_codes.code'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('order_ref', 'text')
    .addColumn('lot_ref', 'text')
    .addColumn('channel', 'text')
    .addColumn('compensation_kind', 'text')
    .addColumn('compensation_minor', t.money)
    .addColumn('compensation_currency', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('andon_id', 'text', (c) => c.references('andons.id'))
    .addColumn('andon_role', 'text')
    .execute();
  // Repeat detection, and a target's complaints, by one index: every index is another random page
  // written per complaint, and intake writes many complaints.
  await db.schema
    .createIndex('complaints_repeat_window')
    .on('complaints')
    .columns(['target_id', 'issue_code', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('complaints_andon')
    .on('complaints')
    .column('andon_id')
    .where(sql.ref('andon_id'), 'is not', null)
    .execute();
  await db.schema.createIndex('complaints_customer').on('complaints').column('customer_ref').execute();

  await db.schema
    .createTable('work_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('andon_id', 'text', (c) => c.notNull().references('andons.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('owner_team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('assignee', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('instructions_key', 'text', (c) => c.notNull())
    .addColumn('due_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_orders_andon').on('work_orders').column('andon_id').execute();
  await db.schema.createIndex('work_orders_team').on('work_orders').columns(['owner_team_id', 'status']).execute();

  await db.schema
    .createTable('rewards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('andon_id', 'text', (c) => c.notNull().unique().references('andons.id'))
    .addColumn('agent_ref', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.money, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rewards_agent').on('rewards').columns(['agent_ref', 'created_at']).execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('andon_id', 'text')
    .addColumn('target_id', 'text')
    .addColumn('before', t.json)
    .addColumn('after', t.json)
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_events_andon').on('audit_events').columns(['andon_id', 'at']).execute();
  await db.schema.createIndex('audit_events_subject').on('audit_events').columns(['subject_type', 'subject_id', 'at']).execute();
  await db.schema.createIndex('audit_events_target').on('audit_events').columns(['target_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'rewards',
    'work_orders',
    'complaints',
    'andons',
    'rules',
    'targets',
    'issue_codes',
    'organisations',
    'teams',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
