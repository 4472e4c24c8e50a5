import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Locale } from '#i18n/index.ts';
import { exportCsv } from '#server/modules/csv/csv.export.ts';
import { importCsv } from '#server/modules/csv/csv.import.ts';
import { type CsvKind, csvKinds } from '#server/modules/csv/csv.kinds.ts';
import { openSession, t, UsageError } from '../runtime.ts';

function kindOf(value: string | undefined): CsvKind {
  if (!value || !(csvKinds as readonly string[]).includes(value)) throw new UsageError(`give what to import or export: ${csvKinds.join(', ')}`);
  return value as CsvKind;
}

/**
 * `andon import KIND FILE`: streams the file through the import in bounded memory, with a
 * progress bar on a terminal; row errors go to FILE.errors.csv (or --errors), never skipped.
 */
export async function importCommand(kindArg: string | undefined, file: string | undefined, flags: { errors?: string | undefined; json?: boolean | undefined }, locale: Locale): Promise<void> {
  const kind = kindOf(kindArg);
  if (!file) throw new UsageError('give the CSV file to import');
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const total = fs.statSync(file).size;
  const errorsFile = flags.errors ?? `${file.replace(/\.csv$/i, '')}.errors.csv`;
  const session = await openSession();
  const bar = process.stderr.isTTY && !flags.json ? new cliProgress.SingleBar({ format: `${kind} {bar} {percentage}% | {rows} rows | {imported} imported | {failed} errors | {speed} rows/s | ETA {eta}s`, hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  const started = performance.now();
  bar?.start(total, 0, { rows: 0, imported: 0, failed: 0, speed: 0 });
  try {
    const summary = await importCsv(kind, fs.createReadStream(file, { highWaterMark: 256 * 1024 }), {
      writer: session.writer,
      actor: { id: 'cli', via: 'cli' },
      locale,
      errors: fs.createWriteStream(errorsFile),
      matching: kind === 'complaints' ? await session.matching() : undefined,
      onProgress: (p) => bar?.update(p.bytes, { rows: p.rows, imported: p.imported, failed: p.failed, speed: Math.round(p.rows / ((performance.now() - started) / 1000)) }),
    });
    bar?.update(total);
    bar?.stop();
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    if (flags.json) {
      console.log(JSON.stringify({ kind, ...summary, rowsPerSecond: Math.round(summary.rows / summary.seconds), peakRssMb, errorsFile }));
    } else {
      console.log(t(locale, 'csv.done', { kind, rows: summary.rows, imported: summary.imported, errors: summary.failed, seconds: summary.seconds.toFixed(1) }));
      if (summary.failed > 0 || summary.status === 'failed') console.log(t(locale, 'csv.errorsAt', { file: errorsFile }));
    }
    if (summary.status === 'failed') process.exitCode = 1;
  } finally {
    bar?.stop();
    await session.close();
  }
}

/** `andon export KIND [FILE]`: every row as CSV, to the file or standard output. */
export async function exportCommand(kindArg: string | undefined, file: string | undefined, locale: Locale): Promise<void> {
  const kind = kindOf(kindArg);
  const session = await openSession();
  let rows = 0;
  try {
    try {
      await pipeline(
        exportCsv(kind, session.database.db, () => rows++),
        file ? fs.createWriteStream(file) : process.stdout,
      );
    } catch (error) {
      // A reader that stops early (`| head`) is not a failure.
      if ((error as { code?: string }).code !== 'EPIPE') throw error;
    }
    if (file) console.error(t(locale, 'csv.exported', { rows, kind, file }));
  } finally {
    await session.close();
  }
}
