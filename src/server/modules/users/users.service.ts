import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Role } from '#domain/access.ts';
import { AndonError, notFound, unknownReference } from '#domain/errors.ts';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblems } from '#domain/passwords.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { digest } from '../auth/credentials.ts';
import { revokeUserSessions } from '../auth/sessions.repository.ts';
import { clearFailures } from '../auth/throttle.repository.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { findUser, findUserByEmail, findUserByRef, insertUser, otherActiveAdmins, presentUser, updateUserRow, type UserRecord } from './users.repository.ts';
import type { UpdateUserInput } from './users.schema.ts';

export { countUsers, findUser, findUserByEmail, findUserByRef, listUsers, presentUser, type UserRecord } from './users.repository.ts';

/** The throttle key of an account: a hash of its email (so unknown emails are counted alike). */
export function accountKey(email: string): string {
  return `email:${digest(email.trim().toLowerCase())}`;
}

/** Refuses a password that is too short, too common or made of the person's name (422 at `password`). */
export function checkNewPassword(password: string, person: { email?: string | null; ref?: string | null }, field = 'password'): void {
  const problems = passwordProblems(password, person);
  if (problems.length === 0) return;
  throw new AndonError(
    'password_rejected',
    {},
    problems.map((code) => ({ path: [field], code, params: { min: PASSWORD_MIN, max: PASSWORD_MAX } })),
  );
}

async function checkOrganisation(db: Kysely<Database>, role: Role, organisationId: string | null): Promise<void> {
  if (role === 'supplier' && !organisationId) {
    throw new AndonError('validation_failed', { count: 1 }, [{ path: ['organisationId'], code: 'organisation_required' }]);
  }
  if (role !== 'supplier' && organisationId) {
    throw new AndonError('validation_failed', { count: 1 }, [{ path: ['organisationId'], code: 'organisation_not_allowed' }]);
  }
  if (organisationId && !(await findOrganisation(db, organisationId))) throw unknownReference('organisationId', organisationId);
}

function duplicate(field: 'ref' | 'email', value: string): AndonError {
  return new AndonError('already_exists', { entity: 'user', field, value }, [{ path: [field], code: 'duplicate', params: { value } }]);
}

/** What the audit log keeps of a user: everything but secrets. */
const audited = (u: UserRecord) => presentUser(u);

export interface NewUser {
  ref: string;
  email: string;
  name: string;
  role: Role;
  organisationId?: string | null | undefined;
  /** Already hashed (hashing is slow: it happens before the transaction). */
  passwordHash: string | null;
  mustChangePassword: boolean;
}

/** Adds a person who can sign in (their ref binds them to everything already recorded under it). */
export async function createUser(tx: Tx, input: NewUser): Promise<UserRecord> {
  const organisationId = input.organisationId ?? null;
  await checkOrganisation(tx.db, input.role, organisationId);
  if (await findUserByRef(tx.db, input.ref)) throw duplicate('ref', input.ref);
  if (await findUserByEmail(tx.db, input.email)) throw duplicate('email', input.email);
  const now = tx.now.toISOString();
  const user: UserRecord = {
    id: uuidv7(),
    ref: input.ref.trim().toLowerCase(),
    email: input.email.trim().toLowerCase(),
    name: input.name,
    role: input.role,
    organisationId,
    active: true,
    mustChangePassword: input.mustChangePassword,
    lastSignInAt: null,
    passwordChangedAt: input.passwordHash ? now : null,
    createdAt: now,
    updatedAt: now,
    passwordHash: input.passwordHash,
  };
  try {
    await insertUser(tx.db, user);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate('email', user.email);
    throw error;
  }
  await recordAudit(tx, { action: 'user.created', subjectType: 'user', subjectId: user.id, after: audited(user) });
  return user;
}

/**
 * Changes a person's details, role, organisation or standing. A role change is audited as such
 * (before and after); the last active admin can be neither demoted nor deactivated; a deactivated
 * person is signed out everywhere.
 */
export async function updateUser(tx: Tx, id: string, input: UpdateUserInput): Promise<UserRecord> {
  const before = await findUser(tx.db, id);
  if (!before) throw notFound('user', id);
  const after: UserRecord = { ...before, updatedAt: tx.now.toISOString() };
  if (input.email !== undefined) after.email = input.email;
  if (input.name !== undefined) after.name = input.name;
  if (input.role !== undefined) after.role = input.role;
  if (input.active !== undefined) after.active = input.active;
  if (input.organisationId !== undefined) after.organisationId = input.organisationId ?? null;
  // A supplier who stops being one leaves its organisation.
  if (input.role !== undefined && input.role !== 'supplier' && input.organisationId === undefined) after.organisationId = null;
  await checkOrganisation(tx.db, after.role, after.organisationId);
  const wasAdmin = before.role === 'admin' && before.active;
  if (wasAdmin && (after.role !== 'admin' || !after.active) && (await otherActiveAdmins(tx.db, id)) === 0) {
    throw new AndonError('last_admin', { id }, [{ path: [after.role !== 'admin' ? 'role' : 'active'], code: 'last_admin' }]);
  }
  if (after.email !== before.email && (await findUserByEmail(tx.db, after.email))) throw duplicate('email', after.email);
  await updateUserRow(tx.db, after);
  if (!after.active && before.active) await revokeUserSessions(tx.db, id, tx.now.toISOString());
  if (after.role !== before.role || after.organisationId !== before.organisationId) {
    await recordAudit(tx, {
      action: 'user.role_changed',
      subjectType: 'user',
      subjectId: id,
      before: { role: before.role, organisationId: before.organisationId },
      after: { role: after.role, organisationId: after.organisationId },
    });
  }
  await recordAudit(tx, { action: after.active === before.active ? 'user.updated' : after.active ? 'user.reactivated' : 'user.deactivated', subjectType: 'user', subjectId: id, before: audited(before), after: audited(after) });
  return after;
}

/**
 * Sets a new password (already hashed) and signs the person out everywhere, but in the session
 * that changed it. A reset by an admin leaves a temporary password to be changed at the next sign-in.
 */
export async function setPassword(
  tx: Tx,
  id: string,
  input: { passwordHash: string; mustChange: boolean; reason: 'changed' | 'reset'; keepSessionId?: string | null },
): Promise<UserRecord> {
  const before = await findUser(tx.db, id);
  if (!before) throw notFound('user', id);
  const at = tx.now.toISOString();
  const after: UserRecord = { ...before, passwordHash: input.passwordHash, mustChangePassword: input.mustChange, passwordChangedAt: at, updatedAt: at };
  await updateUserRow(tx.db, after);
  const revoked = await revokeUserSessions(tx.db, id, at, input.keepSessionId ?? undefined);
  // A reset also lifts a lockout: the admin has just vouched for the person.
  if (input.reason === 'reset') await clearFailures(tx.db, accountKey(after.email));
  await recordAudit(tx, {
    action: `user.password_${input.reason}`,
    subjectType: 'user',
    subjectId: id,
    before: { mustChangePassword: before.mustChangePassword, passwordChangedAt: before.passwordChangedAt },
    after: { mustChangePassword: after.mustChangePassword, passwordChangedAt: at, sessionsRevoked: revoked },
  });
  return after;
}
