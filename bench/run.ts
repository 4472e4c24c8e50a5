/**
 * `npm run bench`: Andon's speed as ratios to a bare node:http hello-world server measured in the
 * same run. This process is the load generator (autocannon); every server is a separate process,
 * over loopback. Prints `name: value` lines and writes the same keys to bench/results/latest.json.
 *
 * The baseline gets the same requests as the status look-up (the same paths and Authorization
 * header; it answers any path), so the generator does the same work for both. On two cores shared by
 * the generator and the server, both figures move with the machine: bare and status are measured
 * in alternating rounds (BENCH_ROUNDS, 5) and each figure is the median; the rounds' own ratios
 * are printed too (`status_ratio_rounds`).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/connect.ts';
import { migrateToLatest } from '#server/db/migrate.ts';
import { GroupCommitWriter } from '#server/db/writer.ts';
import { EventBus } from '#server/events.ts';
import { recordComplaint } from '#server/modules/complaints/complaints.service.ts';
import { createIssueCode } from '#server/modules/issue-codes/issue-codes.service.ts';
import { createRule } from '#server/modules/rules/rules.service.ts';
import { insertTarget } from '#server/modules/targets/targets.repository.ts';
import { issueToken } from '#server/modules/tokens/tokens.service.ts';
import { tokenScopes } from '#domain/access.ts';
import autocannon from 'autocannon';
import { measureCsvImport } from './csv-import.ts';
import { load } from './load.ts';
import { root, start } from './processes.ts';

const DURATION = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 2);
const TARGETS = 10_000;
const PULLS = Number(process.env['BENCH_PULLS'] ?? 300);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** A database with 10,000 products, a rule that pulls by itself, and one complaint on each pull target. */
async function seed(dataDir: string): Promise<string> {
  const config = loadConfig({ ANDON_DATA_DIR: dataDir });
  const database = await openDatabase(config);
  await migrateToLatest(database.writer);
  const writer = new GroupCommitWriter(database.writer, new EventBus(), 5000);
  const actor = { id: 'bench' };
  await writer.run((tx) => createIssueCode(tx, { code: 'bench_auto', nameZh: '基准', nameEn: 'Bench', counts: true, safetyCritical: false, active: true }), actor);
  await writer.run(
    (tx) =>
      createRule(tx, {
        name: 'bench auto',
        targetKind: null,
        issueCode: 'bench_auto',
        threshold: 2,
        windowDays: 30,
        mode: 'auto',
        inspectionDueHours: 24,
        rootCauseDueHours: 72,
        active: true,
      }),
    actor,
  );
  const now = new Date().toISOString();
  const refs = [...Array.from({ length: TARGETS }, (_, i) => `BENCH-${i}`), ...Array.from({ length: PULLS }, (_, i) => `PULL-${i}`)];
  await writer.runAll(
    refs.map((ref, i) => (tx) =>
      insertTarget(tx.db, {
        id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        ref,
        kind: 'product',
        name: `Bench product ${ref}`,
        organisationId: null,
        supplierTeamId: null,
        qualityTeamId: null,
        monthlyGmv: { amountMinor: 1_000_000, currency: 'CNY' },
        status: 'on_sale',
        onSale: true,
        statusReason: null,
        statusAndonId: null,
        statusChangedAt: null,
        statusVersion: 1,
        attributes: {},
        createdAt: now,
        updatedAt: now,
      }),
    ),
    actor,
  );
  await writer.runAll(
    Array.from({ length: PULLS }, (_, i) => (tx) =>
      recordComplaint(tx, { targetRef: `PULL-${i}`, customerRef: 'first', issueCode: 'bench_auto', text: 'first', recordedBy: 'bench' })),
    actor,
  );
  // The storefront and the helpdesk call with an API token, as in production.
  const issued = await writer.run(
    (tx) => issueToken(tx, { name: 'bench', scopes: [...tokenScopes], expiresInDays: 1 }, { ref: 'bench', grants: Object.fromEntries(tokenScopes.map((s) => [s, 'all'])) }),
    actor,
  );
  await writer.drain();
  await database.close();
  return issued.token;
}

