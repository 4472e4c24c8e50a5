import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { findRule, listRules } from './rules.repository.ts';
import { CreateRuleBody, ListRulesQuery, Rule, UpdateRuleBody } from './rules.schema.ts';
import { createRule, updateRule } from './rules.service.ts';

export function ruleRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['rules'];
  app.post(
    '/rules',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Add a repeat rule for a target kind and/or issue code',
        body: CreateRuleBody,
        response: { 201: Rule, ...problems(400, 409, 415, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.writer.run((tx) => createRule(tx, req.body), actorOf(req))),
  );
  app.get(
    '/rules',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'List the rules', querystring: ListRulesQuery, response: { 200: page(Rule), ...problems(400) } } },
    async (req) => pageOf(await listRules(ctx.database.db, req.query.limit, req.query.cursor), req.query.limit, (r) => r.id),
  );
  app.get(
    '/rules/:id',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'Get a rule', params: IdParams, response: { 200: Rule, ...problems(404) } } },
    async (req) => (await findRule(ctx.database.db, req.params.id)) ?? Promise.reject(notFound('rule', req.params.id)),
  );
  app.patch(
    '/rules/:id',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Change a rule (threshold, window, mode, reward, due times) or switch it off',
        params: IdParams,
        body: UpdateRuleBody,
        response: { 200: Rule, ...problems(400, 404, 415) },
      },
    },
    async (req) => ctx.writer.run((tx) => updateRule(tx, req.params.id, req.body), actorOf(req)),
  );
}
