import { notFound } from '#domain/errors.ts';
import { pageOf } from '../../db/pagination.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { findTeam, listTeams } from './teams.repository.ts';
import { CreateTeamBody, ListTeamsQuery, Team, UpdateTeamBody } from './teams.schema.ts';
import { createTeam, updateTeam } from './teams.service.ts';

export function teamRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['teams'];
  app.post(
    '/teams',
    { schema: { tags, summary: 'Create a team', body: CreateTeamBody, response: { 201: Team, ...problems(400, 409, 415) } } },
    async (req, reply) => reply.code(201).send(await ctx.writer.run((tx) => createTeam(tx, req.body), actorOf(req))),
  );
  app.get(
    '/teams',
    { schema: { tags, summary: 'List teams', querystring: ListTeamsQuery, response: { 200: page(Team), ...problems(400) } } },
    async (req) => pageOf(await listTeams(ctx.database.db, req.query.limit, req.query.cursor), req.query.limit, (t) => t.id),
  );
  app.get(
    '/teams/:id',
    { schema: { tags, summary: 'Get a team', params: IdParams, response: { 200: Team, ...problems(404) } } },
    async (req) => (await findTeam(ctx.database.db, req.params.id)) ?? Promise.reject(notFound('team', req.params.id)),
  );
  app.patch(
    '/teams/:id',
    {
      schema: { tags, summary: 'Update a team', params: IdParams, body: UpdateTeamBody, response: { 200: Team, ...problems(400, 404, 409, 415) } },
    },
    async (req) => ctx.writer.run((tx) => updateTeam(tx, req.params.id, req.body), actorOf(req)),
  );
}
