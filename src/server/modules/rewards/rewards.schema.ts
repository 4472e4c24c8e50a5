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
    decidedAt: IsoTimestamp.nullable().describe("when the manager's review granted or voided it"),
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

export const LedgerQuery = z
  .object({
    from: IsoTimestamp.optional().describe('earned or decided at or after (default: the first of this month, UTC)'),
    to: IsoTimestamp.optional().describe('before (default: now)'),
    agentRef: Ref.optional(),
    status: z.enum(rewardStatuses).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.from && b.to && Date.parse(b.from) >= Date.parse(b.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from', params: { i18n: 'period_order' } });
    }
  });
export type LedgerFilter = z.infer<typeof LedgerQuery>;

export const Ledger = z
  .object({
    from: IsoTimestamp,
    to: IsoTimestamp,
    agents: z.array(
      z.object({
        agentRef: z.string(),
        teamId: z.string().nullable(),
        granted: z.array(Money).describe('per currency'),
        pending: z.array(Money),
        grantedCount: z.number().int(),
        pendingCount: z.number().int(),
        voidCount: z.number().int().describe('invalid pulls: no reward, and no penalty'),
      }),
    ),
  })
  .meta({ id: 'RewardLedger' });
