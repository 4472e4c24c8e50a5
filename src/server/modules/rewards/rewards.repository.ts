import type { Kysely, Selectable } from 'kysely';
import type { Database, RewardsTable } from '../../db/schema.ts';
import type { ListRewardsFilter, Reward } from './rewards.schema.ts';

function toReward(r: Selectable<RewardsTable>): Reward {
  return {
    id: r.id,
    andonId: r.andon_id,
    agentRef: r.agent_ref,
    amount: { amountMinor: Number(r.amount_minor), currency: r.currency },
    status: r.status as Reward['status'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertReward(db: Kysely<Database>, r: Reward): Promise<void> {
  await db
    .insertInto('rewards')
    .values({
      id: r.id,
      andon_id: r.andonId,
      agent_ref: r.agentRef,
      amount_minor: r.amount.amountMinor,
      currency: r.amount.currency,
      status: r.status,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    })
    .execute();
}

export async function rewardOfAndon(db: Kysely<Database>, andonId: string): Promise<Reward | undefined> {
  const r = await db.selectFrom('rewards').selectAll().where('andon_id', '=', andonId).executeTakeFirst();
  return r && toReward(r);
}

export async function listRewards(db: Kysely<Database>, f: ListRewardsFilter): Promise<Reward[]> {
  let q = db.selectFrom('rewards').selectAll();
  if (f.agentRef) q = q.where('agent_ref', '=', f.agentRef);
  if (f.andonId) q = q.where('andon_id', '=', f.andonId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toReward);
}
