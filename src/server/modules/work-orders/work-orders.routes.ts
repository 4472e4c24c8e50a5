import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, PageQuery, problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { Andon } from '../andons/andons.schema.ts';
import { AuditEvent } from '../audit/audit.schema.ts';
import { listAuditEvents } from '../audit/audit.repository.ts';
import { completeAction, recordAcceptance, recordInspection, type RecordResult, recordRootCause } from './records.service.ts';
import {
  AcceptanceBody,
  AcknowledgeBody,
  AssignBody,
  CommentBody,
  CompleteBody,
  InspectionBody,
  ListWorkOrdersQuery,
  RootCauseBody,
  WorkOrder,
  WorkOrderComment,
} from './work-orders.schema.ts';
import {
  acknowledgeWorkOrder,
  assignWorkOrder,
  commentOnWorkOrder,
  findWorkOrder,
  listComments,
  listWorkOrders,
  presentWorkOrder,
} from './work-orders.service.ts';

const RecordAnswer = z.object({ workOrder: WorkOrder, andon: Andon }).meta({ id: 'WorkOrderRecordAnswer' });
const Recurrence = z.object({ andonId: z.string(), statement: z.string(), category: z.string(), similarity: z.number(), sameTarget: z.boolean() });
const RootCauseAnswer = RecordAnswer.extend({
  actions: z.array(WorkOrder).describe('the corrective and preventive actions, each a work order to its owner'),
  recurrences: z.array(Recurrence).describe('past root causes like this one: the problem has come back'),
}).meta({ id: 'RootCauseAnswer' });

