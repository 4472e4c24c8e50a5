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
    via: z.string().nullable().describe('the credential used: session:…, token:<id> (acting on behalf of the actor), cli; null before sign-in existed'),
  })
  .meta({ id: 'AuditEvent' });

export const ListAuditQuery = z.object({
  ...PageQuery,
  andonId: Id.optional(),
  targetId: Id.optional(),
  subjectType: z.string().max(50).optional(),
  subjectId: Id.optional(),
  actor: z.string().max(200).optional().describe("a person's ref, or token:<name>"),
  action: z.string().max(100).optional().describe('e.g. user.role_changed, api_token.revoked, andon.pulled'),
});
