import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Writer } from '../../db/writer.ts';
import { hashPassword, temporaryPassword } from '../auth/credentials.ts';
import type { CreateUserInput } from './users.schema.ts';
import { notFound } from '#domain/errors.ts';
import { checkNewPassword, countUsers, createUser, findUser, setPassword, type UserRecord } from './users.service.ts';

/** The ref a new user gets when none is given: the part of the email before the @, as a handle. */
export function refFromEmail(email: string): string {
  const local = email.split('@')[0]!.toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '');
  return (local || 'user').slice(0, 100);
}

/**
 * Adds a person (the API's POST /users and `andon user add` alike): checks the password, or makes a
 * temporary one to hand over (shown once, to be changed at the first sign-in), hashes it, records the user.
 */
export async function addUser(writer: Writer, input: CreateUserInput, actor: { id: string; via?: string; requestId?: string }): Promise<{ user: UserRecord; temporaryPassword?: string }> {
  const ref = input.ref ?? refFromEmail(input.email);
  if (input.password !== undefined) checkNewPassword(input.password, { email: input.email, ref });
  const temporary = input.password === undefined ? temporaryPassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? temporary!);
  const user = await writer.run((tx) => createUser(tx, { ...input, ref, passwordHash, mustChangePassword: temporary !== undefined }), actor);
  return temporary ? { user, temporaryPassword: temporary } : { user };
}

/**
 * Resets a person's password (the API's POST /users/:id/password): checks the new one, or makes a
 * temporary one to hand over (shown once); either way it is to be changed at the next sign-in.
 */
export async function resetPassword(
  writer: Writer,
  db: Kysely<Database>,
  id: string,
  password: string | undefined,
  actor: { id: string; via?: string; requestId?: string },
): Promise<{ user: UserRecord; temporaryPassword?: string }> {
  const existing = await findUser(db, id);
  if (!existing) throw notFound('user', id);
  if (password !== undefined) checkNewPassword(password, existing);
  const temporary = password === undefined ? temporaryPassword() : undefined;
  const passwordHash = await hashPassword(password ?? temporary!);
  const user = await writer.run((tx) => setPassword(tx, existing.id, { passwordHash, mustChange: true, reason: 'reset' }), actor);
  return temporary ? { user, temporaryPassword: temporary } : { user };
}

/** On first start: when nobody can sign in yet and ANDON_ADMIN_EMAIL/PASSWORD are set, the first admin. */
export async function bootstrapAdmin(writer: Writer, db: Kysely<Database>, admin: { email: string; password: string } | undefined): Promise<UserRecord | null> {
  if (!admin || (await countUsers(db)) > 0) return null;
  const { user } = await addUser(writer, { email: admin.email, name: 'Administrator', role: 'admin', password: admin.password }, { id: 'system', via: 'environment' });
  return user;
}
