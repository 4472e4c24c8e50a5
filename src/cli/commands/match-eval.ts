import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { TfidfBaselineMatcher } from '#domain/matching/baseline.ts';
import { evaluateMatcher, type LabelledComplaint } from '#domain/matching/evaluate.ts';
import { LexicalMatcher } from '#domain/matching/matcher.ts';
import { UsageError } from '../runtime.ts';
import { printJson } from '../parse.ts';

type Flags = Record<string, string | boolean | undefined>;

function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(
      `--${name} is required: andon match-eval --csv FILE --entity COLUMN --label COLUMN --text COLUMN [--lang zh|en]`,
    );
  }
  return value;
}

/** Streams the labelled rows of a CSV (header row first); rows missing the entity, label or text are skipped. */
async function readLabelledCsv(
  file: string,
  columns: { entity: string; label: string; text: string },
  exclude: RegExp | null,
): Promise<{ complaints: LabelledComplaint[]; skipped: number; excluded: number }> {
  const complaints: LabelledComplaint[] = [];
  let skipped = 0;
  let excluded = 0;
  let checked = false;
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  for await (const row of parser as AsyncIterable<Record<string, string | undefined>>) {
    if (!checked) {
      for (const column of Object.values(columns)) {
        if (!(column in row))
          throw new UsageError(
            `column "${column}" is not in ${file} (columns: ${Object.keys(row).join(', ')})`,
          );
      }
      checked = true;
    }
    const entity = row[columns.entity]?.trim() ?? '';
    const label = row[columns.label]?.trim() ?? '';
    const text = row[columns.text]?.trim() ?? '';
    if (!entity || !label || !text) {
      skipped++;
      continue;
    }
    if (exclude?.test(entity)) {
      excluded++;
      continue;
    }
    complaints.push({ entity, label, text });
  }
  return { complaints, skipped, excluded };
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/**
 * `andon match-eval --csv FILE --entity COL --label COL --text COL [--lang zh|en] [--exclude REGEX]`:
 * "same problem" figures of the lexical matcher and of a plain TF-IDF baseline on a labelled CSV, as JSON.
 * Rows are taken in file order as arrival order; each matcher calibrates its own threshold on the texts.
 */
export async function matchEval(flags: Flags): Promise<void> {
  const file = required(flags, 'csv');
  const columns = {
    entity: required(flags, 'entity'),
    label: required(flags, 'label'),
    text: required(flags, 'text'),
  };
  const lang = flags['lang'];
  if (lang !== undefined && lang !== 'zh' && lang !== 'en')
    throw new UsageError('--lang must be zh or en (the matcher reads both either way)');
  let exclude: RegExp | null = null;
  if (typeof flags['exclude'] === 'string') {
    try {
      exclude = new RegExp(flags['exclude'], 'i');
    } catch (error) {
      throw new UsageError(`--exclude is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  const { complaints, skipped, excluded } = await readLabelledCsv(file, columns, exclude).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
      throw error;
    },
  );
  if (complaints.length < 2) throw new UsageError(`${file} has fewer than two usable rows`);

  const ours = await evaluateMatcher(complaints, new LexicalMatcher());
  const baseline = await evaluateMatcher(complaints, new TfidfBaselineMatcher());
  const m = ours.metrics;
  const b = baseline.metrics;
  printJson({
    precision: round(m.precision),
    recall: round(m.recall),
    f1: round(m.f1),
    p_at_1: round(m.p_at_1),
    mrr: round(m.mrr),
    baseline_f1: round(b.f1),
    baseline_p_at_1: round(b.p_at_1),
    complaints_per_s: Math.round(complaints.length / (ours.elapsedMs / 1000)),
    baseline_precision: round(b.precision),
    baseline_recall: round(b.recall),
    baseline_mrr: round(b.mrr),
    average_precision: round(m.average_precision),
    baseline_average_precision: round(b.average_precision),
    oracle_f1: round(m.oracle_f1),
    baseline_oracle_f1: round(b.oracle_f1),
    threshold: round(m.threshold, 5),
    baseline_threshold: round(b.threshold, 5),
    calibration: ours.calibration.method,
    baseline_calibration: baseline.calibration.method,
    complaints: complaints.length,
    entities: new Set(complaints.map((c) => c.entity)).size,
    pairs: m.pairs,
    same_pairs: m.same_pairs,
    queries: m.queries,
    skipped_rows: skipped,
    excluded_rows: excluded,
    lang: lang ?? 'auto',
  });
}
