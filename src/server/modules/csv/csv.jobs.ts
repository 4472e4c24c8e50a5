import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { type Locale, translate } from '#i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor, Writer } from '../../db/writer.ts';
import type { ImportProgress, ImportSummary, RowError } from './csv.import.ts';
import type { CsvKind } from './csv.kinds.ts';
import {
  deleteImportJobChunk,
  failAbandonedImportJobs,
  findImportJob,
  finishImportJob,
  type ImportJobRow,
  insertImportErrors,
  insertImportJob,
  listImportErrorsPage,
  listImportJobsBefore,
  recordImportProgress,
  startImportJob,
} from './import-jobs.repository.ts';

/** Why a job failed as a whole: its instance stopped mid-import, or the upload or the database failed. */
export type ImportFailure = 'abandoned' | 'interrupted';

export interface ImportJob extends ImportProgress {
  id: string;
  kind: CsvKind;
  owner: string;
  status: 'waiting' | 'running' | 'done' | 'failed';
  /** The upload's size when the client said it (Content-Length), for a percentage. */
  totalBytes: number | null;
  createdAt: string;
  finishedAt: string | null;
  seconds: number | null;
  failure: ImportFailure | null;
}

export interface ImportJobsOptions {
  /** Finished jobs (and jobs never started) are deleted, with their row errors, this long after. */
  retentionMs: number;
  /** A running job whose heartbeat is older than this has lost its instance: it is shown failed. */
  staleMs?: number;
  /** How often a running job's progress is written (when it changed). */
  progressMs?: number;
  /** How often a running job's heartbeat is written when nothing changed (a stalled upload). */
  heartbeatMs?: number;
  log?: (error: unknown) => void;
}

const SYSTEM: Actor = { id: 'csv-import' };
/** Row errors read per query of a download. */
const PAGE = 2000;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function jobOf(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    kind: row.kind as CsvKind,
    owner: row.owner,
    status: row.status as ImportJob['status'],
    rows: Number(row.rows),
    imported: Number(row.imported),
    failed: Number(row.failed),
    bytes: Number(row.bytes),
    totalBytes: row.total_bytes === null ? null : Number(row.total_bytes),
    createdAt: iso(row.created_at)!,
    finishedAt: iso(row.finished_at),
    seconds: row.seconds === null ? null : Number(row.seconds),
    failure: row.failure as ImportFailure | null,
  };
}

/** The import was stopped because another instance declared its job abandoned. */
export class ImportJobLost extends Error {}

/**
 * CSV import jobs, shared by every instance on the database: a job is created, then fed by one
 * upload (on whichever instance receives it) that streams through the import, writing its progress
 * and row errors as it goes, while the client polls any instance. A job whose instance stops
 * mid-import shows as failed once its heartbeat is `staleMs` old; jobs are deleted `retentionMs`
 * after they finish.
 */
