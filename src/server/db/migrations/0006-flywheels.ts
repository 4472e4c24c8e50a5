import type { Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The flywheel studio: flywheels (the current draft), their saved versions, and the cases they are replayed against. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db));
  await db.schema
    .createTable('flywheels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draft', t.json, (c) => c.notNull())
    .addColumn('factors', t.json, (c) => c.notNull())
    .addColumn('latest_version', 'integer', (c) => c.notNull())
    .addColumn('share_token', 'text', (c) => c.unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('flywheel_versions')
    .addColumn('flywheel_id', 'text', (c) => c.notNull().references('flywheels.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('flywheel', t.json, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('flywheel_versions_pk', ['flywheel_id', 'version'])
    .execute();
  await db.schema
    .createTable('flywheel_cases')
    .addColumn('flywheel_id', 'text', (c) => c.notNull().references('flywheels.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('body', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('flywheel_cases_pk', ['flywheel_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('flywheel_cases').execute();
  await db.schema.dropTable('flywheel_versions').execute();
  await db.schema.dropTable('flywheels').execute();
}
