import type { Kysely, Selectable } from 'kysely';
import type { TokenScope } from '#domain/access.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { ApiTokensTable, Database } from '../../db/schema.ts';
import type { ApiToken, ListTokensFilter } from './tokens.schema.ts';

function toToken(r: Selectable<ApiTokensTable>, now = Date.now()): ApiToken {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: fromJson<TokenScope[]>(r.scopes),
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    active: r.revoked_at === null && Date.parse(r.expires_at) > now,
  };
}

export async function insertToken(db: Kysely<Database>, t: ApiToken, hash: string): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: t.id,
      name: t.name,
      token_hash: hash,
      prefix: t.prefix,
      scopes: toJson(t.scopes),
      created_by: t.createdBy,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
      last_used_at: null,
      revoked_at: null,
      revoked_by: null,
    })
    .execute();
}

export async function findToken(db: Kysely<Database>, id: string): Promise<ApiToken | undefined> {
  const r = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toToken(r);
}

/** The token a secret belongs to, by the secret's hash (revoked and expired ones too: the caller judges). */
export async function findTokenByHash(db: Kysely<Database>, hash: string): Promise<ApiToken | undefined> {
  const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  return r && toToken(r);
}

export async function markTokenRevoked(db: Kysely<Database>, id: string, by: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function touchToken(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function listTokens(db: Kysely<Database>, f: ListTokensFilter): Promise<ApiToken[]> {
  let q = db.selectFrom('api_tokens').selectAll();
  const now = new Date().toISOString();
  if (f.active === true) q = q.where('revoked_at', 'is', null).where('expires_at', '>', now);
  if (f.active === false) q = q.where((eb) => eb.or([eb('revoked_at', 'is not', null), eb('expires_at', '<=', now)]));
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map((r) => toToken(r));
}
