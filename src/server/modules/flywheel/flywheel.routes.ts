import { z } from 'zod';
import { flywheelCaseSchema, flywheelSchema } from '#domain/flywheel/schema.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import {
  CaseParams,
  CreateFlywheelBody,
  FactorsBody,
  FlywheelParams,
  FlywheelSummary,
  LiveBinding,
  LiveQuery,
  SaveVersionBody,
  ShareParams,
  SimulateBody,
  SimulationResult,
  Studio,
} from './flywheel.schema.ts';
import {
  createFlywheel,
  deleteCase,
  deleteFlywheel,
  exportStudio,
  getShared,
  getStudio,
  listFlywheels,
  liveBindings,
  saveCase,
  saveDraft,
  saveFactors,
  saveVersion,
  setSharing,
  simulateStudio,
  studioView,
} from './flywheel.service.ts';

/** The growth flywheel studio: cases, components, the loop, replay, simulation, live metrics. */
export function flywheelRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['flywheel'];
  const db = () => ctx.database.db;
  app.get(
    '/flywheels',
    { config: { permission: 'flywheels:read' }, schema: { tags, summary: 'List flywheels', response: { 200: z.object({ items: z.array(FlywheelSummary) }) } } },
    async () => ({
      items: (await listFlywheels(db())).map((f) => ({
        id: f.id,
        name: f.draft.name,
        components: f.draft.components.length,
        latestVersion: f.latestVersion,
        updatedAt: f.updatedAt,
      })),
    }),
  );
  app.post(
    '/flywheels',
    {
      config: { permission: 'flywheels:write' },
      bodyLimit: ctx.config.batchBodyLimit,
      schema: {
        tags,
        summary: "Start a flywheel from a template (Amazon's, or blank) or import an exported JSON document",
        body: CreateFlywheelBody,
        response: { 201: Studio, ...problems(400, 413, 415) },
      },
    },
    async (req, reply) => {
      const row = await ctx.writer.run((tx) => createFlywheel(tx, req.body), actorOf(req));
      return reply.code(201).send(await studioView(db(), row, localeOf(req)));
    },
  );
  app.get(
    '/flywheels/:id',
    {
      config: { permission: 'flywheels:read' },
      schema: {
        tags,
        summary: 'The studio: draft, versions, cases, discovery, checks, replay grid',
        params: FlywheelParams,
        response: { 200: Studio, ...problems(404) },
      },
    },
    async (req) => getStudio(db(), req.params.id, localeOf(req)),
  );
  app.put(
    '/flywheels/:id',
    {
      config: { permission: 'flywheels:write' },
      schema: {
        tags,
        summary: 'Save the draft: components, causal links, bindings, names',
        params: FlywheelParams,
        body: flywheelSchema,
        response: { 200: Studio, ...problems(400, 404, 415) },
      },
    },
    async (req) => {
      const row = await ctx.writer.run((tx) => saveDraft(tx, req.params.id, req.body), actorOf(req));
      return studioView(db(), row, localeOf(req));
    },
  );
  app.delete(
    '/flywheels/:id',
    { config: { permission: 'flywheels:write' }, schema: { tags, summary: 'Delete a flywheel with its versions and cases', params: FlywheelParams, response: { 204: z.null(), ...problems(404) } } },
    async (req, reply) => {
      await ctx.writer.run((tx) => deleteFlywheel(tx, req.params.id), actorOf(req));
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/flywheels/:id/versions',
    {
      config: { permission: 'flywheels:write' },
      schema: {
        tags,
        summary: 'Keep the draft as the next version (a column of the replay grid)',
        params: FlywheelParams,
        body: SaveVersionBody,
        response: { 201: z.object({ version: z.number().int(), note: z.string(), createdAt: z.string() }), ...problems(400, 404, 415) },
      },
    },
    async (req, reply) => {
      const v = await ctx.writer.run((tx) => saveVersion(tx, req.params.id, req.body.note), actorOf(req));
      return reply.code(201).send({ version: v.version, note: v.note, createdAt: v.createdAt });
    },
  );
  app.put(
    '/flywheels/:id/factors',
    {
      config: { permission: 'flywheels:write' },
      schema: { tags, summary: 'Name the factors cases share', params: FlywheelParams, body: FactorsBody, response: { 200: FactorsBody, ...problems(400, 404, 415) } },
    },
    async (req) => ({ factors: await ctx.writer.run((tx) => saveFactors(tx, req.params.id, req.body.factors), actorOf(req)) }),
  );
  app.put(
    '/flywheels/:id/cases/:caseId',
    {
      config: { permission: 'flywheels:write' },
      schema: {
        tags,
        summary: 'Add or change a success or failure case with the factors observed',
        params: CaseParams,
        body: flywheelCaseSchema,
        response: { 200: flywheelCaseSchema, ...problems(400, 404, 415) },
      },
    },
    async (req) => ctx.writer.run((tx) => saveCase(tx, req.params.id, { ...req.body, id: req.params.caseId }), actorOf(req)),
  );
  app.delete(
    '/flywheels/:id/cases/:caseId',
    { config: { permission: 'flywheels:write' }, schema: { tags, summary: 'Remove a case', params: CaseParams, response: { 204: z.null(), ...problems(404) } } },
    async (req, reply) => {
      await ctx.writer.run((tx) => deleteCase(tx, req.params.id, req.params.caseId), actorOf(req));
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/flywheels/:id/simulate',
    {
      config: { permission: 'flywheels:read' },
      schema: {
        tags,
        summary: 'Simulate the draft (or a version): RK4 over the continuous model, loop gains, the tipping point',
        params: FlywheelParams,
        body: SimulateBody,
        response: { 200: SimulationResult, ...problems(400, 404, 415) },
      },
    },
    async (req) => simulateStudio(db(), req.params.id, req.body.options, req.body.version),
  );
  app.get(
    '/flywheels/:id/live',
    {
      config: { permission: 'flywheels:read' },
      schema: {
        tags,
        summary: "The andon metrics bound to components, day by day, with their trends (the nodes' sparklines)",
        params: FlywheelParams,
        querystring: LiveQuery,
        response: { 200: z.object({ items: z.array(LiveBinding) }), ...problems(400, 404) },
      },
    },
    async (req) => ({ items: await liveBindings(db(), req.params.id, new Date(), req.query.days) }),
  );
  app.get(
    '/flywheels/:id/export',
    { config: { permission: 'flywheels:read' }, schema: { tags, summary: 'The flywheel, its versions and cases as a JSON document', params: FlywheelParams, response: { 200: z.unknown(), ...problems(404) } } },
    async (req, reply) => {
      const json = await exportStudio(db(), req.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="flywheel-${req.params.id}.json"`)
        .send(json as never);
    },
  );
  app.post(
    '/flywheels/:id/share',
    {
      config: { permission: 'flywheels:write' },
      schema: {
        tags,
        summary: 'Create a read-only share link (a new one replaces the old); shared: false revokes it',
        params: FlywheelParams,
        body: z.object({ shared: z.boolean().default(true) }),
        response: { 200: z.object({ shareToken: z.string().nullable(), url: z.string().nullable() }), ...problems(400, 404, 415) },
      },
    },
    async (req) => {
      const token = await ctx.writer.run((tx) => setSharing(tx, req.params.id, req.body.shared), actorOf(req));
      return { shareToken: token, url: token ? `/shared/flywheels/${token}` : null };
    },
  );
  app.get(
    '/shared/flywheels/:token',
    { config: { permission: 'public' }, schema: { tags, summary: 'A shared flywheel, read-only', params: ShareParams, response: { 200: Studio, ...problems(400, 404) } } },
    async (req) => getShared(db(), req.params.token, localeOf(req)),
  );
}
