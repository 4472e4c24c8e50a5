import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { findOrganisation, listOrganisations } from './organisations.repository.ts';
import {
  CreateOrganisationBody,
  ListOrganisationsQuery,
  Organisation,
  UpdateOrganisationBody,
} from './organisations.schema.ts';
import { createOrganisation, updateOrganisation } from './organisations.service.ts';

export function organisationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['organisations'];
  app.post(
    '/organisations',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Register a supplier or partner',
        body: CreateOrganisationBody,
        response: { 201: Organisation, ...problems(400, 409, 415) },
      },
    },
    async (req, reply) => reply.code(201).send(await ctx.writer.run((tx) => createOrganisation(tx, req.body), actorOf(req))),
  );
  app.get(
    '/organisations',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'List suppliers and partners', querystring: ListOrganisationsQuery, response: { 200: page(Organisation), ...problems(400) } } },
    async (req) => pageOf(await listOrganisations(ctx.database.db, req.query), req.query.limit, (o) => o.id),
  );
  app.get(
    '/organisations/:id',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'Get a supplier or partner', params: IdParams, response: { 200: Organisation, ...problems(404) } } },
    async (req) =>
      (await findOrganisation(ctx.database.db, req.params.id)) ?? Promise.reject(notFound('organisation', req.params.id)),
  );
  app.patch(
    '/organisations/:id',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Update a supplier or partner',
        params: IdParams,
        body: UpdateOrganisationBody,
        response: { 200: Organisation, ...problems(400, 404, 409, 415) },
      },
    },
    async (req) => ctx.writer.run((tx) => updateOrganisation(tx, req.params.id, req.body), actorOf(req)),
  );
}
