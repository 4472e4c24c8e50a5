import type { Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** "Same problem?" by text: per-kind matching settings, agents' verdicts on pairs, the deployment's own terms. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db));
  await db.schema
    .createTable('matching_settings')
    .addColumn('target_kind', 'text', (c) => c.primaryKey())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('threshold', t.float)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('problem_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The pair is stored once, smaller id first.
    .addColumn('complaint_a', 'text', (c) => c.notNull().references('complaints.id'))
    .addColumn('complaint_b', 'text', (c) => c.notNull().references('complaints.id'))
    .addColumn('target_id', 'text', (c) => c.notNull().references('targets.id'))
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('problem_links_pair', ['complaint_a', 'complaint_b'])
    .execute();
  await db.schema.createIndex('problem_links_target').on('problem_links').columns(['target_id', 'verdict']).execute();
  await db.schema.createIndex('problem_links_b').on('problem_links').column('complaint_b').execute();
  await db.schema
    .createTable('match_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concept', 'text', (c) => c.notNull().unique())
    .addColumn('terms', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('match_terms').execute();
  await db.schema.dropTable('problem_links').execute();
  await db.schema.dropTable('matching_settings').execute();
}
