/**
 * What the Users and API tokens settings read and send. Checked against the server's schemas by
 * test/web-people-contract.test.ts.
 */
import type { Role, TokenScope } from '#domain/access.ts';

export type { Role, TokenScope } from '#domain/access.ts';

/** A person who signs in (never their password). */
export interface User {
  id: string;
  ref: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  passwordChangedAt: string | null;
  createdAt: string;
}

/** A person added or a password reset: the temporary password is here only this once. */
export interface CreatedUser {
  user: User;
  temporaryPassword?: string;
}

export interface CreateUser {
  email: string;
  name: string;
  role: Role;
  ref?: string;
  organisationId?: string | null;
  password?: string;
}

export interface UpdateUser {
  email?: string;
  name?: string;
  role?: Role;
  organisationId?: string | null;
  active?: boolean;
}

export interface ResetPassword {
  password?: string;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  organisationId?: string;
  active?: boolean;
  cursor?: string;
}

/** An API token as listed: its prefix, never its secret. */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  active: boolean;
}

export interface CreateToken {
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
}

/** A token just issued: `token` is the secret, shown this once. */
export interface CreatedToken {
  token: string;
  apiToken: ApiToken;
}