/** The bare node:http baseline, kept running so it can be measured in turns with Andon. */
async function startBare() {
  const port = await freePort();
  return start(['bench/bare-server.mjs', String(port)], {}, port, '/');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const texts = [
  'The pages of the book were never cut',
  '书页没有裁开，好几页连在一起',
  'Arrived with a cracked lid and leaks at the base',
  '收到就坏了，无法开机',
  'Wrong colour sent, not what I ordered',
];
const codes = ['defective', 'defective', 'not_as_described', 'wrong_item', 'damaged_in_transit'];

async function main(): Promise<void> {
  const figures: Record<string, number | string> = {};
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-bench-'));
  console.log(`seeding ${TARGETS} targets in ${dataDir} …`);
  const auth = { authorization: `Bearer ${await seed(dataDir)}` };

  const bare = await startBare();
  const port = await freePort();
  const andon = await start(['bin/andon.js', 'serve'], { ANDON_DATA_DIR: dataDir, PORT: String(port), ANDON_LOG_LEVEL: 'warn' }, port, '/api/v1/health');
  let bareRps = 0;
  try {
    console.log('measuring bare node:http and the status look-up, in turns …');
    // The same fixed requests for both (the baseline answers any path): the generator does the same
    // work either way. Two cores are shared by the generator and the server, so the machine's
    // moods move both figures: the two are measured in alternating rounds and each is the median.
    const statusRequests: autocannon.Request[] = Array.from({ length: 1000 }, (_, i) => ({ path: `/api/v1/status/BENCH-${(i * 7919) % TARGETS}`, headers: auth }));
    await load({ url: bare.url, duration: WARMUP, requests: statusRequests });
    await load({ url: andon.url, duration: WARMUP, requests: statusRequests });
    const round = Math.max(2, Math.round(DURATION / 3));
    const bareRounds: number[] = [];
    const statusRounds: Awaited<ReturnType<typeof load>>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      bareRounds.push((await load({ url: bare.url, duration: round, requests: statusRequests })).rps);
      statusRounds.push(await load({ url: andon.url, duration: round, requests: statusRequests }));
    }
    await bare.stop();
    bareRps = median(bareRounds);
    const status = [...statusRounds].sort((a, b) => a.rps - b.rps)[Math.floor(ROUNDS / 2)]!;
    figures['bare_rps'] = Math.round(bareRps);
    figures['status_rps'] = Math.round(status.rps);
    figures['status_ratio'] = +(status.rps / bareRps).toFixed(3);
    figures['status_p99_ms'] = status.p99;
    figures['status_ratio_rounds'] = statusRounds.map((s, i) => +(s.rps / bareRounds[i]!).toFixed(3)).join(' ');

    const batchBody = JSON.stringify({ refs: Array.from({ length: 100 }, (_, i) => `BENCH-${i * 97}`) });
    const batch = await load({
      url: `${andon.url}/api/v1/status/batch`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: batchBody,
      duration: Math.max(3, DURATION / 2),
    });
    figures['status_batch100_ids_per_s'] = Math.round(batch.rps * 100);

    console.log('measuring complaint intake …');
    // Each request a new complaint (its own external id and customer) over the 10,000 targets; the
    // generator only joins two prebuilt halves around a counter.
    const halves = Array.from({ length: 1000 }, (_, i) => {
      const k = (i * 7919) % 5;
      return [
        `{"targetRef":"BENCH-${(i * 31) % TARGETS}","issueCode":"${codes[k]}","text":"${texts[k]}","channel":"chat","recordedBy":"agent-${i % 50}","orderRef":"O-${i}","externalId":"bench-${process.pid}-`,
        `"}`,
      ] as const;
    });
    let n = 0;
    const ingestRequests: autocannon.Request[] = [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        setupRequest: (req) => {
          const i = n++;
          const [head, tail] = halves[i % 1000]!;
          req.body = `${head}${i}","customerRef":"cust-${i}${tail}`;
          return req;
        },
      },
    ];
    await load({ url: `${andon.url}/api/v1/complaints`, duration: WARMUP, requests: ingestRequests });
    const ingest = await load({ url: `${andon.url}/api/v1/complaints`, duration: DURATION, requests: ingestRequests });
    if (ingest.non2xx > 0 || ingest.errors > 0) figures['ingest_failed_requests'] = ingest.non2xx + ingest.errors;
    figures['ingest_rps'] = Math.round(ingest.rps);
    figures['ingest_ratio'] = +(ingest.rps / bareRps).toFixed(3);
    figures['ingest_p99_ms'] = ingest.p99;

    console.log(`measuring pull visibility (${PULLS} pulls while the storefront keeps asking) …`);
    const background = autocannon({ url: andon.url, connections: 16, duration: 3600, requests: statusRequests }, () => {});
    const visible: number[] = [];
    for (let i = 0; i < PULLS; i++) {
      const res = await fetch(`${andon.url}/api/v1/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ targetRef: `PULL-${i}`, customerRef: 'second', issueCode: 'bench_auto', text: 'second', recordedBy: 'bench' }),
      });
      const body = (await res.json()) as { action: string };
      const acked = performance.now();
      if (body.action !== 'auto_pulled') throw new Error(`expected an automatic pull, got ${JSON.stringify(body).slice(0, 200)}`);
      for (;;) {
        const status = (await (await fetch(`${andon.url}/api/v1/status/PULL-${i}`, { headers: auth })).json()) as { onSale: boolean };
        if (!status.onSale) break;
      }
      visible.push(performance.now() - acked);
    }
    figures['pull_visible_p50_ms'] = +percentile(visible, 50).toFixed(3);
    figures['pull_visible_p99_ms'] = +percentile(visible, 99).toFixed(3);
    background.stop();
  } finally {
    await bare.stop();
    await andon.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const matching = path.join(root, 'bench', 'matching.ts');
  if (fs.existsSync(matching)) {
    console.log('measuring complaint matching …');
    const { benchMatching } = (await import(matching)) as { benchMatching: () => Promise<Record<string, number>> };
    Object.assign(figures, await benchMatching());
  }

  // The CSV import: a million rows (BENCH_CSV_ROWS) streamed in a separate process; a tenth first,
  // so the two peaks show whether memory grows with the file.
  const csvRows = Number(process.env['BENCH_CSV_ROWS'] ?? 1_000_000);
  if (csvRows > 0) {
    console.log(`measuring the CSV import (${Math.round(csvRows / 10)} then ${csvRows} rows) …`);
    const small = await measureCsvImport(Math.max(1, Math.round(csvRows / 10)));
    const large = await measureCsvImport(csvRows);
    figures['csv_import_rows'] = large.rows;
    figures['csv_import_rows_per_s'] = large.rowsPerSecond;
    figures['csv_import_peak_rss_mb'] = large.peakRssMb;
    figures['csv_import_peak_rss_mb_tenth'] = small.peakRssMb;
    figures['csv_import_file_mb'] = large.fileMb;
    if (large.failed > 0) figures['csv_import_failed_rows'] = large.failed;
  }

  figures['cpus'] = os.cpus().length;
  figures['node'] = process.version;
  figures['load_generator'] = 'autocannon, 64 connections, separate process, loopback';
  console.log('');
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'latest.json'), JSON.stringify(figures, null, 2) + '\n');
  process.exit(0);
}

await main();
