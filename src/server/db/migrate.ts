import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import { dialectOf } from './dialect.ts';
import * as m0001 from './migrations/0001-core.ts';
import * as m0002 from './migrations/0002-defaults.ts';
import * as m0003 from './migrations/0003-lifecycle.ts';
import * as m0004 from './migrations/0004-matching.ts';
import * as m0005 from './migrations/0005-access.ts';
import * as m0006 from './migrations/0006-flywheels.ts';
import * as m0007 from './migrations/0007-integrations.ts';
import * as m0008 from './migrations/0008-import-jobs.ts';

/** The versioned migrations, in order. A new one is a new file here and a line below. */
const migrations: Record<string, Migration> = {
  '0001-core': m0001,
  '0002-defaults': m0002,
  '0003-lifecycle': m0003,
  '0004-matching': m0004,
  '0005-access': m0005,
  '0006-flywheels': m0006,
  '0007-integrations': m0007,
  '0008-import-jobs': m0008,
};

export class MigrationError extends Error {}

// Kysely looks up existing tables through the catalogue of every schema; another schema's tables
// created or dropped at that moment (tests, tenants) can fail the look-up. Such errors pass on retry.
const CATALOGUE_RACES = new Set(['42703', '42P01', '3F000', 'XX000']);

/** Brings the schema up to date; safe to run at every start and from several instances at once. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(db);
    } catch (error) {
      const code = ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string }))?.code;
      if (attempt >= 5 || dialectOf(db) !== 'postgres' || !code || !CATALOGUE_RACES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function migrateOnce(db: Kysely<any>): Promise<string[]> {
  // Kysely looks for its migration tables in every schema unless told which: on a database shared
  // by several schemas (tests, tenants) it would find another schema's and skip creating its own.
  const schema = dialectOf(db) === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations not yet applied (empty when the schema is up to date), for /readyz. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const schema = dialectOf(db) === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}
