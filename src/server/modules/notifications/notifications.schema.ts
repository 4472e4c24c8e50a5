import { z } from 'zod';
import { escalationLevels } from '#domain/escalation.ts';
import { actorRef, Id, IsoTimestamp, PageQuery, Ref } from '../../http/common.ts';

export const Notification = z
  .object({
    id: z.string(),
    recipientRef: z.string().nullable().describe('the person notified; null: the team as a whole (no one named on its ladder)'),
    teamId: z.string().nullable(),
    kind: z.enum(['escalation']),
    level: z.enum(escalationLevels).nullable(),
    subjectType: z.enum(['andon', 'work_order']),
    subjectId: z.string(),
    andonId: z.string().nullable(),
    message: z.string().describe("in the caller's language"),
    params: z.record(z.string(), z.unknown()),
    createdAt: IsoTimestamp,
    readAt: IsoTimestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const ListNotificationsQuery = z.object({
  ...PageQuery,
  recipientRef: Ref.optional(),
  teamId: Id.optional(),
  andonId: Id.optional(),
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type ListNotificationsFilter = z.infer<typeof ListNotificationsQuery>;

export const MarkAllReadBody = z.object({ recipientRef: actorRef('whose notifications') });
