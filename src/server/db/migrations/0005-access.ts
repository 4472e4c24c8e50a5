import { type Kysely, sql } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

/**
 * People and access: users (whose `ref` is the handle already recorded everywhere as pulledBy,
 * recordedBy, managerRef …), sessions and API tokens (both stored as hashes only), login failure
 * counters shared by every instance, the credential behind each audit event, and an audit log that
 * the database itself keeps append-only.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const t = columnTypes(dialect);

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('password_hash', 'text')
    .addColumn('must_change_password', t.boolean, (c) => c.notNull())
    .addColumn('active', t.boolean, (c) => c.notNull())
    .addColumn('last_sign_in_at', t.timestamp)
    .addColumn('password_changed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_organisation').on('users').column('organisation_id').execute();

  // The id is the SHA-256 of the cookie's secret: a copy of the table opens no session.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('scopes', t.json, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .addColumn('revoked_by', 'text')
    .execute();
  // A name is reused only once its token is revoked (a rotated integration keeps its name).
  await db.schema
    .createIndex('api_tokens_active_name')
    .on('api_tokens')
    .column('name')
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();

  // Failed sign-ins per account (a hash of the email, whether or not it exists) and per address.
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', t.timestamp, (c) => c.notNull())
    .addColumn('locked_until', t.timestamp)
    .execute();

  // Which credential acted: a session, an API token (on behalf of the person named), the CLI.
  await db.schema.alterTable('audit_events').addColumn('via', 'text').execute();
  await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor', 'at']).execute();

  // The audit log is append-only whatever the application does.
  if (dialect === 'postgres') {
    await sql`create function andon_audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit events are append-only'; end $$`.execute(db);
    await sql`create trigger audit_events_append_only before update or delete on audit_events
      for each row execute function andon_audit_append_only()`.execute(db);
  } else {
    for (const op of ['update', 'delete']) {
      await sql
        .raw(`create trigger audit_events_no_${op} before ${op} on audit_events begin select raise(abort, 'audit events are append-only'); end`)
        .execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop trigger audit_events_append_only on audit_events`.execute(db);
    await sql`drop function andon_audit_append_only()`.execute(db);
  } else {
    await sql`drop trigger audit_events_no_update`.execute(db);
    await sql`drop trigger audit_events_no_delete`.execute(db);
  }
  await db.schema.alterTable('audit_events').dropColumn('via').execute();
  for (const table of ['login_throttle', 'api_tokens', 'sessions', 'users']) await db.schema.dropTable(table).execute();
}
