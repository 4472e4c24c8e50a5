import { z } from 'zod';
import { Id, IsoTimestamp, Money, PageQuery, Ref } from '../../http/common.ts';

export const rewardStatuses = ['pending', 'granted', 'void'] as const;

export const Reward = z
  .object({
    id: z.string(),
    andonId: z.string(),
    agentRef: z.string().describe('the agent who earned it'),
    amount: Money,
    status: z.enum(rewardStatuses).describe('pending until a manager reviews the pull'),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Reward' });
export type Reward = z.infer<typeof Reward>;

export const ListRewardsQuery = z.object({
  ...PageQuery,
  agentRef: Ref.optional(),
  andonId: Id.optional(),
  status: z.enum(rewardStatuses).optional(),
});
export type ListRewardsFilter = z.infer<typeof ListRewardsQuery>;
