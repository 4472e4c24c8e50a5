import type { AppContext, ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { page, problems } from '../../http/common.ts';
import { ListRewardsQuery, Reward } from './rewards.schema.ts';
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
}
