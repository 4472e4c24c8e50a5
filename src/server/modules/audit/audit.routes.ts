import type { AppContext, ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { page, problems } from '../../http/common.ts';
import { listAuditEvents } from './audit.repository.ts';
import { AuditEvent, ListAuditQuery } from './audit.schema.ts';

export function auditRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/audit-events',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, oldest first (read-only: no route edits or deletes an entry)',
        querystring: ListAuditQuery,
        response: { 200: page(AuditEvent), ...problems(400) },
      },
    },
    async (req) => pageOf(await listAuditEvents(ctx.database.db, req.query), req.query.limit, (e) => e.id),
  );
}
