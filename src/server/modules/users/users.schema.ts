import { z } from 'zod';
import { roles, userRefPattern } from '#domain/access.ts';
import { PASSWORD_MAX } from '#domain/passwords.ts';
import { Id, IsoTimestamp, PageQuery, text } from '../../http/common.ts';

/** A person who signs in. `ref` is the handle they are recorded by everywhere (pulledBy, managerRef …). */
export const User = z
  .object({
    id: z.string(),
    ref: z.string().describe('the handle recorded as pulledBy, recordedBy, managerRef … (never changes)'),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    organisationId: z.string().nullable().describe('a supplier user’s organisation: all it sees is that organisation’s'),
    active: z.boolean(),
    mustChangePassword: z.boolean().describe('signed in with a temporary password: only the password change is open'),
    lastSignInAt: IsoTimestamp.nullable(),
    passwordChangedAt: IsoTimestamp.nullable(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserRef = z
  .string()
  .trim()
  .toLowerCase()
  .regex(userRefPattern, 'a lowercase handle: letters, digits, dots, dashes, underscores (e.g. xiao.lin)');
export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const Password = z.string().min(1).max(PASSWORD_MAX);

export const CreateUserBody = z.object({
  ref: UserRef.optional().describe('defaults to the part of the email before the @'),
  email: Email,
  name: text(200).pipe(z.string().min(1)),
  role: z.enum(roles),
  organisationId: Id.nullish().describe('required for a supplier user, refused for anyone else'),
  password: Password.optional().describe('omit it to get a temporary password (shown once) that must be changed at the first sign-in'),
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    email: Email.optional(),
    name: text(200).pipe(z.string().min(1)).optional(),
    role: z.enum(roles).optional(),
    organisationId: Id.nullish(),
    active: z.boolean().optional().describe('false signs the person out everywhere and keeps them out'),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({
  password: Password.optional().describe('omit it to get a temporary password (shown once)'),
});

export const CreatedUser = z
  .object({
    user: User,
    temporaryPassword: z.string().optional().describe('shown once; the person must change it at the first sign-in'),
  })
  .meta({ id: 'CreatedUser' });

export const ListUsersQuery = z.object({
  ...PageQuery,
  role: z.enum(roles).optional(),
  organisationId: Id.optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().trim().min(1).max(200).optional().describe('part of the name, email or ref'),
});
export type ListUsersFilter = z.infer<typeof ListUsersQuery>;
