import { describe, expect, it } from 'vitest';
import { testDialects } from '#test/helpers/db.ts';
import { measureCsvImport } from '../bench/csv-import.ts';

// `npm run bench` imports a million rows; the suite imports CSV_TEST_ROWS (200,000) the same way,
// in a separate process, and checks that every row arrived and memory stayed bounded.
const rows = Number(process.env['CSV_TEST_ROWS'] ?? 200_000);

describe.runIf(testDialects().includes('sqlite'))('a large CSV through `andon import` (sqlite)', () => {
  it(`imports ${rows} rows, every one, within bounded memory`, { timeout: 300_000 }, async () => {
    const figures = await measureCsvImport(rows);
    expect(figures.rows).toBe(rows);
    expect(figures.failed).toBe(0);
    // The process's own baseline (modules, SQLite's cache) is about 250 MB; the file is never held.
    expect(figures.peakRssMb).toBeLessThan(600);
    expect(figures.fileMb).toBeGreaterThan(10);
  });
});
