import { sameRef } from '#domain/access.ts';
import { forbidden } from '#domain/errors.ts';
import type { AppContext, ZodApp } from '../../context.ts';
import { principalOf } from '../../http/authenticate.ts';
import { pageOf } from '../../db/pagination.ts';
import { page, problems } from '../../http/common.ts';
import { z } from 'zod';
import { rewardLedger, rewardLedgerCsv } from './rewards.ledger.ts';
import { Ledger, LedgerQuery, ListRewardsQuery, Reward } from './rewards.schema.ts';
import { listRewards } from './rewards.service.ts';

export function rewardRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/rewards',
    {
      config: { permission: 'rewards:read', scoped: true },
      schema: {
        tags: ['rewards'],
        summary: "List rewards (an agent's own, an andon's, by status); an agent sees only its own",
        querystring: ListRewardsQuery,
        response: { 200: page(Reward), ...problems(400) },
      },
    },
    async (req) => {
      // An agent sees its own rewards only: without agentRef they are its own, another's are refused.
      let query = req.query;
      if (req.accessScope === 'own') {
        const me = principalOf(req).ref;
        if (query.agentRef !== undefined && !sameRef(query.agentRef, me)) throw forbidden({ permission: 'rewards:read' }, 'agentRef');
        query = { ...query, agentRef: me };
      }
      return pageOf(await listRewards(ctx.database.db, query), req.query.limit, (r) => r.id);
    },
  );
  app.get(
    '/rewards/ledger',
    {
      config: { permission: 'rewards:read' },
      schema: {
        tags: ['rewards'],
        summary: 'The reward ledger per agent for a period (granted, pending, voided)',
        querystring: LedgerQuery,
        response: { 200: Ledger, ...problems(400) },
      },
    },
    async (req) => rewardLedger(ctx.database.db, req.query),
  );
  app.get(
    '/rewards/ledger.csv',
    {
      config: { permission: 'rewards:read' },
      schema: {
        tags: ['rewards'],
        summary: 'The reward ledger as CSV (one reward a line), for payroll',
        querystring: LedgerQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('text/csv'), ...problems(400) },
      },
    },
    async (req, reply) => {
      const csv = await rewardLedgerCsv(ctx.database.db, req.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="reward-ledger.csv"').send(csv);
    },
  );
}
