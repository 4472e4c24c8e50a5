import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import type { FastifyRequest } from 'fastify';
import { act, actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { ownOrganisation } from '../../http/authenticate.ts';
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
  workOrderBelongsTo,
  type WorkOrderRecord,
} from './work-orders.service.ts';

const RecordAnswer = z.object({ workOrder: WorkOrder, andon: Andon }).meta({ id: 'WorkOrderRecordAnswer' });
const Recurrence = z.object({ andonId: z.string(), statement: z.string(), category: z.string(), similarity: z.number(), sameTarget: z.boolean() });
const RootCauseAnswer = RecordAnswer.extend({
  actions: z.array(WorkOrder).describe('the corrective and preventive actions, each a work order to its owner'),
  recurrences: z.array(Recurrence).describe('past root causes like this one: the problem has come back'),
}).meta({ id: 'RootCauseAnswer' });

export function workOrderRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['work orders'];
  const db = ctx.database.db;
  const present = (r: RecordResult, req: FastifyRequest) => ({ workOrder: presentWorkOrder(r.workOrder, localeOf(req)), andon: r.andon });
  /** The work order, if the caller may see it: a supplier only its organisation's (anything else is not found). */
  async function visible(req: FastifyRequest, id: string): Promise<WorkOrderRecord> {
    const order = await findWorkOrder(db, id);
    const organisationId = ownOrganisation(req);
    if (!order || (organisationId !== null && !(await workOrderBelongsTo(db, order, organisationId)))) throw notFound('work order', id);
    return order;
  }
  const read = { permission: 'work_orders:read', scoped: true } as const;
  const update = { permission: 'work_orders:update', scoped: true } as const;

  app.get(
    '/work-orders',
    {
      config: read,
      schema: { tags, summary: 'List work orders (by andon, team, organisation, assignee, type, status, overdue)', querystring: ListWorkOrdersQuery, response: { 200: page(WorkOrder), ...problems(400, 401, 403) } },
    },
    async (req) => {
      const result = pageOf(await listWorkOrders(db, req.query, ownOrganisation(req)), req.query.limit, (o) => o.id);
      const locale = localeOf(req);
      return { items: result.items.map((o) => presentWorkOrder(o, locale)), nextCursor: result.nextCursor };
    },
  );
  app.get(
    '/work-orders/:id',
    { config: read, schema: { tags, summary: 'Get a work order', params: IdParams, response: { 200: WorkOrder, ...problems(401, 403, 404) } } },
    async (req) => presentWorkOrder(await visible(req, req.params.id), localeOf(req)),
  );
  app.patch(
    '/work-orders/:id',
    {
      config: { permission: 'work_orders:assign' },
      schema: { tags, summary: 'Assign to a person, a team or a supplier organisation; move the due time', params: IdParams, body: AssignBody, response: { 200: WorkOrder, ...problems(400, 401, 403, 404, 409, 415, 422) } },
    },
    async (req) => presentWorkOrder(await ctx.writer.run((tx) => assignWorkOrder(tx, req.params.id, req.body), actorOf(req)), localeOf(req)),
  );
  app.post(
    '/work-orders/:id/acknowledge',
    { config: update, schema: { tags, summary: 'Acknowledge: the acknowledgement clock stops', params: IdParams, body: AcknowledgeBody, response: { 200: WorkOrder, ...problems(400, 401, 403, 404, 409, 415) } } },
    async (req) => {
      await visible(req, req.params.id);
      const { by, actor } = act(req, 'by', req.body.by);
      return presentWorkOrder(await ctx.writer.run((tx) => acknowledgeWorkOrder(tx, req.params.id, by), actor), localeOf(req));
    },
  );
  app.get(
    '/work-orders/:id/comments',
    { config: read, schema: { tags, summary: "A work order's comments, oldest first", params: IdParams, querystring: z.object({ ...PageQuery }), response: { 200: page(WorkOrderComment), ...problems(400, 401, 403, 404) } } },
    async (req) => {
      await visible(req, req.params.id);
      return pageOf(await listComments(db, req.params.id, req.query.limit, req.query.cursor), req.query.limit, (c) => c.id);
    },
  );
  app.post(
    '/work-orders/:id/comments',
    { config: update, schema: { tags, summary: 'Comment on a work order', params: IdParams, body: CommentBody, response: { 201: WorkOrderComment, ...problems(400, 401, 403, 404, 415) } } },
    async (req, reply) => {
      await visible(req, req.params.id);
      const { by, actor } = act(req, 'authorRef', req.body.authorRef);
      return reply.code(201).send(await ctx.writer.run((tx) => commentOnWorkOrder(tx, req.params.id, { ...req.body, authorRef: by }), actor));
    },
  );
  app.get(
    '/work-orders/:id/history',
    {
      config: { permission: 'work_orders:read' },
      schema: { tags, summary: "A work order's history (its audit events, oldest first)", params: IdParams, querystring: z.object({ ...PageQuery }), response: { 200: page(AuditEvent), ...problems(400, 401, 403, 404) } },
    },
    async (req) => {
      await visible(req, req.params.id);
      const events = await listAuditEvents(db, { subjectType: 'work_order', subjectId: req.params.id, limit: req.query.limit, cursor: req.query.cursor });
      return pageOf(events, req.query.limit, (e) => e.id);
    },
  );
  app.post(
    '/work-orders/:id/inspection',
    {
      config: { permission: 'inspection:record', scoped: true },
      schema: {
        tags,
        summary: "Record the supplier inspection (containment): quantities, lots, scope, disposition, evidence",
        description: 'Closes the supplier-inspection order; the andon moves to contained (and on to root-caused if the five whys are already done).',
        params: IdParams,
        body: InspectionBody,
        response: { 200: RecordAnswer, ...problems(400, 401, 403, 404, 409, 415) },
      },
    },
    async (req) => {
      await visible(req, req.params.id);
      const { by, actor } = act(req, 'recordedBy', req.body.recordedBy);
      return present(await ctx.writer.run((tx) => recordInspection(tx, req.params.id, { ...req.body, recordedBy: by }), actor), req);
    },
  );
  app.post(
    '/work-orders/:id/root-cause',
    {
      config: { permission: 'root_cause:record' },
      schema: {
        tags,
        summary: 'Record the five whys: the chain, the process-level cause, corrective and preventive actions',
        description: 'Refused (422 root_cause_rejected, each problem at its field) below the minimum whys, without evidence, with a bare "human error", or without both kinds of action. Each action becomes a corrective-action work order; like past causes are returned as recurrences.',
        params: IdParams,
        body: RootCauseBody,
        response: { 200: RootCauseAnswer, ...problems(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (req) => {
      const { by, actor } = act(req, 'recordedBy', req.body.recordedBy);
      const r = await ctx.writer.run((tx) => recordRootCause(tx, req.params.id, { ...req.body, recordedBy: by }), actor);
      const locale = localeOf(req);
      return { ...present(r, req), actions: r.actions.map((o) => presentWorkOrder(o, locale)), recurrences: r.recurrences };
    },
  );
  app.post(
    '/work-orders/:id/complete',
    { config: update, schema: { tags, summary: 'Mark a corrective or preventive action done', params: IdParams, body: CompleteBody, response: { 200: RecordAnswer, ...problems(400, 401, 403, 404, 409, 415) } } },
    async (req) => {
      await visible(req, req.params.id);
      const { by, actor } = act(req, 'completedBy', req.body.completedBy);
      return present(await ctx.writer.run((tx) => completeAction(tx, req.params.id, { ...req.body, completedBy: by }), actor), req);
    },
  );
  app.post(
    '/work-orders/:id/acceptance',
    {
      config: { permission: 'acceptance:record' },
      schema: {
        tags,
        summary: 'Record the acceptance: an independent verifier, pass or fail against the stated criteria, with evidence',
        description: 'The verifier must not be whoever recorded the rectification or carried out a corrective action (422 not_independent). A fail sends the andon back to root-caused.',
        params: IdParams,
        body: AcceptanceBody,
        response: { 200: RecordAnswer, ...problems(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (req) => {
      const { by, actor } = act(req, 'verifiedBy', req.body.verifiedBy);
      return present(await ctx.writer.run((tx) => recordAcceptance(tx, req.params.id, { ...req.body, verifiedBy: by }), actor), req);
    },
  );
}
