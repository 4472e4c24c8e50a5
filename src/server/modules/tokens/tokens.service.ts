import { uuidv7 } from 'uuidv7';
import type { Grants } from '#domain/access.ts';
import { AndonError, notFound } from '#domain/errors.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { newApiToken } from '../auth/credentials.ts';
import { findToken, insertToken, markTokenRevoked } from './tokens.repository.ts';
import type { ApiToken, CreateTokenInput } from './tokens.schema.ts';

export { findToken, listTokens } from './tokens.repository.ts';

/**
 * Issues an API token for an integration: scoped, expiring, stored as a hash. The secret is
 * returned once and never again. Nobody grants a token more than they hold themselves.
 */
export async function issueToken(tx: Tx, input: CreateTokenInput, issuer: { ref: string; grants: Grants }): Promise<{ token: string; apiToken: ApiToken }> {
  const notHeld = input.scopes.filter((s) => issuer.grants[s] !== 'all');
  if (notHeld.length > 0) {
    throw new AndonError('forbidden', { permission: notHeld.join(', ') }, [{ path: ['scopes'], code: 'scope_not_held' }]);
  }
  const secret = newApiToken();
  const now = tx.now;
  const apiToken: ApiToken = {
    id: uuidv7(),
    name: input.name,
    prefix: secret.prefix,
    scopes: [...new Set(input.scopes)],
    createdBy: issuer.ref,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
    active: true,
  };
  try {
    await insertToken(tx.db, apiToken, secret.hash);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AndonError('already_exists', { entity: 'API token', field: 'name', value: input.name }, [
        { path: ['name'], code: 'duplicate', params: { value: input.name } },
      ]);
    }
    throw error;
  }
  await recordAudit(tx, { action: 'api_token.created', subjectType: 'api_token', subjectId: apiToken.id, after: apiToken });
  return { token: secret.token, apiToken };
}

/** Revokes a token at once (this instance forgets it now; others within the auth cache time). */
export async function revokeToken(tx: Tx, id: string): Promise<ApiToken> {
  const before = await findToken(tx.db, id);
  if (!before) throw notFound('API token', id);
  if (before.revokedAt !== null) return before;
  await markTokenRevoked(tx.db, id, tx.actor.id, tx.now.toISOString());
  const after = (await findToken(tx.db, id))!;
  await recordAudit(tx, { action: 'api_token.revoked', subjectType: 'api_token', subjectId: id, before, after });
  return after;
}
