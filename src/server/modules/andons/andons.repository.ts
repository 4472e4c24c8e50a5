import type { Kysely, Selectable } from 'kysely';
import type { AndonState, PullTrigger } from '#domain/andon.ts';
import type { Money } from '#domain/money.ts';
import type { RuleMode } from '#domain/rules.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { AndonsTable, Database } from '../../db/schema.ts';
import type { Andon, ListAndonsFilter } from './andons.schema.ts';

export type AndonRecord = Andon;

function toAndon(r: Selectable<AndonsTable>): AndonRecord {
  const rule = fromJson<{ threshold: number; windowDays: number; mode: RuleMode }>(r.rule_snapshot);
  return {
    id: r.id,
    targetId: r.target_id,
    issueCode: r.issue_code,
    state: r.state as AndonState,
    trigger: r.trigger as PullTrigger,
    pulledBy: r.pulled_by,
    reason: r.reason,
    ruleId: r.rule_id,
    rule: { threshold: rule.threshold, windowDays: rule.windowDays, mode: rule.mode },
    distinctCustomers: r.distinct_customers,
    complaintCount: r.complaint_count,
    monthlyGmv:
      r.monthly_gmv_minor === null || r.currency === null
        ? null
        : ({ amountMinor: Number(r.monthly_gmv_minor), currency: r.currency } satisfies Money),
    pulledAt: r.pulled_at,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertAndon(db: Kysely<Database>, a: AndonRecord): Promise<void> {
  await db
    .insertInto('andons')
    .values({
      id: a.id,
      target_id: a.targetId,
      issue_code: a.issueCode,
      state: a.state,
      trigger: a.trigger,
      pulled_by: a.pulledBy,
      reason: a.reason,
      rule_id: a.ruleId,
      rule_snapshot: toJson(a.rule),
      distinct_customers: a.distinctCustomers,
      complaint_count: a.complaintCount,
      monthly_gmv_minor: a.monthlyGmv?.amountMinor ?? null,
      currency: a.monthlyGmv?.currency ?? null,
      pulled_at: a.pulledAt,
      closed_at: a.closedAt,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    })
    .execute();
}

export async function findAndon(db: Kysely<Database>, id: string): Promise<AndonRecord | undefined> {
  const r = await db.selectFrom('andons').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toAndon(r);
}

/** The open andon for a target and problem, if any (there is at most one). */
export async function findOpenAndon(db: Kysely<Database>, targetId: string, issueCode: string): Promise<AndonRecord | undefined> {
  const r = await db
    .selectFrom('andons')
    .selectAll()
    .where('target_id', '=', targetId)
    .where('issue_code', '=', issueCode)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return r && toAndon(r);
}

export async function updateAndonCounts(
  db: Kysely<Database>,
  id: string,
  counts: { complaintCount: number; distinctCustomers: number; at: string },
): Promise<void> {
  await db
    .updateTable('andons')
    .set({ complaint_count: counts.complaintCount, distinct_customers: counts.distinctCustomers, updated_at: counts.at })
    .where('id', '=', id)
    .execute();
}

export async function listAndons(db: Kysely<Database>, f: ListAndonsFilter): Promise<AndonRecord[]> {
  let q = db.selectFrom('andons').selectAll();
  if (f.state) q = q.where('state', '=', f.state);
  if (f.open === true) q = q.where('closed_at', 'is', null);
  if (f.open === false) q = q.where('closed_at', 'is not', null);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.issueCode) q = q.where('issue_code', '=', f.issueCode);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toAndon);
}
