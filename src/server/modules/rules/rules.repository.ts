import type { Kysely, Selectable } from 'kysely';
import type { TargetKind } from '#domain/targets.ts';
import { fromBool } from '../../db/dialect.ts';
import { prepared } from '../../db/prepared.ts';
import type { Database, RulesTable } from '../../db/schema.ts';
import type { RuleRecord } from './rules.schema.ts';

export function toRule(r: Selectable<RulesTable>): RuleRecord {
  return {
    id: r.id,
    name: r.name,
    targetKind: r.target_kind as RuleRecord['targetKind'],
    issueCode: r.issue_code,
    threshold: r.threshold,
    windowDays: r.window_days,
    mode: r.mode as RuleRecord['mode'],
    reward: { amountMinor: Number(r.reward_minor), currency: r.reward_currency },
    inspectionDueHours: r.inspection_due_hours,
    rootCauseDueHours: r.root_cause_due_hours,
    active: fromBool(r.active),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(r: RuleRecord) {
  return {
    name: r.name,
    threshold: r.threshold,
    window_days: r.windowDays,
    mode: r.mode,
    reward_minor: r.reward.amountMinor,
    reward_currency: r.reward.currency,
    inspection_due_hours: r.inspectionDueHours,
    root_cause_due_hours: r.rootCauseDueHours,
    active: r.active,
    updated_at: r.updatedAt,
  };
}

export async function findRule(db: Kysely<Database>, id: string): Promise<RuleRecord | undefined> {
  const r = await db.selectFrom('rules').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRule(r);
}

export async function findRuleByScope(db: Kysely<Database>, scopeKey: string): Promise<RuleRecord | undefined> {
  const r = await db.selectFrom('rules').selectAll().where('scope_key', '=', scopeKey).executeTakeFirst();
  return r && toRule(r);
}

/** The active rules that could govern a target kind and issue code (at most four). */
const rulesByScope = prepared<{ both: string; code: string; kind: string }, Selectable<RulesTable>>((db, p) =>
  db.selectFrom('rules').selectAll().where('scope_key', 'in', [p('both'), p('code'), p('kind'), '*:*']),
);

export async function candidateRules(db: Kysely<Database>, kind: TargetKind, issueCode: string): Promise<RuleRecord[]> {
  const rows = await rulesByScope.execute(db, { both: `${kind}:${issueCode}`, code: `*:${issueCode}`, kind: `${kind}:*` });
  return rows.map(toRule);
}

export async function listRules(db: Kysely<Database>, limit: number, cursor?: string): Promise<RuleRecord[]> {
  let q = db.selectFrom('rules').selectAll();
  if (cursor) q = q.where('id', '>', cursor);
  return (await q.orderBy('id').limit(limit + 1).execute()).map(toRule);
}

export async function insertRule(db: Kysely<Database>, r: RuleRecord, scopeKey: string): Promise<void> {
  await db
    .insertInto('rules')
    .values({
      id: r.id,
      scope_key: scopeKey,
      target_kind: r.targetKind,
      issue_code: r.issueCode,
      created_at: r.createdAt,
      ...toRow(r),
    })
    .execute();
}

export async function updateRuleRow(db: Kysely<Database>, r: RuleRecord): Promise<void> {
  await db.updateTable('rules').set(toRow(r)).where('id', '=', r.id).execute();
}
