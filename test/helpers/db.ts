import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Config, loadConfig } from '#server/config.ts';
import { type DatabaseHandle, openDatabase } from '#server/db/connect.ts';
import type { DialectName } from '#server/db/dialect.ts';
import { migrateToLatest } from '#server/db/migrate.ts';

/** The databases this run covers (decided once, in test/global-setup.ts). */
export function testDialects(): DialectName[] {
  return inject('dialects') as DialectName[];
}

export interface TestDatabase {
  dialect: DialectName;
  config: Config;
  database: DatabaseHandle;
  /** Opens another handle on the same database (a second process or instance would). */
  reopen(): Promise<DatabaseHandle>;
  cleanup(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated database: a new SQLite file, or a new PostgreSQL schema. */
export async function createTestDatabase(dialect: DialectName, env: Record<string, string> = {}): Promise<TestDatabase> {
  const id = `${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-test-'));
    const config = loadConfig({ ANDON_DATA_DIR: dir, ...env });
    const database = await openDatabase(config);
    await migrateToLatest(database.writer);
    return {
      dialect,
      config,
      database,
      reopen: () => openDatabase(config),
      cleanup: async () => {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = inject('postgresUrl');
  const schema = `t_${id}`;
  const config: Config = { ...loadConfig({ DATABASE_URL: url, ...env }), pgSchema: schema };
  const database = await openDatabase(config);
  await migrateToLatest(database.writer);
  return {
    dialect,
    config,
    database,
    reopen: () => openDatabase(config),
    cleanup: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}
