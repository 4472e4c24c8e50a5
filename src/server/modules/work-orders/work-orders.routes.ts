import { notFound } from '#domain/errors.ts';
import type { AppContext, ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { ListWorkOrdersQuery, WorkOrder } from './work-orders.schema.ts';
import { findWorkOrder, listWorkOrders, presentWorkOrder } from './work-orders.service.ts';

export function workOrderRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['work orders'];
  app.get(
    '/work-orders',
    {
      schema: { tags, summary: 'List work orders (by andon, team, type, status)', querystring: ListWorkOrdersQuery, response: { 200: page(WorkOrder), ...problems(400) } },
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
}
