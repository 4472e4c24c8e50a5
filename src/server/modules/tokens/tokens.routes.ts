import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { principalOf } from '../../http/authenticate.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { ApiToken, CreatedToken, CreateTokenBody, ListTokensQuery } from './tokens.schema.ts';
import { findToken, issueToken, listTokens, revokeToken } from './tokens.service.ts';

/** API tokens for integrations (helpdesk intake, storefront status reads): admins only. */
export function tokenRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['tokens'];
  const config = { permission: 'tokens:manage' } as const;
  app.post(
    '/tokens',
    {
      config,
      schema: {
        tags,
        summary: 'Issue an API token: scoped, expiring; the secret is shown this once',
        description: 'Only a hash is kept. Send it as "Authorization: Bearer <token>". A token with complaints:write may record complaints on behalf of an agent (recordedBy).',
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...problems(400, 401, 403, 409, 415) },
      },
    },
    async (req, reply) => {
      const issued = await ctx.writer.run((tx) => issueToken(tx, req.body, principalOf(req)), actorOf(req));
      return reply.code(201).header('cache-control', 'no-store').send(issued);
    },
  );
  app.get(
    '/tokens',
    { config, schema: { tags, summary: 'List API tokens (never their secrets), with when each was last used', querystring: ListTokensQuery, response: { 200: page(ApiToken), ...problems(400, 401, 403) } } },
    async (req) => pageOf(await listTokens(ctx.database.db, req.query), req.query.limit, (t) => t.id),
  );
  app.get(
    '/tokens/:id',
    { config, schema: { tags, summary: 'Get an API token (never its secret)', params: IdParams, response: { 200: ApiToken, ...problems(401, 403, 404) } } },
    async (req) => (await findToken(ctx.database.db, req.params.id)) ?? Promise.reject(notFound('API token', req.params.id)),
  );
  app.delete(
    '/tokens/:id',
    { config, schema: { tags, summary: 'Revoke an API token: it stops working at once', params: IdParams, response: { 204: z.null(), ...problems(401, 403, 404) } } },
    async (req, reply) => {
      await ctx.writer.run((tx) => revokeToken(tx, req.params.id), actorOf(req));
      ctx.auth.forget({ tokenId: req.params.id });
      return reply.code(204).send(null);
    },
  );
}
