import { tokenScopes } from '#domain/access.ts';
import type { Locale } from '#i18n/index.ts';
import { CreateTokenBody } from '#server/modules/tokens/tokens.schema.ts';
import { issueToken } from '#server/modules/tokens/tokens.service.ts';
import { addUser } from '#server/modules/users/bootstrap.ts';
import { CreateUserBody } from '#server/modules/users/users.schema.ts';
import { listUsers, presentUser } from '#server/modules/users/users.service.ts';
import { parseWith, printJson } from '../parse.ts';
import { openSession, t, UsageError } from '../runtime.ts';

type Flags = Record<string, string | boolean | undefined>;

/** `andon user add --email … --name … --role … [--password …] [--ref …] [--organisation ID]`: the same schema as POST /users. */
export async function userAdd(flags: Flags, locale: Locale): Promise<void> {
  const input = parseWith(CreateUserBody, flags, { email: 'email', name: 'name', role: 'role', password: 'password', ref: 'ref', organisationId: 'organisation' });
  const session = await openSession();
  try {
    const { user, temporaryPassword } = await addUser(session.writer, input, { id: 'cli', via: 'cli' });
    if (flags['json']) return printJson({ user: presentUser(user), ...(temporaryPassword ? { temporaryPassword } : {}) });
    console.log(t(locale, 'cli.userAdded', { ref: user.ref, email: user.email, role: user.role }));
    if (temporaryPassword) console.log(t(locale, 'cli.temporaryPassword', { password: temporaryPassword }));
  } finally {
    await session.close();
  }
}

/** `andon user list`: who may sign in. */
export async function userList(flags: Flags): Promise<void> {
  const session = await openSession();
  try {
    const users = (await listUsers(session.database.db, { limit: 500 })).map(presentUser);
    if (flags['json']) return printJson(users);
    for (const u of users) console.log(`${u.ref}\t${u.email}\t${u.role}${u.organisationId ? `\t${u.organisationId}` : ''}${u.active ? '' : '\t(inactive)'}`);
  } finally {
    await session.close();
  }
}

/** `andon token add --name … --scope a,b [--days 90]`: an API token for an integration, printed once. */
export async function tokenAdd(flags: Flags, locale: Locale): Promise<void> {
  const scopes = typeof flags['scope'] === 'string' ? flags['scope'].split(',').map((s) => s.trim()).filter(Boolean) : [];
  if (scopes.length === 0) throw new UsageError(`give --scope, one or more of: ${tokenScopes.join(', ')}`);
  const days = typeof flags['days'] === 'string' ? Number(flags['days']) : undefined;
  const input = parseWith(CreateTokenBody, flags, { name: 'name' }, { scopes, ...(days !== undefined ? { expiresInDays: days } : {}) });
  const session = await openSession();
  try {
    const everything = Object.fromEntries(tokenScopes.map((s) => [s, 'all'] as const));
    // The terminal is trusted like an admin: it may grant any scope a token can hold.
    const issued = await session.writer.run((tx) => issueToken(tx, input, { ref: 'cli', grants: everything }), { id: 'cli', via: 'cli' });
    if (flags['json']) return printJson(issued);
    console.log(t(locale, 'cli.tokenIssued', { name: issued.apiToken.name, scopes: issued.apiToken.scopes.join(', '), expiresAt: issued.apiToken.expiresAt }));
    console.log(issued.token);
  } finally {
    await session.close();
  }
}
