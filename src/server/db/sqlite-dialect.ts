import type BetterSqlite3 from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Kysely,
  type QueryCompiler,
} from 'kysely';

const STATEMENT_CACHE_SIZE = 512;

/** Parameters better-sqlite3 cannot bind are stored as the project's decision record says. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

class CachingSqliteConnection implements DatabaseConnection {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  /** Prepared statements are kept by SQL text: preparing costs more than running most of our queries. */
  #statement(sql: string): BetterSqlite3.Statement {
    let stmt = this.#statements.get(sql);
    if (stmt) return stmt;
    stmt = this.#db.prepare(sql);
    if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
      const oldest = this.#statements.keys().next().value;
      if (oldest !== undefined) this.#statements.delete(oldest);
    }
    this.#statements.set(sql, stmt);
    return stmt;
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.#statement(compiled.sql);
    const params = compiled.parameters.map(bindable);
    if (stmt.reader) return Promise.resolve({ rows: stmt.all(params) as R[] });
    const { changes, lastInsertRowid } = stmt.run(params);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  exec(sql: string): void {
    this.#db.exec(sql);
  }

   
  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const stmt = this.#statement(compiled.sql);
    for (const row of stmt.iterate(compiled.parameters.map(bindable))) yield { rows: [row as R] };
  }
}

/** One connection, used by one caller at a time. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const wait = this.#tail;
    this.#tail = wait.then(() => next);
    return wait.then(() => release);
  }
}

class CachingSqliteDriver implements Driver {
  readonly #connection: CachingSqliteConnection;
  readonly #raw: BetterSqlite3.Database;
  readonly #mutex = new Mutex();
  #release: (() => void) | undefined;

  constructor(raw: BetterSqlite3.Database) {
    this.#raw = raw;
    this.#connection = new CachingSqliteConnection(raw);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#mutex.lock();
    return this.#connection;
  }
  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
  // IMMEDIATE takes the write lock at once, so two writers never deadlock upgrading a read lock.
  async beginTransaction(): Promise<void> {
    this.#connection.exec('begin immediate');
  }
  async commitTransaction(): Promise<void> {
    this.#connection.exec('commit');
  }
  async rollbackTransaction(): Promise<void> {
    if (this.#raw.inTransaction) this.#connection.exec('rollback');
  }
  async savepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.#connection.exec(`savepoint ${name}`);
  }
  async rollbackToSavepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.#connection.exec(`rollback to ${name}`);
  }
  async releaseSavepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.#connection.exec(`release ${name}`);
  }
  async destroy(): Promise<void> {
    if (this.#raw.open) this.#raw.close();
  }
}

/** Kysely's SQLite dialect over better-sqlite3, with a prepared-statement cache. */
export class CachingSqliteDialect implements Dialect {
  constructor(readonly raw: BetterSqlite3.Database) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new CachingSqliteDriver(this.raw);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}
