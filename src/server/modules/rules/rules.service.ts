import { uuidv7 } from 'uuidv7';
import { AndonError, notFound, unknownReference } from '#domain/errors.ts';
import { resolveRule, ruleScopeKey } from '#domain/rules.ts';
import type { TargetKind } from '#domain/targets.ts';
import type { Kysely } from 'kysely';
import type { ConfigMemo } from '../../db/memo.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findIssueCode } from '../issue-codes/issue-codes.repository.ts';
import { candidateRules, findRule, findRuleByScope, insertRule, updateRuleRow } from './rules.repository.ts';
import type { CreateRuleInput, RuleRecord, UpdateRuleInput } from './rules.schema.ts';

const DEFAULT_SCOPE = ruleScopeKey(null, null);

/** Adds a rule for a target kind, an issue code, or both; one rule per scope. */
export async function createRule(tx: Tx, input: CreateRuleInput): Promise<RuleRecord> {
  if (input.issueCode && !(await findIssueCode(tx.db, input.issueCode))) throw unknownReference('issueCode', input.issueCode);
  const scope = ruleScopeKey(input.targetKind, input.issueCode);
  const existing = await findRuleByScope(tx.db, scope);
  if (existing) {
    throw new AndonError('already_exists', { entity: 'rule', field: 'scope', value: scope }, [
      { path: ['issueCode'], code: 'duplicate', params: { value: scope } },
    ]);
  }
  const fallback = await findRuleByScope(tx.db, DEFAULT_SCOPE);
  const now = tx.now.toISOString();
  const rule: RuleRecord = {
    id: uuidv7(),
    name: input.name,
    targetKind: input.targetKind,
    issueCode: input.issueCode,
    threshold: input.threshold,
    windowDays: input.windowDays,
    mode: input.mode,
    reward: input.reward ?? fallback?.reward ?? { amountMinor: 0, currency: 'CNY' },
    inspectionDueHours: input.inspectionDueHours,
    rootCauseDueHours: input.rootCauseDueHours,
    active: input.active,
    createdAt: now,
    updatedAt: now,
  };
  tx.memo.clear();
  await insertRule(tx.db, rule, scope);
  await recordAudit(tx, { action: 'rule.created', subjectType: 'rule', subjectId: rule.id, after: rule });
  return rule;
}

/** Changes a rule; the default rule can be changed but never switched off (some rule must always apply). */
export async function updateRule(tx: Tx, id: string, input: UpdateRuleInput): Promise<RuleRecord> {
  const before = await findRule(tx.db, id);
  if (!before) throw notFound('rule', id);
  if (input.active === false && before.targetKind === null && before.issueCode === null) {
    throw new AndonError('validation_failed', { count: 1 }, [
      { path: ['active'], code: 'custom', message: 'the default rule cannot be switched off; change its threshold or mode instead' },
    ]);
  }
  const after: RuleRecord = { ...before, ...stripUndefined(input), updatedAt: tx.now.toISOString() };
  tx.memo.clear();
  await updateRuleRow(tx.db, after);
  await recordAudit(tx, { action: 'rule.updated', subjectType: 'rule', subjectId: id, before, after });
  return after;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The rule in force for a target kind and issue code (the default rule at worst). */
export async function ruleFor(db: Kysely<Database>, kind: TargetKind, issueCode: string, memo?: ConfigMemo): Promise<RuleRecord> {
  const candidates = memo
    ? await memo.get(`rules:${kind}:${issueCode}`, () => candidateRules(db, kind, issueCode))
    : await candidateRules(db, kind, issueCode);
  const rule = resolveRule(candidates, kind, issueCode);
  if (!rule) throw new Error('no active rule: the default rule is missing');
  return rule;
}
