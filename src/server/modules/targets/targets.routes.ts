import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { ownOrganisation } from '../../http/authenticate.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { findTarget, listTargets, presentTarget, type TargetRecord } from './targets.repository.ts';
import { CreateTargetBody, ListTargetsQuery, Target, UpdateTargetBody } from './targets.schema.ts';
import { createTarget, updateTarget } from './targets.service.ts';

/** What a supplier user may change of its own targets: how they are described, not who owns them. */
const supplierEditable = new Set(['name', 'attributes']);

export function targetRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['targets'];
  /** The target, if the caller may see it: a supplier only its organisation's (anything else is not found). */
  async function visible(req: FastifyRequest, id: string): Promise<TargetRecord> {
    const target = await findTarget(ctx.database.db, id);
    const organisationId = ownOrganisation(req);
    if (!target || (organisationId !== null && target.organisationId !== organisationId)) throw notFound('target', id);
    return target;
  }
  app.post(
    '/targets',
    {
      config: { permission: 'targets:write' },
      schema: {
        tags,
        summary: 'Register a target (product, partner, process or support step)',
        body: CreateTargetBody,
        response: { 201: Target, ...problems(400, 409, 415, 422) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentTarget(await ctx.writer.run((tx) => createTarget(tx, req.body), actorOf(req)))),
  );
  app.get(
    '/targets',
    {
      config: { permission: 'targets:read', scoped: true },
      schema: {
        tags,
        summary: 'List or search targets',
        querystring: ListTargetsQuery,
        response: { 200: page(Target), ...problems(400) },
      },
    },
    async (req) => {
      const result = pageOf(await listTargets(ctx.database.db, req.query, ownOrganisation(req)), req.query.limit, (t) => t.id);
      return { items: result.items.map(presentTarget), nextCursor: result.nextCursor };
    },
  );
  app.get(
    '/targets/:id',
    { config: { permission: 'targets:read', scoped: true }, schema: { tags, summary: 'Get a target', params: IdParams, response: { 200: Target, ...problems(404) } } },
    async (req) => presentTarget(await visible(req, req.params.id)),
  );
  app.patch(
    '/targets/:id',
    {
      config: { permission: 'targets:write', scoped: true },
      schema: {
        tags,
        summary: "Update a target's details (not its sale status)",
        params: IdParams,
        body: UpdateTargetBody,
        response: { 200: Target, ...problems(400, 404, 409, 415, 422) },
      },
    },
    async (req) => {
      if (ownOrganisation(req) !== null) {
        await visible(req, req.params.id);
        const field = Object.keys(req.body).find((k) => !supplierEditable.has(k));
        if (field) throw forbidden({ permission: 'targets:write' }, field);
      }
      return presentTarget(await ctx.writer.run((tx) => updateTarget(tx, req.params.id, req.body), actorOf(req)));
    },
  );
}
