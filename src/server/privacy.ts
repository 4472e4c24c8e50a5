import { createHmac } from 'node:crypto';

/** Marks a stored customer ref as a keyed hash (a raw ref never starts like this by accident). */
export const CUSTOMER_HASH_PREFIX = 'hmac:';

/**
 * How customer refs are stored and compared: as given, or, with a key (ANDON_CUSTOMER_HASH_KEY), as
 * an HMAC-SHA256 of the ref. The same customer still counts once (equal refs, equal hashes), but a
 * copy of the database does not say who the customers are, and without the key nobody can test
 * guesses. The trade-offs are in docs/decisions/004-people-roles-and-access.md.
 */
export function customerRefProtector(key: string | undefined): (ref: string) => string {
  if (!key) return (ref) => ref;
  return (ref) => CUSTOMER_HASH_PREFIX + createHmac('sha256', key).update(ref.trim()).digest('base64url');
}
