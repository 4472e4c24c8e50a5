import { Transform, type Readable, type Writable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { AndonError } from '#domain/errors.ts';
import { type Locale, translate, hasMessage } from '#i18n/index.ts';
import type { Actor, Writer } from '../../db/writer.ts';
import { zodMessage } from '../../http/problem.ts';
import type { MatchingEngine } from '../matching/matching.engine.ts';
import { type CsvKind, kinds } from './csv.kinds.ts';

/** One row's problem: the file's line, the column (empty for the whole row), a stable code and the reason in words. */
export interface RowError {
  line: number;
  column: string;
  code: string;
  reason: string;
}

export interface ImportProgress {
  rows: number;
  imported: number;
  failed: number;
  bytes: number;
}

export interface ImportSummary extends ImportProgress {
  status: 'done' | 'failed';
  seconds: number;
}

export interface ImportOptions {
  writer: Writer;
  actor: Actor;
  locale: Locale;
  /** Row errors, written as CSV (line, column, code, reason) as they are found. */
  errors?: Writable | undefined;
  /**
   * Row errors handed over in groups as they are found (at most a few hundred held at a time);
   * reading waits while a group is taken.
   */
  onErrors?: ((rows: RowError[]) => Promise<void>) | undefined;
  /** Stops the import: reading ends and the import rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  onProgress?: ((p: ImportProgress) => void) | undefined;
  /** Rows per group of commands (each row its own unit of work, grouped into shared commits). */
  batchSize?: number | undefined;
  matching?: MatchingEngine | undefined;
}

function reasonOf(error: unknown, locale: Locale): { column: string; code: string; reason: string }[] {
  if (error instanceof AndonError) {
    const title = translate(locale, `errors.${error.code}.title`);
    if (error.issues.length === 0) return [{ column: '', code: error.code, reason: `${title}: ${translate(locale, `errors.${error.code}.detail`, error.params)}` }];
    return error.issues.map((i) => ({
      column: String(i.path[0] ?? ''),
      code: i.code,
      reason: hasMessage(`fields.${i.code}`) ? `${title}: ${translate(locale, `fields.${i.code}`, i.params)}` : `${title}: ${translate(locale, `errors.${error.code}.detail`, error.params)}`,
    }));
  }
  return [{ column: '', code: 'storage', reason: translate(locale, 'csv.reasons.storage') }];
}

/** Row errors gathered into groups for a sink that takes them one group at a time, in order. */
class ErrorGroups {
  #rows: RowError[] = [];
  #last: Promise<void> = Promise.resolve();

  constructor(
    private readonly take: (rows: RowError[]) => Promise<void>,
    private readonly size = 500,
  ) {}

  push(row: RowError): void {
    this.#rows.push(row);
  }

  get full(): boolean {
    return this.#rows.length >= this.size;
  }

  get overflowing(): boolean {
    return this.#rows.length >= this.size * 4;
  }

  /** Hands over what is gathered; resolves when every group so far is taken (rejects if one was not). */
  flush(): Promise<void> {
    if (this.#rows.length > 0) {
      const rows = this.#rows;
      this.#rows = [];
      this.#last = this.#last.then(() => this.take(rows));
    }
    return this.#last;
  }

  settled(): Promise<void> {
    return this.#last.catch(() => {});
  }
}

/**
 * Imports a CSV stream of one kind, in bounded memory: rows are parsed as they arrive, validated
 * with the API's own schemas, and written in groups through the writer (each row its own unit of
 * work, with its audit event; SQLite commits a group at once). Reading waits while a group is
 * written, so a million-row file never sits in memory. Every row is imported or reported —
 * line, column, reason — never skipped silently; a malformed record is reported and parsing goes on.
 */
export async function importCsv(kind: CsvKind, input: Readable, options: ImportOptions): Promise<ImportSummary> {
  const spec = kinds[kind];
  const started = performance.now();
  const progress: ImportProgress = { rows: 0, imported: 0, failed: 0, bytes: 0 };
  const report = options.errors ? stringify({ header: true, columns: ['line', 'column', 'code', 'reason'] }) : null;
  const reportDone = report && options.errors ? new Promise<void>((resolve, reject) => report.pipe(options.errors!).on('finish', resolve).on('error', reject)) : Promise.resolve();
  const failedLines = new Set<number>();
  const sink = options.onErrors ? new ErrorGroups(options.onErrors) : null;
  const fail = (line: number, column: string, code: string, reason: string) => {
    if (!failedLines.has(line) && line > 1) {
      failedLines.add(line);
      progress.failed++;
    }
    report?.write({ line, column, code, reason } satisfies RowError);
    sink?.push({ line, column, code, reason });
  };
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      progress.bytes += chunk.length;
      // Malformed records are reported while parsing: a file of nothing else waits here for its errors to be taken.
      if (sink?.overflowing) sink.flush().then(() => done(null, chunk), done);
      else done(null, chunk);
    },
  });
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (!err) return;
      progress.rows++;
      const key = `csv.reasons.parse.${(err as { code?: string }).code}`;
      const detail = hasMessage(key) ? translate(options.locale, key) : err.message;
      fail(Number((err as { lines?: number }).lines ?? 0), '', 'malformed', translate(options.locale, 'csv.reasons.malformed', { detail }));
    },
  });
  input.on('error', (e) => parser.destroy(e));
  counter.on('error', (e) => parser.destroy(e));
  const abort = () => parser.destroy(options.signal?.reason instanceof Error ? options.signal.reason : new Error('import stopped'));
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  input.pipe(counter).pipe(parser);

  // A batch command takes a whole group in one unit of work: bigger groups, fewer commits.
  const batchSize = options.batchSize ?? (spec.batch ? 5000 : 1000);
  let header: string[] | null = null;
  let batch: { line: number; input: unknown }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    let results: { ok: boolean; error?: unknown }[] | null = null;
    if (spec.batch) {
      // The whole group in one unit of work; should it fail as a whole, each row is tried on its own.
      results = await options.writer.run(spec.batch(current.map((r) => r.input)), options.actor).catch(() => null);
    }
    results ??= (
      await options.writer.runAll(
        current.map((r) => spec.command(r.input, { matching: options.matching })),
        options.actor,
      )
    ).map((r) => (r.status === 'fulfilled' ? { ok: true } : { ok: false, error: r.reason }));
    results.forEach((r, i) => {
      if (r.ok) progress.imported++;
      else for (const e of reasonOf(r.error, options.locale)) fail(current[i]!.line, e.column, e.code, e.reason);
    });
    await sink?.flush();
    options.onProgress?.({ ...progress });
  };
  let status: ImportSummary['status'] = 'done';
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (!header) {
        header = record.map((h) => h.trim());
        const known = new Set([...spec.columns, ...spec.exportOnly]);
        for (const h of header) if (!known.has(h)) fail(line, h, 'unknown_column', translate(options.locale, 'csv.reasons.unknown_column', { column: h }));
        const missing = spec.required.filter((c) => !header!.includes(c));
        for (const c of missing) fail(line, c, 'missing_column', translate(options.locale, 'csv.reasons.missing_column', { column: c }));
        if (missing.length > 0) {
          status = 'failed';
          break;
        }
        continue;
      }
      progress.rows++;
      const row: Record<string, string> = {};
      header.forEach((h, i) => {
        if (spec.columns.includes(h) && record[i] !== undefined) row[h] = record[i]!;
      });
      // Rows read so far, between groups too (a caller shows them; a group of 5000 takes a while).
      if (progress.rows % 256 === 0) options.onProgress?.({ ...progress });
      const parsed = spec.parse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) fail(line, String(issue.path[0] ?? ''), 'invalid', translate(options.locale, 'csv.reasons.invalid', { detail: zodMessage(issue, options.locale) }));
        if (sink?.full) await sink.flush();
        continue;
      }
      batch.push({ line, input: parsed.data });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await sink?.flush();
  } finally {
    options.signal?.removeEventListener('abort', abort);
    input.unpipe();
    parser.destroy();
    report?.end();
    await reportDone;
    // An error taken while failing is not worth a second error.
    await sink?.settled();
  }
  return { ...progress, status, seconds: (performance.now() - started) / 1000 };
}
