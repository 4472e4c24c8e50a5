import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './process.ts';

export const webDist = path.join(root, 'web', 'dist');

/** What the built app is made from: a change to any of these makes web/dist stale. */
const inputs = [
  'web/index.html',
  'web/vite.config.ts',
  'web/public',
  'web/src',
  'src/domain',
  'src/server/events.ts',
  'package-lock.json',
];

function newestMtime(p: string): number {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function isFresh(): boolean {
  const built = fs.statSync(path.join(webDist, 'index.html'), { throwIfNoEntry: false });
  return !!built && built.mtimeMs >= Math.max(...inputs.map((i) => newestMtime(path.join(root, i))));
}

/**
 * Builds the web app (vite build) unless web/dist is newer than its sources. Test files running in
 * parallel take turns through a lock directory, so only one of them builds.
 */
export async function ensureWebBuild(): Promise<void> {
  const lock = path.join(
    os.tmpdir(),
    `andon-web-build-${createHash('sha1').update(root).digest('hex').slice(0, 10)}.lock`,
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a crashed run
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (isFresh()) return;
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    const run = spawnSync(
      process.execPath,
      [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
      { cwd: root, env, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface InitialJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/** The JavaScript a first visit loads before anything is clicked: index.html's module script and its preloads. */
export function initialJs(): InitialJs {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(srcs)].map((src) => {
    const content = fs.readFileSync(path.join(webDist, src.replace(/^\//, '')));
    return { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
