import { api, withQuery } from './client.ts';
import type {
  ApiToken,
  CreatedToken,
  CreatedUser,
  CreateToken,
  CreateUser,
  ResetPassword,
  UpdateUser,
  User,
  UserFilter,
} from './people-types.ts';
import type { Page } from './types.ts';

type Signal = AbortSignal | undefined;
const id = encodeURIComponent;

/** The Users and API tokens settings' calls (both need an admin's users:manage / tokens:manage). */
export const people = {
  users: (filter: UserFilter, signal?: Signal) =>
    api<Page<User>>(withQuery('/users', { limit: 50, ...filter }), { signal }),
  createUser: (body: CreateUser) => api<CreatedUser>('/users', { method: 'POST', body }),
  updateUser: (userId: string, body: UpdateUser) =>
    api<User>(`/users/${id(userId)}`, { method: 'PATCH', body }),
  resetPassword: (userId: string, body: ResetPassword) =>
    api<CreatedUser>(`/users/${id(userId)}/password`, { method: 'POST', body }),
  tokens: (filter: { active?: boolean; cursor?: string }, signal?: Signal) =>
    api<Page<ApiToken>>(withQuery('/tokens', { limit: 50, ...filter }), { signal }),
  createToken: (body: CreateToken) => api<CreatedToken>('/tokens', { method: 'POST', body }),
  revokeToken: (tokenId: string) => api<void>(`/tokens/${id(tokenId)}`, { method: 'DELETE' }),
};
