import { type Kysely, sql } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

/**
 * From pull to relist: the andon's lifecycle stamps and review, work-order records (inspection,
 * five whys, corrective actions, acceptance) with comments, team ladders and members, settings,
 * escalation clocks, in-app notifications, the moments a rule was met (missed andons), and when a
 * reward was decided.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db));

  // The escalation ladder of each team (free-text refs until people and sign-in exist).
  for (const column of ['lead_ref', 'manager_ref', 'director_ref']) {
    await db.schema.alterTable('teams').addColumn(column, 'text').execute();
  }
  await db.schema
    .createTable('team_members')
    .addColumn('member_ref', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('team_members_team').on('team_members').column('team_id').execute();

  const andonColumns: [string, string][] = [
    ['team_id', 'text'],
    ['manager_ref', 'text'],
    ['rule_met_at', t.timestamp],
    ['contained_at', t.timestamp],
    ['root_caused_at', t.timestamp],
    ['rectified_at', t.timestamp],
    ['rectified_by', 'text'],
    ['rectification', t.json],
    ['accepted_at', t.timestamp],
    ['closed_by', 'text'],
    ['close_reason', 'text'],
    ['review_verdict', 'text'],
    ['review_reason', 'text'],
    ['review_note', 'text'],
    ['reviewed_by', 'text'],
    ['reviewed_at', t.timestamp],
    ['recurrence_of', 'text'],
    ['probation_until', t.timestamp],
    ['root_cause_category', 'text'],
    ['root_cause_statement', 'text'],
  ];
  for (const [name, type] of andonColumns) {
    await db.schema.alterTable('andons').addColumn(name, type as 'text').execute();
  }
  // The intake path asks "is this problem in probation?" for every complaint on a target on sale.
  await db.schema
    .createIndex('andons_probation')
    .on('andons')
    .columns(['target_id', 'issue_code', 'probation_until'])
    .where(sql.ref('probation_until'), 'is not', null)
    .execute();
  await db.schema.createIndex('andons_pulled_at').on('andons').column('pulled_at').execute();
  await db.schema.createIndex('andons_target_open').on('andons').column('target_id').where(sql.ref('closed_at'), 'is', null).execute();

  const workOrderColumns: [string, string][] = [
    ['organisation_id', 'text'],
    ['parent_id', 'text'],
    ['description', 'text'],
    ['acknowledged_at', t.timestamp],
    ['acknowledged_by', 'text'],
    ['completed_at', t.timestamp],
    ['completed_by', 'text'],
    ['outcome', 'text'],
    ['details', t.json],
    ['escalation_level', 'text'],
  ];
  for (const [name, type] of workOrderColumns) {
    await db.schema.alterTable('work_orders').addColumn(name, type as 'text').execute();
  }
  await db.schema.createIndex('work_orders_assignee').on('work_orders').columns(['assignee', 'status']).execute();

  await db.schema
    .createTable('work_order_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id'))
    .addColumn('author_ref', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_order_comments_order').on('work_order_comments').columns(['work_order_id', 'id']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('escalation_clocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('andon_id', 'text', (c) => c.notNull().references('andons.id'))
    .addColumn('team_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('due_at', t.timestamp, (c) => c.notNull())
    .addColumn('fired_at', t.timestamp)
    .addColumn('cancelled_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The scheduler's question, "what is due and not yet fired?", reads only pending clocks.
  await db.schema
    .createIndex('escalation_clocks_pending')
    .on('escalation_clocks')
    .column('due_at')
    .where(sql<boolean>`fired_at is null and cancelled_at is null`)
    .execute();
  await db.schema.createIndex('escalation_clocks_subject').on('escalation_clocks').columns(['subject_type', 'subject_id']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recipient_ref', 'text')
    .addColumn('team_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('andon_id', 'text')
    .addColumn('clock_id', 'text')
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('params', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('read_at', t.timestamp)
    .execute();
  // The last guard of "each clock fires exactly once": one notification per clock, whatever races.
  await db.schema
    .createIndex('notifications_one_per_clock')
    .on('notifications')
    .column('clock_id')
    .unique()
    .where(sql.ref('clock_id'), 'is not', null)
    .execute();
  await db.schema.createIndex('notifications_recipient').on('notifications').columns(['recipient_ref', 'id']).execute();
  await db.schema.createIndex('notifications_team').on('notifications').columns(['team_id', 'id']).execute();

  await db.schema
    .createTable('rule_hits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_id', 'text', (c) => c.notNull().references('targets.id'))
    .addColumn('issue_code', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('team_id', 'text')
    .addColumn('met_at', t.timestamp, (c) => c.notNull())
    .addColumn('andon_id', 'text')
    .addColumn('pulled_at', t.timestamp)
    .execute();
  // One pending hit per problem: later complaints of the same met rule do not restart its clock.
  await db.schema
    .createIndex('rule_hits_one_pending')
    .on('rule_hits')
    .columns(['target_id', 'issue_code'])
    .unique()
    .where(sql.ref('andon_id'), 'is', null)
    .execute();
  await db.schema.createIndex('rule_hits_met_at').on('rule_hits').column('met_at').execute();

  await db.schema.alterTable('rewards').addColumn('decided_at', t.timestamp).execute();
  await db.schema.createIndex('rewards_decided').on('rewards').columns(['status', 'decided_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['rule_hits', 'notifications', 'escalation_clocks', 'settings', 'work_order_comments', 'team_members']) {
    await db.schema.dropTable(table).execute();
  }
}
