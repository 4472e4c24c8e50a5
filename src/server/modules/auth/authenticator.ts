import type { Kysely } from 'kysely';
import { type Grants, type Role, roleGrants, tokenGrants } from '#domain/access.ts';
import type { AuthConfig } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Writer } from '../../db/writer.ts';
import { findTokenByHash, touchToken } from '../tokens/tokens.repository.ts';
import { csrfOf, digest, SESSION_COOKIE, TOKEN_PREFIX } from './credentials.ts';
import { findSessionWithUser, touchSession } from './sessions.repository.ts';

/** Who is calling: a person through a session, or an integration through an API token. */
export interface Principal {
  via: 'session' | 'token';
  /** The ref recorded as the actor: the user's ref, or `token:<name>`. */
  ref: string;
  name: string;
  userId: string | null;
  role: Role | null;
  /** A supplier user's organisation: its `own` grants reach only that organisation's records. */
  organisationId: string | null;
  grants: Grants;
  mustChangePassword: boolean;
  /** The session's id (the hash of its secret) and CSRF token; the token's id. */
  sessionId: string | null;
  csrfToken: string | null;
  tokenId: string | null;
  /** Until when this answer may be reused without asking the database (ms since the epoch). */
  validUntil: number;
  /** When the session or token was last recorded as used (ms). */
  lastUsedAt: number;
}

export type Credential = { kind: 'bearer'; secret: string } | { kind: 'session'; secret: string };

const TOUCH_EVERY_MS = 60_000;
const CACHE_MAX = 10_000;

/** The session cookie's value in a Cookie header (no parser needed on the hot path). */
export function sessionCookieOf(header: string | undefined): string | null {
  if (!header) return null;
  const at = header.indexOf(`${SESSION_COOKIE}=`);
  if (at < 0 || (at > 0 && header[at - 1] !== ' ' && header[at - 1] !== ';')) return null;
  const start = at + SESSION_COOKIE.length + 1;
  const end = header.indexOf(';', start);
  const value = header.slice(start, end < 0 ? undefined : end).trim();
  return value.length > 0 && value.length <= 200 ? value : null;
}

/** The credential a request carries: a bearer token wins over a cookie. */
export function credentialOf(headers: { authorization?: string | undefined; cookie?: string | undefined }): Credential | null {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const secret = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    return secret.length > 0 && secret.length <= 200 ? { kind: 'bearer', secret } : { kind: 'bearer', secret: '' };
  }
  const cookie = sessionCookieOf(headers.cookie);
  return cookie ? { kind: 'session', secret: cookie } : null;
}

/**
 * Resolves credentials to principals, remembering each answer for a few seconds (ANDON_AUTH_CACHE_MS)
 * so the hot paths (the status look-up) cost a map look-up. Revoking a session or token, or changing
 * a user, forgets it here at once; other instances follow within the cache time.
 */
export class Authenticator {
  // Keyed by the secret itself, bearer and cookie apart: no string is built per request.
  readonly #bearers = new Map<string, { principal: Principal | null; until: number }>();
  readonly #cookies = new Map<string, { principal: Principal | null; until: number }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly writer: Writer,
    private readonly config: AuthConfig,
  ) {}

  /** A remembered answer (null: known to be no one), or undefined when the database must be asked. */
  cached(credential: Credential, now = Date.now()): Principal | null | undefined {
    const hit = (credential.kind === 'bearer' ? this.#bearers : this.#cookies).get(credential.secret);
    if (hit === undefined || hit.until <= now) return undefined;
    return hit.principal;
  }

  /** Asks the database who this is, and remembers the answer. */
  async resolve(credential: Credential): Promise<Principal | null> {
    const now = Date.now();
    const principal =
      credential.secret === '' ? null : credential.kind === 'bearer' ? await this.#token(credential.secret, now) : await this.#session(credential.secret, now);
    const cache = credential.kind === 'bearer' ? this.#bearers : this.#cookies;
    if (this.config.cacheMs > 0 && credential.secret !== '') {
      // Bounded: a flood of made-up credentials evicts the oldest answers, never grows memory.
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(credential.secret, { principal, until: Math.min(now + this.config.cacheMs, principal?.validUntil ?? Infinity) });
    }
    return principal;
  }

  async #token(secret: string, now: number): Promise<Principal | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const token = await findTokenByHash(this.db, digest(secret));
    if (!token || token.revokedAt !== null || Date.parse(token.expiresAt) <= now) return null;
    return {
      via: 'token',
      ref: `token:${token.name}`,
      name: token.name,
      userId: null,
      role: null,
      organisationId: null,
      grants: tokenGrants(token.scopes),
      mustChangePassword: false,
      sessionId: null,
      csrfToken: null,
      tokenId: token.id,
      validUntil: Date.parse(token.expiresAt),
      lastUsedAt: token.lastUsedAt ? Date.parse(token.lastUsedAt) : 0,
    };
  }

  async #session(secret: string, now: number): Promise<Principal | null> {
    const found = await findSessionWithUser(this.db, digest(secret));
    if (!found) return null;
    const { session, user } = found;
    const lastSeen = Date.parse(session.lastSeenAt);
    const validUntil = Math.min(Date.parse(session.expiresAt), lastSeen + this.config.idleMs);
    if (validUntil <= now || !user.active) return null;
    return {
      via: 'session',
      ref: user.ref,
      name: user.name,
      userId: user.id,
      role: user.role,
      organisationId: user.organisationId,
      grants: roleGrants[user.role] ?? {},
      mustChangePassword: user.mustChangePassword,
      sessionId: session.id,
      csrfToken: csrfOf(secret),
      tokenId: null,
      validUntil,
      lastUsedAt: lastSeen,
    };
  }

  /** Records that a session or token was used, at most once a minute (it keeps a session alive). */
  noteUse(p: Principal, now = Date.now()): void {
    if (now - p.lastUsedAt < TOUCH_EVERY_MS) return;
    p.lastUsedAt = now;
    const at = new Date(now).toISOString();
    const id = p.via === 'session' ? p.sessionId! : p.tokenId!;
    const touch = p.via === 'session' ? touchSession : touchToken;
    // Bookkeeping, not the request's business: it never delays or fails the answer.
    this.writer.run((tx) => touch(tx.db, id, at), { id: 'system' }).catch(() => {});
  }

  /** Forgets remembered answers about a session, a token or a user (revoked, changed). */
  forget(what: { sessionId?: string; tokenId?: string; userId?: string }): void {
    for (const cache of [this.#bearers, this.#cookies]) {
      for (const [key, entry] of cache) {
        const p = entry.principal;
        if (!p) continue;
        if ((what.sessionId && p.sessionId === what.sessionId) || (what.tokenId && p.tokenId === what.tokenId) || (what.userId && p.userId === what.userId)) {
          cache.delete(key);
        }
      }
    }
  }
}
