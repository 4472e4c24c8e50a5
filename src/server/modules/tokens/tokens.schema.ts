import { z } from 'zod';
import { tokenScopes } from '#domain/access.ts';
import { IsoTimestamp, PageQuery, text } from '../../http/common.ts';

/** An API token as listed: never its secret (only a hash is kept), its prefix to recognise it by. */
export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string().describe('what uses it, e.g. helpdesk intake, storefront status'),
    prefix: z.string().describe('the first characters of the token, to tell tokens apart'),
    scopes: z.array(z.enum(tokenScopes)),
    createdBy: z.string(),
    createdAt: IsoTimestamp,
    expiresAt: IsoTimestamp,
    lastUsedAt: IsoTimestamp.nullable().describe('to the minute'),
    revokedAt: IsoTimestamp.nullable(),
    revokedBy: z.string().nullable(),
    active: z.boolean().describe('neither revoked nor expired'),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateTokenBody = z.object({
  name: text(100).pipe(z.string().min(1)),
  scopes: z
    .array(z.enum(tokenScopes))
    .min(1)
    .max(tokenScopes.length)
    .describe('e.g. ["complaints:write"] for a helpdesk, ["status:read"] for a storefront'),
  expiresInDays: z.number().int().min(1).max(365).default(90),
});
export type CreateTokenInput = z.infer<typeof CreateTokenBody>;

export const CreatedToken = z
  .object({
    token: z.string().describe('the secret: shown this once, send it as "Authorization: Bearer <token>"'),
    apiToken: ApiToken,
  })
  .meta({ id: 'CreatedToken' });

export const ListTokensQuery = z.object({
  ...PageQuery,
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type ListTokensFilter = z.infer<typeof ListTokensQuery>;
