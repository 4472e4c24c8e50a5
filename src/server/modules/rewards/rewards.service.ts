import { uuidv7 } from 'uuidv7';
import type { Money } from '#domain/money.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { insertReward, rewardOfAndon, setRewardStatus } from './rewards.repository.ts';
import type { Reward } from './rewards.schema.ts';

export { listRewards, rewardOfAndon } from './rewards.repository.ts';

/** Records the puller's reward as pending: a manager's review grants or voids it. */
export async function recordPendingReward(
  tx: Tx,
  input: { andonId: string; targetId: string; agentRef: string; amount: Money },
): Promise<Reward> {
  const now = tx.now.toISOString();
  const reward: Reward = {
    id: uuidv7(),
    andonId: input.andonId,
    agentRef: input.agentRef,
    amount: input.amount,
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    decidedAt: null,
  };
  await insertReward(tx.db, reward);
  await recordAudit(tx, {
    action: 'reward.pending',
    subjectType: 'reward',
    subjectId: reward.id,
    andonId: input.andonId,
    targetId: input.targetId,
    after: { agentRef: reward.agentRef, amount: reward.amount },
  });
  return reward;
}

/** The manager's review decides the pending reward: granted for a valid pull, void for an invalid one. */
export async function decideReward(tx: Tx, andonId: string, status: 'granted' | 'void', reviewedBy: string): Promise<Reward | null> {
  const before = await rewardOfAndon(tx.db, andonId);
  if (!before || before.status !== 'pending') return before ?? null;
  const at = tx.now.toISOString();
  await setRewardStatus(tx.db, before.id, status, at);
  await recordAudit(tx, {
    action: `reward.${status}`,
    subjectType: 'reward',
    subjectId: before.id,
    andonId,
    before: { status: before.status },
    after: { status, agentRef: before.agentRef, amount: before.amount, reviewedBy },
  });
  return { ...before, status, updatedAt: at, decidedAt: at };
}
