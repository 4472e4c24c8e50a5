import { z } from 'zod';
import { workOrderTypes } from '#domain/andon.ts';
import { Id, IsoTimestamp, PageQuery } from '../../http/common.ts';

export const WorkOrder = z
  .object({
    id: z.string(),
    andonId: z.string(),
    type: z.enum(workOrderTypes),
    ownerTeamId: z.string().nullable(),
    assignee: z.string().nullable(),
    status: z.string(),
    title: z.string(),
    instructions: z.string(),
    dueAt: IsoTimestamp,
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'WorkOrder' });
export type WorkOrder = z.infer<typeof WorkOrder>;

export const ListWorkOrdersQuery = z.object({
  ...PageQuery,
  andonId: Id.optional(),
  ownerTeamId: Id.optional(),
  type: z.enum(workOrderTypes).optional(),
  status: z.string().max(50).optional(),
});
export type ListWorkOrdersFilter = z.infer<typeof ListWorkOrdersQuery>;