export class ImportJobs {
  readonly #staleMs: number;
  #lastSweep = 0;
  #sweeping: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly writer: Writer,
    private readonly options: ImportJobsOptions,
  ) {
    this.#staleMs = options.staleMs ?? 120_000;
  }

  async create(kind: CsvKind, owner: string, actor: Actor): Promise<ImportJob> {
    this.#sweepNowAndThen();
    const now = new Date().toISOString();
    const row: ImportJobRow = { id: uuidv7(), kind, owner, status: 'waiting', rows: 0, imported: 0, failed: 0, bytes: 0, total_bytes: null, failure: null, created_at: now, started_at: null, finished_at: null, seconds: null, updated_at: now };
    await this.writer.run((tx) => insertImportJob(tx.db, row), actor);
    return jobOf(row);
  }

  /** A job as stored; a running one whose instance stopped is marked failed first. */
  async get(id: string): Promise<ImportJob | undefined> {
    const row = await findImportJob(this.db, id);
    if (!row) return undefined;
    if (row.status === 'running' && Date.parse(iso(row.updated_at)!) < Date.now() - this.#staleMs) {
      await this.writer.run((tx) => failAbandonedImportJobs(tx.db, this.#staleBefore(tx.now), id), SYSTEM);
      return this.get(id);
    }
    return jobOf(row);
  }

  /** Takes a waiting job for an upload; null when it is not waiting any more (another upload took it). */
  async start(job: ImportJob, totalBytes: number | null, actor: Actor): Promise<ImportRun | null> {
    const started = await this.writer.run((tx) => startImportJob(tx.db, job.id, totalBytes, tx.now.toISOString()), actor);
    return started ? new ImportRun(this.writer, job.id, actor, this.options) : null;
  }

  /** The row errors as CSV (line, column, code, reason), read from the database a page at a time. */
  errorsCsv(job: ImportJob, locale: Locale): Readable {
    const db = this.db;
    async function* records(): AsyncGenerator<RowError> {
      // The job's own failure heads the report, worded for the reader.
      if (job.failure) yield { line: 0, column: '', code: job.failure, reason: translate(locale, `csv.reasons.${job.failure}`) };
      let after: { line: number; seq: number } | null = null;
      for (;;) {
        const page = await listImportErrorsPage(db, job.id, after, PAGE);
        for (const { seq: _seq, ...error } of page) yield error;
        if (page.length < PAGE) return;
        after = page[page.length - 1]!;
      }
    }
    const out = stringify({ header: true, columns: ['line', 'column', 'code', 'reason'] });
    // An error while reading ends the download (pipeline destroys the output with it).
    pipeline(Readable.from(records()), out, () => {});
    return out;
  }

  /** Marks abandoned jobs failed and deletes jobs past the retention, a chunk at a time. */
  async sweep(now = new Date()): Promise<{ abandoned: number; deleted: number }> {
    const abandoned = await this.writer.run((tx) => failAbandonedImportJobs(tx.db, this.#staleBefore(now)), SYSTEM);
    const before = new Date(now.getTime() - this.options.retentionMs).toISOString();
    let deleted = 0;
    for (;;) {
      const ids = await listImportJobsBefore(this.db, before, 20);
      for (const id of ids) {
        let gone = false;
        while (!gone) gone = await this.writer.run((tx) => deleteImportJobChunk(tx.db, id, 10_000), SYSTEM);
      }
      deleted += ids.length;
      if (ids.length < 20) return { abandoned, deleted };
    }
  }

  #staleBefore(now: Date): string {
    return new Date(now.getTime() - this.#staleMs).toISOString();
  }

  /** At most once a minute per instance, in the background: creating a job never waits for it. */
  #sweepNowAndThen(): void {
    if (this.#sweeping || Date.now() - this.#lastSweep < 60_000) return;
    this.#lastSweep = Date.now();
    this.#sweeping = this.sweep()
      .then(() => {}, this.options.log ?? (() => {}))
      .finally(() => (this.#sweeping = null));
  }

  /** Waits for a sweep in progress (closing the app). */
  async settle(): Promise<void> {
    await this.#sweeping;
  }
}

/**
 * One upload's writes to its job: the progress at most every `progressMs` and at the end, a
 * heartbeat while nothing changes, and the row errors in groups, numbered in the order found.
 * Should another instance have declared the job abandoned meanwhile, `signal` stops the import.
 */
export class ImportRun {
  readonly #abort = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #heartbeatMs: number;
  #latest: ImportProgress = { rows: 0, imported: 0, failed: 0, bytes: 0 };
  #written = '';
  #writtenAt = Date.now();
  #writing: Promise<void> | null = null;
  #seq = 0;
  readonly #started = performance.now();

  constructor(
    private readonly writer: Writer,
    readonly jobId: string,
    private readonly actor: Actor,
    options: ImportJobsOptions,
  ) {
    this.#heartbeatMs = options.heartbeatMs ?? 15_000;
    this.#timer = setInterval(() => this.#tick(), options.progressMs ?? 1000);
    this.#timer.unref();
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  progress(p: ImportProgress): void {
    this.#latest = p;
  }

  errors(rows: RowError[]): Promise<void> {
    const numbered = rows.map((r) => ({ ...r, seq: this.#seq++ }));
    return this.writer.run((tx) => insertImportErrors(tx.db, this.jobId, numbered), this.actor);
  }

  #tick(): void {
    if (this.#writing) return;
    const progress = this.#latest;
    const key = JSON.stringify(progress);
    if (key === this.#written && Date.now() - this.#writtenAt < this.#heartbeatMs) return;
    this.#writing = this.writer
      .run((tx) => recordImportProgress(tx.db, this.jobId, progress, tx.now.toISOString()), this.actor)
      .then((running) => {
        this.#written = key;
        this.#writtenAt = Date.now();
        if (!running) this.#abort.abort(new ImportJobLost(`import ${this.jobId} was declared abandoned`));
      })
      // A write that failed is tried again at the next tick; a long outage makes the job abandoned.
      .catch(() => {})
      .finally(() => (this.#writing = null));
  }

  /** The end: the summary when the import finished, null when it broke off; false when the job was no longer this run's. */
  async finish(summary: ImportSummary | null): Promise<boolean> {
    clearInterval(this.#timer);
    await this.#writing;
    if (this.#abort.signal.aborted) return false;
    const end = summary
      ? { ...summary, failure: null }
      : { ...this.#latest, status: 'failed' as const, failure: 'interrupted' as const, seconds: (performance.now() - this.#started) / 1000 };
    return this.writer.run((tx) => finishImportJob(tx.db, this.jobId, end, tx.now.toISOString()), this.actor);
  }
}
