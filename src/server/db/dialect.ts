import { type Kysely, PostgresAdapter, sql, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Which database a Kysely instance (or transaction) talks to. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column types that differ between the two databases; everything else is portable. */
export function columnTypes(dialect: DialectName) {
  const pg = dialect === 'postgres';
  return {
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    boolean: pg ? 'boolean' : 'integer',
    money: pg ? 'bigint' : 'integer',
    float: pg ? 'double precision' : 'real',
  } as const;
}

/** A JSON value as a parameter for a json/jsonb column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** A json/jsonb column's value as read: PostgreSQL parses it, SQLite returns text. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A boolean column as read: PostgreSQL gives booleans, SQLite 0/1. */
export function fromBool(value: unknown): boolean {
  return value === true || value === 1;
}

/** Locks a row for the rest of the transaction (SQLite's write lock already serialises writers). */
export function forUpdate(dialect: DialectName): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`for update` : sql``;
}

/** A unique constraint refused the write (both databases). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A foreign key refused the write (both databases). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
