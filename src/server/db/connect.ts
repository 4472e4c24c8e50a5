import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { DialectName } from './dialect.ts';
import type { Database } from './schema.ts';
import { CachingSqliteDialect } from './sqlite-dialect.ts';

/** The open database: `db` for reads, `writer` for writes (one connection on SQLite, the pool on PostgreSQL). */
export interface DatabaseHandle {
  dialect: DialectName;
  db: Kysely<Database>;
  writer: Kysely<Database>;
  /** Where the data lives, for logs (never a password). */
  location: string;
  close(): Promise<void>;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

// Values come back from PostgreSQL in the same shapes SQLite gives: numbers and ISO-8601 strings.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (v: string) => Number(v);
    if (oid === PG_TIMESTAMPTZ) return (v: string) => new Date(v).toISOString();
    if (oid === PG_TIMESTAMP) return (v: string) => new Date(`${v}Z`).toISOString();
    return pg.types.getTypeParser(oid, format);
  },
};

function openSqliteConnection(file: string, config: Config, readonly: boolean): BetterSqlite3.Database {
  const raw = new BetterSqlite3(file, { readonly });
  raw.pragma('busy_timeout = 5000');
  if (!readonly) {
    raw.pragma('journal_mode = WAL');
    raw.pragma(`synchronous = ${config.sqliteSynchronous}`);
  }
  raw.pragma('foreign_keys = ON');
  return raw;
}

/** Opens SQLite under the data folder, or PostgreSQL when DATABASE_URL is set. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    const options = config.pgSchema ? `-c search_path=${config.pgSchema}` : undefined;
    if (config.pgSchema) {
      const admin = new pg.Client({ connectionString: config.databaseUrl });
      await admin.connect();
      try {
        await admin.query(`create schema if not exists "${config.pgSchema}"`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.pgPoolMax,
      types: pgTypes,
      ...(options ? { options } : {}),
    });
    // An idle client that loses its server must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      dialect: 'postgres',
      db,
      writer: db,
      location: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}${config.pgSchema ? ` (schema ${config.pgSchema})` : ''}`,
      close: () => db.destroy(),
    };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const writerRaw = openSqliteConnection(config.sqliteFile, config, false);
  const readerRaw = openSqliteConnection(config.sqliteFile, config, true);
  const writer = new Kysely<Database>({ dialect: new CachingSqliteDialect(writerRaw) });
  const db = new Kysely<Database>({ dialect: new CachingSqliteDialect(readerRaw) });
  return {
    dialect: 'sqlite',
    db,
    writer,
    location: config.sqliteFile,
    close: async () => {
      await db.destroy();
      await writer.destroy();
    },
  };
}
