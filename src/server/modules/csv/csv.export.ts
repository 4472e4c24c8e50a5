import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type CsvKind, kinds } from './csv.kinds.ts';

/** Every row of a kind, page by page (bounded memory whatever the table's size). */
export async function* exportRows(kind: CsvKind, db: Kysely<Database>, pageSize = 1000): AsyncGenerator<Record<string, unknown>> {
  let cursor: string | null = null;
  do {
    const page = await kinds[kind].page(db, cursor, pageSize);
    yield* page.rows;
    cursor = page.next;
  } while (cursor !== null);
}

/**
 * A kind as a CSV stream: the import's columns first (so an export imports back as it is), then
 * the read-only ones. Streams as the client reads: a slow reader holds back the database reads.
 */
export function exportCsv(kind: CsvKind, db: Kysely<Database>, onRow?: () => void): Readable {
  const spec = kinds[kind];
  const rows = Readable.from(exportRows(kind, db));
  if (onRow) rows.on('data', onRow);
  const csv = stringify({ header: true, columns: [...spec.columns, ...spec.exportOnly], cast: { boolean: (b) => (b ? 'true' : 'false') } });
  rows.on('error', (e) => csv.destroy(e));
  return rows.pipe(csv);
}
