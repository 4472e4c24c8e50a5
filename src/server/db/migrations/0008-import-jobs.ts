import { type Kysely, sql } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * CSV import jobs in the database rather than one instance's memory, so that any instance can
 * show a job's progress and its error report: the job (its counts written as the import goes, and
 * a heartbeat), and the rows it refused, ordered by line then as found.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db));
  await db.schema
    .createTable('import_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('imported', 'integer', (c) => c.notNull())
    .addColumn('failed', 'integer', (c) => c.notNull())
    // Bytes may pass 2^31 on a large upload: bigint on PostgreSQL.
    .addColumn('bytes', t.money, (c) => c.notNull())
    .addColumn('total_bytes', t.money)
    // Why a job failed as a whole (`abandoned`, `interrupted`), worded when read; row errors are in import_errors.
    .addColumn('failure', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('started_at', t.timestamp)
    .addColumn('finished_at', t.timestamp)
    .addColumn('seconds', t.float)
    // The running instance's heartbeat: written with the progress, at least every few seconds.
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_jobs_running').on('import_jobs').columns(['updated_at']).where(sql.ref('status'), '=', 'running').execute();
  await db.schema.createIndex('import_jobs_finished').on('import_jobs').columns(['finished_at']).execute();
  await db.schema
    .createTable('import_errors')
    .addColumn('job_id', 'text', (c) => c.notNull().references('import_jobs.id').onDelete('cascade'))
    .addColumn('line', 'integer', (c) => c.notNull())
    // The order the import found them in (a row's database refusal comes after later lines' parse errors).
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_errors_pk', ['job_id', 'line', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_errors').execute();
  await db.schema.dropTable('import_jobs').execute();
}
