import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Locale } from '#i18n/index.ts';
import { loadConfig } from '#server/config.ts';
import { t, UsageError } from '../runtime.ts';

/** The file `andon serve` writes its process id to while it holds a SQLite database. */
export function pidFileOf(dataDir: string): string {
  return path.join(dataDir, 'andon.pid');
}

/** The pid of a live server holding the database, if any (a stale file from a crash is ignored). */
export function runningServer(dataDir: string): number | null {
  const file = pidFileOf(dataDir);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM' ? pid : null;
  }
}

/**
 * `andon backup FILE`: SQLite's online backup API copies the database page by page while the
 * server keeps running; the copy is one consistent snapshot. PostgreSQL: its own tools.
 */
export async function backup(file: string | undefined, locale: Locale): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) throw new UsageError(t(locale, 'ops.postgresBackup'));
  if (!file) throw new UsageError('give the file to write the backup to');
  if (!fs.existsSync(config.sqliteFile)) throw new UsageError(`no database at ${config.sqliteFile}`);
  const db = new BetterSqlite3(config.sqliteFile, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(file);
  } finally {
    db.close();
  }
  console.log(t(locale, 'ops.backedUp', { source: config.sqliteFile, file, bytes: fs.statSync(file).size }));
}

function checkBackup(file: string, locale: Locale): void {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('quick_check', { simple: true });
    if (ok !== 'ok') throw new Error(String(ok));
    db.prepare('select count(*) from kysely_migration').get();
    db.prepare('select count(*) from targets').get();
  } catch (error) {
    throw new UsageError(t(locale, 'ops.restoreBadFile', { file, detail: (error as Error).message }));
  } finally {
    db?.close();
  }
}

/**
 * `andon restore FILE`: replaces the SQLite database with a backup. Refuses while a server holds
 * the database (stop it first); checks the backup; keeps the replaced database beside it.
 */
export async function restore(file: string | undefined, locale: Locale): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) throw new UsageError(t(locale, 'ops.postgresBackup'));
  if (!file) throw new UsageError('give the backup file to restore');
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const pid = runningServer(config.dataDir);
  if (pid !== null) throw new UsageError(t(locale, 'ops.restoreRunning', { pid, target: config.sqliteFile }));
  checkBackup(file, locale);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const target = config.sqliteFile;
  const staging = `${target}.restoring`;
  fs.copyFileSync(file, staging);
  if (fs.existsSync(target)) {
    // Fold the old database's write-ahead log in, then keep it beside: a restore can be undone.
    const old = new BetterSqlite3(target);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    fs.renameSync(target, `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  console.log(t(locale, 'ops.restored', { file, target }));
}
