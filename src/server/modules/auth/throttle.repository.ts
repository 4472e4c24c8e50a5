import { type Kysely, sql } from 'kysely';
import { columnTypes, dialectOf } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';

/** The latest lock among some keys (an account, an address), if any is still locked at `now`. */
export async function lockedUntil(db: Kysely<Database>, keys: readonly string[], now: Date): Promise<Date | null> {
  const rows = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('key', 'in', keys)
    .where('locked_until', '>', now.toISOString())
    .execute();
  const until = rows.map((r) => Date.parse(r.locked_until!)).sort((a, b) => b - a)[0];
  return until === undefined ? null : new Date(until);
}

/**
 * Counts one failed sign-in against a key, in the database so every instance counts together; at
 * `max` failures within `windowMs` the key is locked for `lockMs`. Answers whether this failure locked it.
 */
export async function countFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  limits: { max: number; windowMs: number; lockMs: number },
): Promise<boolean> {
  const at = now.toISOString();
  const type = sql.raw(columnTypes(dialectOf(db)).timestamp);
  // Typed: PostgreSQL cannot infer a parameter's type inside CASE.
  const cutoff = sql<string>`cast(${new Date(now.getTime() - limits.windowMs).toISOString()} as ${type})`;
  const started = sql<string>`cast(${at} as ${type})`;
  // One statement: two instances counting at once both count.
  await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: at, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when login_throttle.window_started_at < ${cutoff} then 1 else login_throttle.failures + 1 end`,
        window_started_at: sql<string>`case when login_throttle.window_started_at < ${cutoff} then ${started} else login_throttle.window_started_at end`,
      }),
    )
    .execute();
  const row = await db.selectFrom('login_throttle').select('failures').where('key', '=', key).executeTakeFirst();
  if (!row || row.failures < limits.max) return false;
  await db
    .updateTable('login_throttle')
    .set({ failures: 0, window_started_at: at, locked_until: new Date(now.getTime() + limits.lockMs).toISOString() })
    .where('key', '=', key)
    .execute();
  return true;
}

/** Forgets the failures of a key (a successful sign-in, a password reset). */
export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
