import { type Kysely, type Selectable, sql } from 'kysely';
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
    decidedAt: r.decided_at,
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
      decided_at: r.decidedAt,
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

export async function setRewardStatus(db: Kysely<Database>, id: string, status: 'granted' | 'void', at: string): Promise<void> {
  await db.updateTable('rewards').set({ status, decided_at: at, updated_at: at }).where('id', '=', id).execute();
}

export interface LedgerRow {
  rewardId: string;
  agentRef: string;
  teamId: string | null;
  andonId: string;
  targetRef: string;
  issueCode: string;
  amountMinor: number;
  currency: string;
  status: Reward['status'];
  earnedAt: string;
  decidedAt: string | null;
}

/** Rewards earned or decided in a period, with the agent's team, the andon's target and problem; oldest first. */
export async function ledgerRows(
  db: Kysely<Database>,
  f: { from: string; to: string; agentRef?: string | undefined; status?: Reward['status'] | undefined },
): Promise<LedgerRow[]> {
  const when = sql<string>`coalesce(r.decided_at, r.created_at)`;
  let q = db
    .selectFrom('rewards as r')
    .innerJoin('andons as a', 'a.id', 'r.andon_id')
    .innerJoin('targets as t', 't.id', 'a.target_id')
    .leftJoin('team_members as m', 'm.member_ref', 'r.agent_ref')
    .select(['r.id', 'r.agent_ref', 'm.team_id', 'r.andon_id', 't.ref', 'a.issue_code', 'r.amount_minor', 'r.currency', 'r.status', 'r.created_at', 'r.decided_at'])
    .where(when, '>=', f.from)
    .where(when, '<', f.to);
  if (f.agentRef) q = q.where('r.agent_ref', '=', f.agentRef);
  if (f.status) q = q.where('r.status', '=', f.status);
  const rows = await q.orderBy('r.agent_ref').orderBy('r.id').limit(100_000).execute();
  return rows.map((r) => ({
    rewardId: r.id,
    agentRef: r.agent_ref,
    teamId: r.team_id,
    andonId: r.andon_id,
    targetRef: r.ref,
    issueCode: r.issue_code,
    amountMinor: Number(r.amount_minor),
    currency: r.currency,
    status: r.status as Reward['status'],
    earnedAt: r.created_at,
    decidedAt: r.decided_at,
  }));
}
