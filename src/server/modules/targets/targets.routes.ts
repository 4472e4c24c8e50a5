import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { findTarget, listTargets, presentTarget } from './targets.repository.ts';
import { CreateTargetBody, ListTargetsQuery, Target, UpdateTargetBody } from './targets.schema.ts';
import { createTarget, updateTarget } from './targets.service.ts';

export function targetRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['targets'];
  app.post(
    '/targets',
    {
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
      schema: {
        tags,
        summary: 'List or search targets',
        querystring: ListTargetsQuery,
        response: { 200: page(Target), ...problems(400) },
      },
    },
    async (req) => {
      const result = pageOf(await listTargets(ctx.database.db, req.query), req.query.limit, (t) => t.id);
      return { items: result.items.map(presentTarget), nextCursor: result.nextCursor };
    },
  );
  app.get(
    '/targets/:id',
    { schema: { tags, summary: 'Get a target', params: IdParams, response: { 200: Target, ...problems(404) } } },
    async (req) => {
      const target = await findTarget(ctx.database.db, req.params.id);
      if (!target) throw notFound('target', req.params.id);
      return presentTarget(target);
    },
  );
  app.patch(
    '/targets/:id',
    {
      schema: {
        tags,
        summary: "Update a target's details (not its sale status)",
        params: IdParams,
        body: UpdateTargetBody,
        response: { 200: Target, ...problems(400, 404, 409, 415, 422) },
      },
    },
    async (req) => presentTarget(await ctx.writer.run((tx) => updateTarget(tx, req.params.id, req.body), actorOf(req))),
  );
}
