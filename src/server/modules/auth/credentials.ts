import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** The session cookie (HttpOnly, SameSite=Strict) and the header that must echo its CSRF token. */
export const SESSION_COOKIE = 'andon_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Every API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'andon_';

/** argon2id with OWASP's recommended minimum (19 MiB, two passes, one lane): about 10 ms here. */
// 2 is Algorithm.Argon2id (a const enum, which plain type-stripping cannot inline).
const argon2Options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** 256 random bits, URL-safe: a session secret. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a secret (session or token): its SHA-256. High-entropy secrets need no slow hash. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The CSRF token of a session: derived from its secret, so it needs no storage and dies with the session. */
export function csrfOf(sessionSecret: string): string {
  return createHash('sha256').update(`csrf:${sessionSecret}`).digest('base64url');
}

/** A new API token: the secret shown once, a prefix to recognise it by, and the hash that is kept. */
export function newApiToken(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(30).toString('base64url')}`;
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6), hash: digest(token) };
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A password as stored: argon2id, salted, its parameters in the string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/** Does the password match the stored hash? (A malformed hash is a mismatch, never an error.) */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/** Spends the time a real check would, so an unknown email cannot be told from a wrong password. */
export async function spendPasswordTime(password: string): Promise<void> {
  dummy ??= hashPassword(newSecret());
  await verifyPassword(await dummy, password);
}

const readable = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password an admin hands over (about 113 bits), to be changed at the first sign-in. */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => readable[randomInt(readable.length)]).join(''));
  return groups.join('-');
}
