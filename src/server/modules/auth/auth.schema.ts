import { z } from 'zod';
import { permissions, roles } from '#domain/access.ts';
import { IsoTimestamp } from '../../http/common.ts';
import { Email, Password, User } from '../users/users.schema.ts';

export const SignInBody = z.object({ email: Email, password: Password });

export const ChangePasswordBody = z.object({
  currentPassword: Password,
  newPassword: Password.describe('at least 12 characters, not a common password, not your name or email'),
});

/** Who the caller is and what it may do: the web app's "who am I". */
export const Me = z
  .object({
    via: z.enum(['session', 'token']),
    ref: z.string().describe('the ref recorded as actor: the user’s, or token:<name>'),
    name: z.string(),
    role: z.enum(roles).nullable(),
    organisationId: z.string().nullable(),
    user: User.nullable(),
    grants: z
      .partialRecord(z.enum(permissions), z.enum(['all', 'own']))
      .describe('each permission held: all records, or only the caller’s own (a supplier’s organisation, an agent’s rewards)'),
    csrfToken: z.string().nullable().describe('a session’s CSRF token: send it as X-CSRF-Token on every POST, PUT, PATCH and DELETE'),
    sessionExpiresAt: IsoTimestamp.nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
