/**
 * The million-row CSV import: a generated targets file streamed through `andon import` in a
 * separate process (its own memory), reporting rows/s and the process's peak RSS. A smaller run
 * first shows that memory does not grow with the file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { root } from './processes.ts';

export interface CsvFigures {
  rows: number;
  rowsPerSecond: number;
  peakRssMb: number;
  failed: number;
  fileMb: number;
}

/** Writes a targets CSV of `rows` rows (a sprinkle of Chinese names and JSON attributes), streamed. */
async function writeCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write('ref,kind,name,gmvMinor,currency,attributes\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const name = i % 7 === 0 ? `《石头记》精装 第${i}版` : `Product ${i}, hardback`;
    chunk += `BULK-${i},product,"${name}",${(i % 1000) * 10000},CNY,"{""batch"":""${i % 97}""}"\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Imports a generated file of `rows` targets into a fresh SQLite database in a child process. */
export async function measureCsvImport(rows: number): Promise<CsvFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-csv-bench-'));
  try {
    const file = path.join(dir, 'targets.csv');
    await writeCsv(file, rows);
    const child = spawn(process.execPath, ['bin/andon.js', 'import', 'targets', file, '--json'], {
      cwd: root,
      env: { ...process.env, ANDON_DATA_DIR: path.join(dir, 'data'), ANDON_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const [code] = (await once(child, 'exit')) as [number];
    if (code !== 0) throw new Error(`andon import failed (${code}): ${stderr || stdout}`);
    const summary = JSON.parse(stdout.trim().split('\n').pop()!) as { rows: number; rowsPerSecond: number; peakRssMb: number; failed: number };
    return { rows: summary.rows, rowsPerSecond: summary.rowsPerSecond, peakRssMb: summary.peakRssMb, failed: summary.failed, fileMb: +(fs.statSync(file).size / 1e6).toFixed(1) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await measureCsvImport(Number(process.argv[2] ?? 100_000)));
}