export function workOrderRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['work orders'];
  const present = (r: RecordResult, req: Parameters<typeof localeOf>[0]) => ({ workOrder: presentWorkOrder(r.workOrder, localeOf(req)), andon: r.andon });
  app.get(
    '/work-orders',
    {
      schema: { tags, summary: 'List work orders (by andon, team, organisation, assignee, type, status, overdue)', querystring: ListWorkOrdersQuery, response: { 200: page(WorkOrder), ...problems(400) } },
    },
    async (req) => {
      const result = pageOf(await listWorkOrders(ctx.database.db, req.query), req.query.limit, (o) => o.id);
      const locale = localeOf(req);
      return { items: result.items.map((o) => presentWorkOrder(o, locale)), nextCursor: result.nextCursor };
    },
  );
  app.get(
    '/work-orders/:id',
    { schema: { tags, summary: 'Get a work order', params: IdParams, response: { 200: WorkOrder, ...problems(404) } } },
    async (req) => {
      const order = await findWorkOrder(ctx.database.db, req.params.id);
      if (!order) throw notFound('work order', req.params.id);
      return presentWorkOrder(order, localeOf(req));
    },
  );
  app.patch(
    '/work-orders/:id',
    {
      schema: { tags, summary: 'Assign to a person, a team or a supplier organisation; move the due time', params: IdParams, body: AssignBody, response: { 200: WorkOrder, ...problems(400, 404, 409, 415, 422) } },
    },
    async (req) => presentWorkOrder(await ctx.writer.run((tx) => assignWorkOrder(tx, req.params.id, req.body), actorOf(req)), localeOf(req)),
  );
  app.post(
    '/work-orders/:id/acknowledge',
    { schema: { tags, summary: 'Acknowledge: the acknowledgement clock stops', params: IdParams, body: AcknowledgeBody, response: { 200: WorkOrder, ...problems(400, 404, 409, 415) } } },
    async (req) => presentWorkOrder(await ctx.writer.run((tx) => acknowledgeWorkOrder(tx, req.params.id, req.body.by), { ...actorOf(req), id: req.body.by }), localeOf(req)),
  );
  app.get(
    '/work-orders/:id/comments',
    { schema: { tags, summary: "A work order's comments, oldest first", params: IdParams, querystring: z.object({ ...PageQuery }), response: { 200: page(WorkOrderComment), ...problems(400, 404) } } },
    async (req) => {
      if (!(await findWorkOrder(ctx.database.db, req.params.id))) throw notFound('work order', req.params.id);
      return pageOf(await listComments(ctx.database.db, req.params.id, req.query.limit, req.query.cursor), req.query.limit, (c) => c.id);
    },
  );
  app.post(
    '/work-orders/:id/comments',
    { schema: { tags, summary: 'Comment on a work order', params: IdParams, body: CommentBody, response: { 201: WorkOrderComment, ...problems(400, 404, 415) } } },
    async (req, reply) => reply.code(201).send(await ctx.writer.run((tx) => commentOnWorkOrder(tx, req.params.id, req.body), { ...actorOf(req), id: req.body.authorRef })),
  );
  app.get(
    '/work-orders/:id/history',
    { schema: { tags, summary: "A work order's history (its audit events, oldest first)", params: IdParams, querystring: z.object({ ...PageQuery }), response: { 200: page(AuditEvent), ...problems(400, 404) } } },
    async (req) => {
      if (!(await findWorkOrder(ctx.database.db, req.params.id))) throw notFound('work order', req.params.id);
      const events = await listAuditEvents(ctx.database.db, { subjectType: 'work_order', subjectId: req.params.id, limit: req.query.limit, cursor: req.query.cursor });
      return pageOf(events, req.query.limit, (e) => e.id);
    },
  );
  app.post(
    '/work-orders/:id/inspection',
    {
      schema: {
        tags,
        summary: "Record the supplier inspection (containment): quantities, lots, scope, disposition, evidence",
        description: 'Closes the supplier-inspection order; the andon moves to contained (and on to root-caused if the five whys are already done).',
        params: IdParams,
        body: InspectionBody,
        response: { 200: RecordAnswer, ...problems(400, 404, 409, 415) },
      },
    },
    async (req) => present(await ctx.writer.run((tx) => recordInspection(tx, req.params.id, req.body), { ...actorOf(req), id: req.body.recordedBy }), req),
  );
  app.post(
    '/work-orders/:id/root-cause',
    {
      schema: {
        tags,
        summary: 'Record the five whys: the chain, the process-level cause, corrective and preventive actions',
        description: 'Refused (422 root_cause_rejected, each problem at its field) below the minimum whys, without evidence, with a bare "human error", or without both kinds of action. Each action becomes a corrective-action work order; like past causes are returned as recurrences.',
        params: IdParams,
        body: RootCauseBody,
        response: { 200: RootCauseAnswer, ...problems(400, 404, 409, 415, 422) },
      },
    },
    async (req) => {
      const r = await ctx.writer.run((tx) => recordRootCause(tx, req.params.id, req.body), { ...actorOf(req), id: req.body.recordedBy });
      const locale = localeOf(req);
      return { ...present(r, req), actions: r.actions.map((o) => presentWorkOrder(o, locale)), recurrences: r.recurrences };
    },
  );
  app.post(
    '/work-orders/:id/complete',
    { schema: { tags, summary: 'Mark a corrective or preventive action done', params: IdParams, body: CompleteBody, response: { 200: RecordAnswer, ...problems(400, 404, 409, 415) } } },
    async (req) => present(await ctx.writer.run((tx) => completeAction(tx, req.params.id, req.body), { ...actorOf(req), id: req.body.completedBy }), req),
  );
  app.post(
    '/work-orders/:id/acceptance',
    {
      schema: {
        tags,
        summary: 'Record the acceptance: an independent verifier, pass or fail against the stated criteria, with evidence',
        description: 'The verifier must not be whoever recorded the rectification or carried out a corrective action (422 not_independent). A fail sends the andon back to root-caused.',
        params: IdParams,
        body: AcceptanceBody,
        response: { 200: RecordAnswer, ...problems(400, 404, 409, 415, 422) },
      },
    },
    async (req) => present(await ctx.writer.run((tx) => recordAcceptance(tx, req.params.id, req.body), { ...actorOf(req), id: req.body.verifiedBy }), req),
  );
}
