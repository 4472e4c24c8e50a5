import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { toUser, type UserRecord } from '../users/users.repository.ts';

export interface SessionRecord {
  /** SHA-256 of the cookie's secret. */
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Kysely<Database>, s: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
      revoked_at: s.revokedAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

/** A session that has not been revoked, with its user (expiry and idleness are the caller's to judge). */
export async function findSessionWithUser(db: Kysely<Database>, id: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as s_id', 's.created_at as s_created_at', 's.last_seen_at as s_last_seen_at', 's.expires_at as s_expires_at', 's.ip as s_ip', 's.user_agent as s_user_agent'])
    .where('s.id', '=', id)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.s_id,
      userId: row.id,
      createdAt: row.s_created_at,
      lastSeenAt: row.s_last_seen_at,
      expiresAt: row.s_expires_at,
      revokedAt: null,
      ip: row.s_ip,
      userAgent: row.s_user_agent,
    },
    user: toUser(row),
  };
}

export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Revokes one session; answers the user it belonged to (null when there was no live session). */
export async function revokeSession(db: Kysely<Database>, id: string, at: string): Promise<string | null> {
  const row = await db.selectFrom('sessions').select('user_id').where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row) return null;
  await db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).execute();
  return row.user_id;
}

/** Revokes every live session of a user (but one, when given); answers how many. */
export async function revokeUserSessions(db: Kysely<Database>, userId: string, at: string, exceptId?: string): Promise<number> {
  let q = db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptId) q = q.where('id', '<>', exceptId);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
