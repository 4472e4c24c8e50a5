import { notFound } from '#domain/errors.ts';
import { pageOf } from '../../db/pagination.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { findTeam, listTeams } from './teams.repository.ts';
import { z } from 'zod';
import { CreateTeamBody, ListTeamsQuery, MemberParams, Team, TeamMember, UpdateTeamBody } from './teams.schema.ts';
import { addMember, createTeam, listMembers, removeMember, updateTeam } from './teams.service.ts';

export function teamRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['teams'];
  app.post(
    '/teams',
    { config: { permission: 'config:write' }, schema: { tags, summary: 'Create a team', body: CreateTeamBody, response: { 201: Team, ...problems(400, 409, 415) } } },
    async (req, reply) => reply.code(201).send(await ctx.writer.run((tx) => createTeam(tx, req.body), actorOf(req))),
  );
  app.get(
    '/teams',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'List teams', querystring: ListTeamsQuery, response: { 200: page(Team), ...problems(400) } } },
    async (req) => pageOf(await listTeams(ctx.database.db, req.query.limit, req.query.cursor), req.query.limit, (t) => t.id),
  );
  app.get(
    '/teams/:id',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'Get a team', params: IdParams, response: { 200: Team, ...problems(404) } } },
    async (req) => (await findTeam(ctx.database.db, req.params.id)) ?? Promise.reject(notFound('team', req.params.id)),
  );
  app.patch(
    '/teams/:id',
    {
      config: { permission: 'config:write' },
      schema: { tags, summary: 'Update a team', params: IdParams, body: UpdateTeamBody, response: { 200: Team, ...problems(400, 404, 409, 415) } },
    },
    async (req) => ctx.writer.run((tx) => updateTeam(tx, req.params.id, req.body), actorOf(req)),
  );
  app.get(
    '/teams/:id/members',
    { config: { permission: 'config:read' }, schema: { tags, summary: "A team's members", params: IdParams, response: { 200: z.object({ items: z.array(TeamMember) }), ...problems(404) } } },
    async (req) => {
      if (!(await findTeam(ctx.database.db, req.params.id))) throw notFound('team', req.params.id);
      return { items: await listMembers(ctx.database.db, req.params.id) };
    },
  );
  app.put(
    '/teams/:id/members/:memberRef',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Put a person (an agent ref) in this team, moving them from any other',
        description: 'The team of a pull is the team of the pulling agent at the time of the pull: its manager answers for the bad-andon rate.',
        params: MemberParams,
        response: { 200: TeamMember, ...problems(400, 404) },
      },
    },
    async (req) => ctx.writer.run((tx) => addMember(tx, req.params.id, req.params.memberRef), actorOf(req)),
  );
  app.delete(
    '/teams/:id/members/:memberRef',
    { config: { permission: 'config:write' }, schema: { tags, summary: 'Take a person out of this team', params: MemberParams, response: { 204: z.null(), ...problems(400, 404) } } },
    async (req, reply) => {
      await ctx.writer.run((tx) => removeMember(tx, req.params.id, req.params.memberRef), actorOf(req));
      return reply.code(204).send(null);
    },
  );
}
