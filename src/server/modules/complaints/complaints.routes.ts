import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import { actingAs, actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import type { Tx } from '../../db/writer.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { RequestValidationError, toProblem } from '../../http/problem.ts';
import { findComplaint, listComplaints, presentComplaint } from './complaints.repository.ts';
import {
  BatchBody,
  BatchResult,
  Complaint,
  ComplaintResult,
  CreateComplaintBody,
  ListComplaintsQuery,
} from './complaints.schema.ts';
import { type RecordedComplaint, recordComplaint } from './complaints.service.ts';

function present(r: RecordedComplaint): ComplaintResult {
  return { ...r, complaint: presentComplaint(r.complaint) };
}

export function complaintRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['complaints'];
  app.post(
    '/complaints',
    {
      config: { permission: 'complaints:write' },
      schema: {
        tags,
        summary: 'Record a complaint and learn at once whether it is a repeat',
        description:
          'Idempotent by externalId: a resubmission returns the original (200) instead of recording a duplicate; the same externalId with different content is a 409.',
        body: CreateComplaintBody,
        response: { 200: ComplaintResult, 201: ComplaintResult, ...problems(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const recordedBy = actingAs(req, 'recordedBy', req.body.recordedBy, false);
      const result = await ctx.writer.run((tx) => recordComplaint(tx, { ...req.body, recordedBy }, { matching: ctx.matching }), actorOf(req, recordedBy));
      return reply.code(result.replayed ? 200 : 201).send(present(result));
    },
  );

  const itemSchema = CreateComplaintBody;
  app.post(
    '/complaints/batch',
    {
      config: { permission: 'complaints:write' },
      bodyLimit: ctx.config.batchBodyLimit,
      schema: {
        tags,
        summary: 'Record many complaints in one call (each answered on its own)',
        description: `Up to ${ctx.config.batchMax} complaints. Each item is validated and recorded independently: one bad item does not reject the others.`,
        body: BatchBody,
        response: { 200: BatchResult, ...problems(400, 401, 403, 413, 415) },
      },
      // The envelope is checked here; each item is validated on its own below, so one bad item fails alone.
      validatorCompiler: () => (data) => {
        const envelope = z.object({ complaints: z.array(z.unknown()).min(1).max(ctx.config.batchMax) }).safeParse(data);
        return envelope.success ? { value: envelope.data } : { error: new RequestValidationError(envelope.error.issues) };
      },
    },
    async (req) => {
      const items = (req.body as { complaints: unknown[] }).complaints;
      const actor = actorOf(req);
      // Each item is checked on its own, including who records it (a person only as themselves).
      const parsed = items.map((raw) => {
        const p = itemSchema.safeParse(raw);
        if (!p.success) return { ok: false as const, reason: new RequestValidationError(p.error.issues) as unknown };
        try {
          const recordedBy = actingAs(req, 'recordedBy', p.data.recordedBy, false);
          return { ok: true as const, input: { ...p.data, recordedBy }, actor: actorOf(req, recordedBy) };
        } catch (error) {
          return { ok: false as const, reason: error };
        }
      });
      const valid = parsed.flatMap((p, index) => (p.ok ? [{ index, ...p }] : []));
      const recorded = await ctx.writer.runAll(
        valid.map(({ input, actor: itemActor }) => (tx: Tx) => recordComplaint({ ...tx, actor: itemActor }, input, { matching: ctx.matching })),
        actor,
      );
      const settled: PromiseSettledResult<RecordedComplaint>[] = parsed.map((p) => ({ status: 'rejected', reason: p.ok ? null : p.reason }));
      valid.forEach(({ index }, i) => (settled[index] = recorded[i]!));
      let created = 0;
      let replayed = 0;
      const results = settled.map((s, index) => {
        if (s.status === 'fulfilled') {
          if (s.value.replayed) replayed++;
          else created++;
          return { index, status: s.value.replayed ? 200 : 201, result: present(s.value) };
        }
        const p = toProblem(req, s.reason);
        return { index, status: p.status, problem: p };
      });
      return { created, replayed, failed: results.length - created - replayed, results };
    },
  );

  app.get(
    '/complaints',
    {
      config: { permission: 'complaints:read' },
      schema: { tags, summary: 'List complaints', querystring: ListComplaintsQuery, response: { 200: page(Complaint), ...problems(400, 401, 403) } },
    },
    async (req) => {
      // Customers are looked up as they are stored (by their keyed hash when configured).
      const query = req.query.customerRef ? { ...req.query, customerRef: ctx.customerRef(req.query.customerRef) } : req.query;
      const result = pageOf(await listComplaints(ctx.database.db, query), req.query.limit, (c) => c.id);
      return { items: result.items.map(presentComplaint), nextCursor: result.nextCursor };
    },
  );
  app.get(
    '/complaints/:id',
    { config: { permission: 'complaints:read' }, schema: { tags, summary: 'Get a complaint', params: IdParams, response: { 200: Complaint, ...problems(401, 403, 404) } } },
    async (req) => {
      const c = await findComplaint(ctx.database.db, req.params.id);
      if (!c) throw notFound('complaint', req.params.id);
      return presentComplaint(c);
    },
  );
}
