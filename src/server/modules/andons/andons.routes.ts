import { notFound } from '#domain/errors.ts';
import type { Locale } from '#i18n/index.ts';
import { z } from 'zod';
import { act, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { ownOrganisation } from '../../http/authenticate.ts';
import { IdParams, page, PageQuery, problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { AuditEvent } from '../audit/audit.schema.ts';
import { andonEscalationLevels } from '../escalation/escalation.service.ts';
import { listAuditEvents } from '../audit/audit.repository.ts';
import { getIssueCode } from '../issue-codes/issue-codes.service.ts';
import { presentTarget } from '../targets/targets.repository.ts';
import { getTarget } from '../targets/targets.service.ts';
import { presentWorkOrder } from '../work-orders/work-orders.service.ts';
import { AndonDetail, AndonListItem, ListAndonsQuery, PullBody, RepeatEvidence, RepeatQuery } from './andons.schema.ts';
import { checkRepeats, findOpenAndon, getAndonDetail, listAndons, pullCord } from './andons.service.ts';

export type Detail = NonNullable<Awaited<ReturnType<typeof getAndonDetail>>>;

export function presentDetail(d: Detail, locale: Locale): AndonDetail {
  return {
    ...d.andon,
    escalationLevel: d.escalationLevel,
    target: presentTarget(d.target),
    complaints: d.complaints,
    workOrders: d.workOrders.map((o) => presentWorkOrder(o, locale)),
    reward: d.reward,
    missingForRelist: d.missingForRelist,
  };
}

/**
 * What a supplier user sees of an andon on its own product: no reward (the agent's business) and
 * no customer refs (customers are told apart, not named).
 */
export function redactForSupplier(detail: AndonDetail): AndonDetail {
  const seen = new Map<string, string>();
  const alias = (ref: string) => seen.get(ref) ?? (seen.set(ref, `customer-${seen.size + 1}`), seen.get(ref)!);
  return { ...detail, reward: null, complaints: detail.complaints.map((c) => ({ ...c, customerRef: alias(c.customerRef) })) };
}

/** An andon a supplier may not see is not found (its existence is not revealed). */
export async function visibleAndon(ctx: AppContext, id: string, organisationId: string | null): Promise<Detail> {
  const detail = await getAndonDetail(ctx.database.db, id);
  if (!detail || (organisationId !== null && detail.target.organisationId !== organisationId)) throw notFound('andon', id);
  return detail;
}

export function andonRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['andons'];
  app.post(
    '/andons',
    {
      config: { permission: 'andons:pull' },
      schema: {
        tags,
        summary: 'Pull the cord',
        description:
          'One transaction: the target goes off sale, the andon is recorded with its complaints, the supplier-inspection and root-cause work orders open, the reward is recorded as pending. Below the threshold a written `reason` is required (422 rule_not_met without one).',
        body: PullBody,
        response: { 201: AndonDetail, ...problems(400, 401, 403, 409, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const { by, actor } = act(req, 'pulledBy', req.body.pulledBy);
      const result = await ctx.writer.run((tx) => pullCord(tx, { ...req.body, pulledBy: by }, { matching: ctx.matching }), actor);
      const detail = await getAndonDetail(ctx.database.db, result.andon.id);
      if (!detail) throw notFound('andon', result.andon.id);
      return reply.code(201).send(presentDetail(detail, localeOf(req)));
    },
  );
  app.get(
    '/andons',
    {
      config: { permission: 'andons:read', scoped: true },
      schema: { tags, summary: 'List andons', querystring: ListAndonsQuery, response: { 200: page(AndonListItem), ...problems(400, 401, 403) } },
    },
    async (req) => {
      const result = pageOf(await listAndons(ctx.database.db, req.query, ownOrganisation(req)), req.query.limit, (a) => a.id);
      const levels = await andonEscalationLevels(ctx.database.db, result.items.map((a) => a.id));
      return { ...result, items: result.items.map((a) => ({ ...a, escalationLevel: levels.get(a.id) ?? null })) };
    },
  );
  app.get(
    '/andons/:id',
    {
      config: { permission: 'andons:read', scoped: true },
      schema: { tags, summary: 'An andon with its target, complaints, work orders and reward', params: IdParams, response: { 200: AndonDetail, ...problems(401, 403, 404) } },
    },
    async (req) => {
      const organisationId = ownOrganisation(req);
      const detail = presentDetail(await visibleAndon(ctx, req.params.id, organisationId), localeOf(req));
      return organisationId === null ? detail : redactForSupplier(detail);
    },
  );
  app.get(
    '/andons/:id/timeline',
    {
      config: { permission: 'andons:read' },
      schema: {
        tags,
        summary: "The andon's timeline (its audit events, oldest first)",
        params: IdParams,
        querystring: z.object({ ...PageQuery }),
        response: { 200: page(AuditEvent), ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const detail = await getAndonDetail(ctx.database.db, req.params.id);
      if (!detail) throw notFound('andon', req.params.id);
      const events = await listAuditEvents(ctx.database.db, { andonId: req.params.id, limit: req.query.limit, cursor: req.query.cursor });
      return pageOf(events, req.query.limit, (e) => e.id);
    },
  );
  app.get(
    '/targets/:id/repeats',
    {
      config: { permission: 'complaints:read' },
      schema: {
        tags: ['targets'],
        summary: 'The repeat evidence for a target and problem, before or without recording a complaint',
        params: IdParams,
        querystring: RepeatQuery,
        response: { 200: RepeatEvidence, ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const db = ctx.database.db;
      const target = await getTarget(db, { id: req.params.id });
      if (!target) throw notFound('target', req.params.id);
      const issueCode = await getIssueCode(db, req.query.issueCode);
      if (!issueCode) throw notFound('issue code', req.query.issueCode);
      const open = await findOpenAndon(db, target.id, issueCode.code);
      return (await checkRepeats(db, target, issueCode, new Date(), open?.id ?? null)).evidence;
    },
  );
}
