import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import { type DialectName, dialectOf } from './dialect.ts';
import type { Database } from './schema.ts';

/** A named placeholder: built into the query once, bound to a value at each execution. */
class Param {
  constructor(readonly name: string) {}
}

type Slot = { param: string } | { constant: unknown };

/**
 * A query built once with Kysely and compiled once per dialect, then executed with new values:
 * the hot paths (complaint intake) skip re-building and re-compiling the same SQL on every call,
 * and SQLite's statement cache does the rest. `p(name)` stands for a value given at execution.
 */
export function prepared<P extends Record<string, unknown>, R>(
  // The placeholder stands in for any column's value, hence `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  build: (db: Kysely<Database>, p: (name: keyof P & string) => any) => Compilable<R>,
) {
  const compiled = new Map<DialectName, { sql: string; slots: Slot[] }>();
  return {
    async execute(db: Kysely<Database>, params: P): Promise<R[]> {
      const dialect = dialectOf(db);
      let entry = compiled.get(dialect);
      if (!entry) {
        const query = build(db, (name) => new Param(name)).compile();
        entry = {
          sql: query.sql,
          slots: query.parameters.map((v) => (v instanceof Param ? { param: v.name } : { constant: v })),
        };
        compiled.set(dialect, entry);
      }
      const values = entry.slots.map((s) => ('param' in s ? params[s.param] : s.constant));
      const result = await db.executeQuery<R>(CompiledQuery.raw(entry.sql, values));
      return result.rows;
    },
    async run(db: Kysely<Database>, params: P): Promise<bigint> {
      const dialect = dialectOf(db);
      let entry = compiled.get(dialect);
      if (!entry) {
        const query = build(db, (name) => new Param(name)).compile();
        entry = { sql: query.sql, slots: query.parameters.map((v) => (v instanceof Param ? { param: v.name } : { constant: v })) };
        compiled.set(dialect, entry);
      }
      const values = entry.slots.map((s) => ('param' in s ? params[s.param] : s.constant));
      const result = await db.executeQuery(CompiledQuery.raw(entry.sql, values));
      return result.numAffectedRows ?? 0n;
    },
  };
}
