import { type Kysely, type Selectable, sql } from 'kysely';
import type { Role } from '#domain/access.ts';
import { fromBool } from '../../db/dialect.ts';
import type { Database, UsersTable } from '../../db/schema.ts';
import type { ListUsersFilter, User } from './users.schema.ts';

/** A user with what is never sent: the password hash. */
export interface UserRecord extends User {
  passwordHash: string | null;
}

export function toUser(r: Selectable<UsersTable>): UserRecord {
  return {
    id: r.id,
    ref: r.ref,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    organisationId: r.organisation_id,
    active: fromBool(r.active),
    mustChangePassword: fromBool(r.must_change_password),
    lastSignInAt: r.last_sign_in_at,
    passwordChangedAt: r.password_changed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    passwordHash: r.password_hash,
  };
}

/** The API shape: everything but the password hash. */
export function presentUser(u: UserRecord): User {
  const { passwordHash: _hash, ...rest } = u;
  return rest;
}

function toRow(u: UserRecord) {
  return {
    email: u.email,
    name: u.name,
    role: u.role,
    organisation_id: u.organisationId,
    password_hash: u.passwordHash,
    must_change_password: u.mustChangePassword,
    active: u.active,
    last_sign_in_at: u.lastSignInAt,
    password_changed_at: u.passwordChangedAt,
    updated_at: u.updatedAt,
  };
}

export async function insertUser(db: Kysely<Database>, u: UserRecord): Promise<void> {
  await db.insertInto('users').values({ id: u.id, ref: u.ref, created_at: u.createdAt, ...toRow(u) }).execute();
}

export async function updateUserRow(db: Kysely<Database>, u: UserRecord): Promise<void> {
  await db.updateTable('users').set(toRow(u)).where('id', '=', u.id).execute();
}

export async function findUser(db: Kysely<Database>, id: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toUser(r);
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return r && toUser(r);
}

export async function findUserByRef(db: Kysely<Database>, ref: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').selectAll().where('ref', '=', ref.trim().toLowerCase()).executeTakeFirst();
  return r && toUser(r);
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('users').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Active admins other than one user: the last admin may not be demoted or deactivated. */
export async function otherActiveAdmins(db: Kysely<Database>, exceptId: string): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select(sql<number>`count(*)`.as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function listUsers(db: Kysely<Database>, f: ListUsersFilter): Promise<UserRecord[]> {
  let q = db.selectFrom('users').selectAll();
  if (f.role) q = q.where('role', '=', f.role);
  if (f.organisationId) q = q.where('organisation_id', '=', f.organisationId);
  if (f.active !== undefined) q = q.where('active', '=', f.active);
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(lower(name) like ${pattern} escape '\\' or email like ${pattern} escape '\\' or ref like ${pattern} escape '\\')`);
  }
  if (f.cursor) q = q.where('id', '>', f.cursor);
  return (await q.orderBy('id', 'asc').limit(f.limit + 1).execute()).map(toUser);
}
