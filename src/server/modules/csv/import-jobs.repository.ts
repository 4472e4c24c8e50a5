import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ImportJobsTable } from '../../db/schema-imports.ts';
import type { ImportProgress, RowError } from './csv.import.ts';

export type ImportJobRow = Selectable<ImportJobsTable>;

export async function insertImportJob(db: Kysely<Database>, row: ImportJobRow): Promise<void> {
  await db.insertInto('import_jobs').values(row).execute();
}

export async function findImportJob(db: Kysely<Database>, id: string): Promise<ImportJobRow | undefined> {
  return db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a waiting job to running; false when it was not waiting (another upload took it). */
export async function startImportJob(db: Kysely<Database>, id: string, totalBytes: number | null, now: string): Promise<boolean> {
  const result = await db
    .updateTable('import_jobs')
    .set({ status: 'running', total_bytes: totalBytes, started_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Writes a running job's progress and heartbeat; false when it is no longer running (declared abandoned). */
export async function recordImportProgress(db: Kysely<Database>, id: string, progress: ImportProgress, now: string): Promise<boolean> {
  const result = await db
    .updateTable('import_jobs')
    .set({ rows: progress.rows, imported: progress.imported, failed: progress.failed, bytes: progress.bytes, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a running job; false when it was no longer running. */
export async function finishImportJob(
  db: Kysely<Database>,
  id: string,
  end: ImportProgress & { status: 'done' | 'failed'; failure: string | null; seconds: number | null },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('import_jobs')
    .set({ rows: end.rows, imported: end.imported, failed: end.failed, bytes: end.bytes, status: end.status, failure: end.failure, seconds: end.seconds, finished_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Running jobs whose heartbeat is older than `before`: their instance stopped. Each is marked
 * failed as of its last heartbeat; the update repeats the condition, so a late heartbeat wins.
 */
export async function failAbandonedImportJobs(db: Kysely<Database>, before: string, id?: string): Promise<number> {
  let q = db.selectFrom('import_jobs').select(['id', 'started_at', 'updated_at']).where('status', '=', 'running').where('updated_at', '<', before);
  if (id) q = q.where('id', '=', id);
  let count = 0;
  for (const job of await q.execute()) {
    const last = new Date(job.updated_at).toISOString();
    const seconds = job.started_at ? (Date.parse(last) - Date.parse(new Date(job.started_at).toISOString())) / 1000 : null;
    const result = await db
      .updateTable('import_jobs')
      .set({ status: 'failed', failure: 'abandoned', finished_at: last, seconds })
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('updated_at', '<', before)
      .executeTakeFirst();
    count += Number(result.numUpdatedRows);
  }
  return count;
}

/** Row errors of a job, numbered in the order found (`seq`), in multi-row statements. */
export async function insertImportErrors(db: Kysely<Database>, jobId: string, rows: readonly (RowError & { seq: number })[], perStatement = 300): Promise<void> {
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((r) => ({ job_id: jobId, line: r.line, seq: r.seq, column_name: r.column, code: r.code, reason: r.reason }));
    await db.insertInto('import_errors').values(values).execute();
  }
}

/** A page of a job's row errors after (line, seq), ordered by line then as found. */
export async function listImportErrorsPage(db: Kysely<Database>, jobId: string, after: { line: number; seq: number } | null, limit: number): Promise<(RowError & { seq: number })[]> {
  let q = db
    .selectFrom('import_errors')
    .select(['line', 'seq', 'column_name', 'code', 'reason'])
    .where('job_id', '=', jobId)
    .orderBy('line')
    .orderBy('seq')
    .limit(limit);
  // A row-value comparison (both databases have them) walks the primary key from the cursor on.
  if (after) q = q.where((eb) => eb(eb.refTuple('line', 'seq'), '>', eb.tuple(after.line, after.seq)));
  const rows = await q.execute();
  return rows.map((r) => ({ line: r.line, seq: r.seq, column: r.column_name, code: r.code, reason: r.reason }));
}

/** Jobs that finished (or were created and never started) before `before`. */
export async function listImportJobsBefore(db: Kysely<Database>, before: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('import_jobs')
    .select('id')
    .where((eb) => eb.or([eb('finished_at', '<', before), eb.and([eb('status', '=', 'waiting'), eb('created_at', '<', before)])]))
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Deletes up to about `chunk` of a job's row errors (whole lines at a time, so the key stays simple),
 * then, once none are left, the job itself; true when the job is gone.
 */
export async function deleteImportJobChunk(db: Kysely<Database>, jobId: string, chunk: number): Promise<boolean> {
  const bound = await db.selectFrom('import_errors').select('line').where('job_id', '=', jobId).orderBy('line').orderBy('seq').offset(chunk).limit(1).executeTakeFirst();
  if (bound) {
    // Never nothing: the first line alone may hold more than a chunk.
    const first = await db.selectFrom('import_errors').select('line').where('job_id', '=', jobId).orderBy('line').limit(1).executeTakeFirst();
    await db.deleteFrom('import_errors').where('job_id', '=', jobId).where('line', '<', Math.max(bound.line, (first?.line ?? 0) + 1)).execute();
    return false;
  }
  await db.deleteFrom('import_errors').where('job_id', '=', jobId).execute();
  await db.deleteFrom('import_jobs').where('id', '=', jobId).execute();
  return true;
}
