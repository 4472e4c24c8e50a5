import { z } from 'zod';
import { act, actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { IdParams, page, problems } from '../../http/common.ts';
import { localeOf } from '../../http/locale.ts';
import { ListNotificationsQuery, MarkAllReadBody, Notification } from './notifications.schema.ts';
import { listNotifications, markAllRead, markNotificationRead, presentNotification } from './notifications.service.ts';

export function notificationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['notifications'];
  app.get(
    '/notifications',
    {
      config: { permission: 'notifications:read' },
      schema: {
        tags,
        summary: "In-app notifications (a person's, a team's, an andon's), newest first",
        querystring: ListNotificationsQuery,
        response: { 200: page(Notification), ...problems(400) },
      },
    },
    async (req) => {
      const result = pageOf(await listNotifications(ctx.database.db, req.query), req.query.limit, (n) => n.id);
      const locale = localeOf(req);
      return { items: result.items.map((n) => presentNotification(n, locale)), nextCursor: result.nextCursor };
    },
  );
  app.post(
    '/notifications/:id/read',
    { config: { permission: 'notifications:update' }, schema: { tags, summary: 'Mark a notification read', params: IdParams, response: { 200: Notification, ...problems(404) } } },
    async (req) => presentNotification(await ctx.writer.run((tx) => markNotificationRead(tx, req.params.id), actorOf(req)), localeOf(req)),
  );
  app.post(
    '/notifications/read',
    {
      config: { permission: 'notifications:update' },
      schema: { tags, summary: "Mark all of a person's notifications read", body: MarkAllReadBody, response: { 200: z.object({ marked: z.number().int() }), ...problems(400, 415) } },
    },
    async (req) => {
      const { by, actor } = act(req, 'recipientRef', req.body.recipientRef);
      return { marked: await ctx.writer.run((tx) => markAllRead(tx, by), actor) };
    },
  );
}
