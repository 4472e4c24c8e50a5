import type { AppContext, ZodApp } from '../../context.ts';
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
      schema: {
        tags: ['rewards'],
        summary: "List rewards (an agent's own, an andon's, by status)",
        querystring: ListRewardsQuery,
        response: { 200: page(Reward), ...problems(400) },
      },
    },
    async (req) => pageOf(await listRewards(ctx.database.db, req.query), req.query.limit, (r) => r.id),
  );
  app.get(
    '/rewards/ledger',
    {
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
