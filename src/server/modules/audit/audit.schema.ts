import { z } from 'zod';
import { Id, IsoTimestamp, PageQuery } from '../../http/common.ts';

export const AuditEvent = z
  .object({
    id: z.string(),
    at: IsoTimestamp,
    actor: z.string(),
    action: z.string().describe('e.g. andon.pulled, target.suppressed, work_order.created'),
    subjectType: z.string(),
    subjectId: z.string(),
    andonId: z.string().nullable(),
    targetId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const ListAuditQuery = z.object({
  ...PageQuery,
  andonId: Id.optional(),
  targetId: Id.optional(),
  subjectType: z.string().max(50).optional(),
  subjectId: Id.optional(),
});
