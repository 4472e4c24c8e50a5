import { z } from 'zod';
import { clockKinds, escalationLevels } from '#domain/escalation.ts';
import type { AppContext, ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import { Id, IsoTimestamp, page, PageQuery, problems } from '../../http/common.ts';
import { fireDueClocks, listClocks } from './escalation.service.ts';

const Clock = z
  .object({
    id: z.string(),
    subjectType: z.enum(['andon', 'work_order']),
    subjectId: z.string(),
    andonId: z.string(),
    teamId: z.string().nullable(),
    kind: z.enum(clockKinds).describe('ack: not acknowledged in time; due: overdue; lamp: the andon lit too long'),
    level: z.enum(escalationLevels).describe('the rung it notifies when it fires'),
    dueAt: IsoTimestamp,
    firedAt: IsoTimestamp.nullable(),
    cancelledAt: IsoTimestamp.nullable(),
    createdAt: IsoTimestamp,
  })
  .meta({ id: 'EscalationClock' });

export function escalationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['escalation'];
  app.get(
    '/escalation/clocks',
    {
      config: { permission: 'andons:read' },
      schema: {
        tags,
        summary: 'Escalation clocks (of an andon, pending only), oldest first',
        querystring: z.object({ ...PageQuery, andonId: Id.optional(), pending: z.enum(['true', 'false']).transform((v) => v === 'true').optional() }),
        response: { 200: page(Clock), ...problems(400) },
      },
    },
    async (req) => pageOf(await listClocks(ctx.database.db, req.query), req.query.limit, (c) => c.id),
  );
  app.post(
    '/escalation/run',
    {
      config: { permission: 'config:write' },
      schema: {
        tags,
        summary: 'Fire the clocks that are due now (the scheduler in `andon serve` does this every ANDON_ESCALATION_INTERVAL_MS)',
        description: 'Each clock fires exactly once, whoever runs it and however often.',
        response: { 200: z.object({ fired: z.number().int() }) },
      },
    },
    async () => ({ fired: await fireDueClocks(ctx.writer, ctx.database.db) }),
  );
}
