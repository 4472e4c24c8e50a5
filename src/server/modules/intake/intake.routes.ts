import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import { actingAs, actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import { Complaint } from '../complaints/complaints.schema.ts';
import { presentComplaint } from '../complaints/complaints.repository.ts';
import { FieldMapping, presets } from './intake.mapping.ts';
import { findMapping, listMappings } from './intake.repository.ts';
import { intakeTicket, putMapping } from './intake.service.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, 'lowercase letters, digits, - and _');
const Mapping = z.object({ key: z.string(), name: z.string(), fields: FieldMapping, preset: z.boolean(), updatedAt: z.string().nullable() }).meta({ id: 'IntakeMapping' });
const IntakeResult = z
  .object({
    complaint: Complaint,
    replayed: z.boolean().describe('true when this ticket was already taken in: its complaint is returned, nothing new is recorded'),
    action: z.string().describe('what recording the complaint did (recorded, suggest_pull, auto_pulled, attached …) or replayed'),
    andonId: z.string().nullable(),
    targetStatus: z.string().nullable(),
  })
  .meta({ id: 'IntakeResult' });

/**
 * Helpdesk intake: a helpdesk's ticket webhook becomes a complaint through a field mapping stored
 * here (`zendesk` works without one). Needs a token with the complaints:write scope.
 */
export function intakeRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['helpdesk intake'];
  const mappingOf = async (key: string) => {
    const stored = await findMapping(ctx.database.db, key);
    if (stored) return { key, name: stored.name, fields: stored.fields, preset: false, updatedAt: stored.updatedAt };
    const preset = presets[key];
    return preset ? { key, name: preset.name, fields: preset.fields, preset: true, updatedAt: null } : undefined;
  };
  app.post(
    '/intake/:key',
    {
      config: { permission: 'complaints:write' },
      bodyLimit: ctx.config.bodyLimit,
      schema: {
        tags,
        summary: "Take in a helpdesk ticket (its webhook's JSON) as a complaint, through the mapping named by key",
        description: 'Idempotent by ticket id: a resent or updated ticket returns the complaint it made (200). Errors name the ticket path each field was read from.',
        params: z.object({ key: Key }),
        body: z.record(z.string(), z.unknown()),
        response: { 200: IntakeResult, 201: IntakeResult, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (req, reply) => {
      const mapping = await mappingOf(req.params.key);
      if (!mapping) throw notFound('intake mapping', req.params.key);
      // A person's session records as that person; a token records on behalf of the ticket's agent, if mapped.
      const recordedBy = (mapped: string | undefined) => actingAs(req, 'recordedBy', mapped, false);
      const outcome = await ctx.writer.run((tx) => intakeTicket(tx, mapping.fields, req.body, { recordedBy, matching: ctx.matching }), actorOf(req));
      return reply.code(outcome.replayed ? 200 : 201).send({ ...outcome, complaint: presentComplaint(outcome.complaint) });
    },
  );
  app.get(
    '/intake/mappings',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'Field mappings: stored ones and the ready presets', response: { 200: z.object({ items: z.array(Mapping) }), ...problems(401, 403) } } },
    async () => {
      const stored = await listMappings(ctx.database.db);
      const items: z.infer<typeof Mapping>[] = stored.map((m) => ({ key: m.key, name: m.name, fields: m.fields, preset: false, updatedAt: m.updatedAt }));
      for (const [key, p] of Object.entries(presets)) if (!stored.some((m) => m.key === key)) items.push({ key, name: p.name, fields: p.fields, preset: true, updatedAt: null });
      return { items };
    },
  );
  app.get(
    '/intake/mappings/:key',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'A field mapping (a preset until one is stored under its key)', params: z.object({ key: Key }), response: { 200: Mapping, ...problems(400, 401, 403, 404) } } },
    async (req) => (await mappingOf(req.params.key)) ?? Promise.reject(notFound('intake mapping', req.params.key)),
  );
  app.put(
    '/intake/mappings/:key',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Store a field mapping: for each complaint field, JSON paths into the ticket, a constant, a value map, a prefix',
        params: z.object({ key: Key }),
        body: z.object({ name: z.string().trim().min(1).max(200), fields: FieldMapping }),
        response: { 200: Mapping, ...problems(400, 401, 403, 415) },
      },
    },
    async (req) => {
      const m = await ctx.writer.run((tx) => putMapping(tx, req.params.key, req.body), actorOf(req));
      return { key: m.key, name: m.name, fields: m.fields, preset: false, updatedAt: m.updatedAt };
    },
  );
}
