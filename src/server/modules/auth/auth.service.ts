import type { Kysely } from 'kysely';
import { AndonError } from '#domain/errors.ts';
import type { AuthConfig } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor, Tx, Writer } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { accountKey, checkNewPassword, findUser, findUserByEmail, setPassword, type UserRecord } from '../users/users.service.ts';
import { updateUserRow } from '../users/users.repository.ts';
import { digest, hashPassword, newSecret, spendPasswordTime, verifyPassword } from './credentials.ts';
import { insertSession, revokeSession, type SessionRecord } from './sessions.repository.ts';
import { clearFailures, countFailure, lockedUntil } from './throttle.repository.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  writer: Writer;
  config: AuthConfig;
}

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

export type SignInResult =
  | { ok: true; user: UserRecord; secret: string; session: SessionRecord }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

const ipKey = (ip: string) => `ip:${ip}`;

/** Opens a new session (a fresh random secret, never one the browser brought) in the caller's transaction. */
async function openSession(tx: Tx, user: UserRecord, config: AuthConfig, meta: RequestMeta): Promise<{ secret: string; session: SessionRecord }> {
  const secret = newSecret();
  const at = tx.now.toISOString();
  const session: SessionRecord = {
    id: digest(secret),
    userId: user.id,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(tx.now.getTime() + config.sessionMs).toISOString(),
    revokedAt: null,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  };
  await insertSession(tx.db, session);
  return { secret, session };
}

/** How a session's actor is recorded. */
export function sessionActor(user: UserRecord, sessionId: string, requestId: string): Actor {
  return { id: user.ref, requestId, via: `session:${sessionId.slice(0, 12)}` };
}

/**
 * Signs a person in with email and password. Failures count per account (a hash of the email,
 * known or not) and per address, in the database so every instance counts together: past the
 * limit, sign-in pauses (429) for a while, even with the right password. An unknown email costs
 * the same time as a wrong password. Success opens a new session and revokes the one the browser
 * brought, if any (no session fixation).
 */
export async function signIn(deps: AuthDeps, input: { email: string; password: string }, meta: RequestMeta & { presented: string | null }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ipKey(meta.ip)];
  const now = new Date();
  const locked = await lockedUntil(deps.db, keys, now);
  if (locked) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 1000)) };

  const user = await findUserByEmail(deps.db, email);
  let ok = false;
  if (user?.passwordHash && user.active) ok = await verifyPassword(user.passwordHash, input.password);
  else await spendPasswordTime(input.password);

  const { config } = deps;
  if (!ok || !user) {
    await deps.writer.run(async (tx) => {
      const limits = { windowMs: config.lockMs, lockMs: config.lockMs };
      const accountLocked = await countFailure(tx.db, keys[0]!, tx.now, { ...limits, max: config.maxFailures });
      await countFailure(tx.db, keys[1]!, tx.now, { ...limits, max: config.ipMaxFailures });
      if (accountLocked && user) {
        await recordAudit(tx, { action: 'user.locked', subjectType: 'user', subjectId: user.id, after: { until: new Date(tx.now.getTime() + config.lockMs).toISOString(), ip: meta.ip } });
      }
    }, { id: 'system', requestId: meta.requestId });
    return { ok: false, reason: 'invalid' };
  }

  const opened = await deps.writer.run(async (tx) => {
    if (meta.presented) await revokeSession(tx.db, digest(meta.presented), tx.now.toISOString());
    const fresh = await openSession(tx, user, config, meta);
    await clearFailures(tx.db, keys[0]!);
    const signedIn: UserRecord = { ...user, lastSignInAt: tx.now.toISOString() };
    await updateUserRow(tx.db, signedIn);
    await recordAudit(tx, { action: 'user.signed_in', subjectType: 'user', subjectId: user.id, after: { ip: meta.ip, session: fresh.session.id.slice(0, 12) } });
    return { ...fresh, user: signedIn };
  }, { id: user.ref, requestId: meta.requestId });
  return { ok: true, ...opened };
}

/** Ends a session. */
export async function signOut(writer: Writer, sessionId: string, actor: Actor): Promise<void> {
  await writer.run(async (tx) => {
    const userId = await revokeSession(tx.db, sessionId, tx.now.toISOString());
    if (userId) await recordAudit(tx, { action: 'user.signed_out', subjectType: 'user', subjectId: userId, after: { session: sessionId.slice(0, 12) } });
  }, actor);
}

/**
 * A person changes their own password: the current one must be right (a wrong one counts as a failed
 * sign-in); every session ends, and the one in use is replaced by a new one.
 */
export async function changePassword(
  deps: AuthDeps,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<{ user: UserRecord; secret: string; session: SessionRecord }> {
  const user = await findUser(deps.db, userId);
  if (!user) throw new AndonError('unauthenticated');
  const right = user.passwordHash ? await verifyPassword(user.passwordHash, input.currentPassword) : false;
  if (!right) {
    const { config } = deps;
    await deps.writer.run((tx) => countFailure(tx.db, accountKey(user.email), tx.now, { max: config.maxFailures, windowMs: config.lockMs, lockMs: config.lockMs }), { id: user.ref, requestId: meta.requestId });
    throw new AndonError('password_rejected', {}, [{ path: ['currentPassword'], code: 'password_wrong' }]);
  }
  checkNewPassword(input.newPassword, user, 'newPassword');
  if (input.newPassword === input.currentPassword) throw new AndonError('password_rejected', {}, [{ path: ['newPassword'], code: 'password_same' }]);
  const passwordHash = await hashPassword(input.newPassword);
  return deps.writer.run(async (tx) => {
    const changed = await setPassword(tx, user.id, { passwordHash, mustChange: false, reason: 'changed' });
    return { user: changed, ...(await openSession(tx, changed, deps.config, meta)) };
  }, { id: user.ref, requestId: meta.requestId });
}
