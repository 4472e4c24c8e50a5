import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { decidePull, MIN_MANUAL_REASON_LENGTH, planWorkOrders, type PullTrigger, rewardFor, rewardRecipient } from '#domain/andon.ts';
import { AndonError, unknownReference } from '#domain/errors.ts';
import { evaluateRepeat, windowStart } from '#domain/rules.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { ConfigMemo } from '../../db/memo.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { andonEscalationLevels } from '../escalation/escalation.service.ts';
import type { IssueCode } from '../issue-codes/issue-codes.schema.ts';
import { getIssueCode } from '../issue-codes/issue-codes.service.ts';
import { recordPendingReward, rewardOfAndon } from '../rewards/rewards.service.ts';
import type { RuleRecord } from '../rules/rules.schema.ts';
import { ruleFor } from '../rules/rules.service.ts';
import type { TargetRecord } from '../targets/targets.repository.ts';
import { getTarget, lockTarget, suppressTarget } from '../targets/targets.service.ts';
import { openWorkOrders, workOrdersOfAndon } from '../work-orders/work-orders.service.ts';
import type { MatchingEngine } from '../matching/matching.engine.ts';
import { checkRepeatsByText, matchingFor } from '../matching/matching.service.ts';
import { teamOf } from '../teams/teams.service.ts';
import { type AndonRecord, answerRuleHit, findAndon, findOpenAndon, insertAndon, updateAndonCounts, updateAndonRow } from './andons.repository.ts';
import { armLampClock, openLifecycle, relistReadiness } from './lifecycle.service.ts';
import type { PullInput, RepeatEvidence } from './andons.schema.ts';
export { findAndon, findOpenAndon, listAndons } from './andons.repository.ts';
import {
  andonComplaints,
  andonCounts,
  COUNT_LIMIT,
  countAttached,
  attachComplaints,
  attachEligible,
  complaintProblem,
  repeatCandidates,
} from './repeats.repository.ts';

/** A repeat check and the ids it counted (all of them, not only the evidence shown). */
export interface RepeatCheck {
  evidence: RepeatEvidence;
  rule: RuleRecord;
  complaintIds: string[];
  /** Matched by text: the complaints a pull joins, whatever their issue codes (else: the code's window). */
  attachIds?: string[];
}

/**
 * Same target, same problem, different customers, within the rule's window: counts them and says
 * whether the rule is met. Complaints already in a closed andon no longer count; those of the open
 * andon (if any) do.
 */
export async function checkRepeats(
  db: Kysely<Database>,
  target: Pick<TargetRecord, 'id' | 'kind'>,
  issueCode: IssueCode,
  now: Date,
  openAndonId: string | null,
  memo?: ConfigMemo,
  andonCustomers?: number,
): Promise<RepeatCheck> {
  const rule = await ruleFor(db, target.kind, issueCode.code, memo);
  const rows = await repeatCandidates(db, {
    targetId: target.id,
    issueCode: issueCode.code,
    since: windowStart(now, rule.windowDays),
    openAndonId,
    ...(andonCustomers === undefined ? {} : { andonCustomers }),
  });
  const evaluation = evaluateRepeat({ rule, issueCode, candidates: rows.candidates, now });
  const distinctCustomers = Math.max(evaluation.distinctCustomers, rows.distinctCustomers);
  const met = evaluation.counts && distinctCustomers >= evaluation.threshold;
  return {
    rule,
    complaintIds: evaluation.complaintIds,
    evidence: {
      distinctCustomers,
      threshold: evaluation.threshold,
      windowDays: evaluation.windowDays,
      windowStart: evaluation.windowStart,
      met,
      mode: evaluation.mode,
      counts: evaluation.counts,
      safetyCritical: evaluation.safetyCritical,
      ruleId: rule.id,
      complaints: rows.evidence,
    },
  };
}

/**
 * Pulls the cord, in the caller's transaction, all at once: the andon is recorded with its
 * triggering complaints, the puller and the rule; the target goes off sale; the supplier-inspection
 * and root-cause work orders open; the puller's reward is recorded as pending; every step is audited.
 */
export async function pullAndon(
  tx: Tx,
  input: {
    target: TargetRecord;
    issueCode: IssueCode;
    check: RepeatCheck;
    trigger: PullTrigger;
    pulledBy: string;
    reason: string | null;
    triggeringRecorder: string | null;
    recurrenceOf?: string | null;
  },
): Promise<AndonRecord> {
  const { target, issueCode, check } = input;
  const existing = await findOpenAndon(tx.db, target.id, issueCode.code);
  if (existing) throw new AndonError('andon_already_open', { andonId: existing.id });
  const now = tx.now.toISOString();
  const recipient = rewardRecipient({ trigger: input.trigger, pulledBy: input.pulledBy, triggeringRecorder: input.triggeringRecorder });
  // The pull counts for the pulling agent's team (for an automatic pull: the agent whose complaint met the rule).
  const team = await teamOf(tx.db, recipient);
  const andon: AndonRecord = {
    id: uuidv7(),
    targetId: target.id,
    issueCode: issueCode.code,
    state: 'pulled',
    trigger: input.trigger,
    pulledBy: input.pulledBy,
    reason: input.reason,
    ruleId: check.rule.id,
    rule: { threshold: check.evidence.threshold, windowDays: check.rule.windowDays, mode: check.rule.mode },
    distinctCustomers: check.evidence.distinctCustomers,
    complaintCount: check.complaintIds.length,
    monthlyGmv: target.monthlyGmv,
    pulledAt: now,
    closedAt: null,
    createdAt: now,
    updatedAt: now,
    ...openLifecycle(),
    teamId: team?.id ?? null,
    managerRef: team?.managerRef ?? null,
    ruleMetAt: check.evidence.met ? now : null,
    recurrenceOf: input.recurrenceOf ?? null,
  };
  try {
    await insertAndon(tx.db, andon);
  } catch (error) {
    // The partial unique index is the last guard against a concurrent pull of the same problem.
    if (isUniqueViolation(error)) throw new AndonError('andon_already_open', { andonId: 'concurrent' });
    throw error;
  }
  andon.complaintCount = check.attachIds
    ? await attachComplaints(tx.db, andon.id, check.attachIds, 'trigger')
    : await attachEligible(tx.db, andon.id, { targetId: target.id, issueCode: issueCode.code, since: check.evidence.windowStart });
  // The rule met earlier (suggest mode) is answered by this pull: time to pull counts from then.
  const metAt = await answerRuleHit(tx.db, { targetId: target.id, issueCode: issueCode.code, andonId: andon.id, at: now });
  if (metAt) {
    andon.ruleMetAt = metAt;
    await updateAndonRow(tx.db, andon.id, { rule_met_at: metAt });
  }
  // The repeat check counts customers only up to its limit: past it, the pull counts them all once.
  if (andon.distinctCustomers >= COUNT_LIMIT) andon.distinctCustomers = (await andonCounts(tx.db, andon.id)).customers;
  if (andon.complaintCount !== check.complaintIds.length || andon.distinctCustomers >= COUNT_LIMIT) {
    await updateAndonCounts(tx.db, andon.id, { complaintCount: andon.complaintCount, distinctCustomers: andon.distinctCustomers, at: now });
  }
  await recordAudit(tx, {
    action: 'andon.pulled',
    subjectType: 'andon',
    subjectId: andon.id,
    andonId: andon.id,
    targetId: target.id,
    after: {
      trigger: andon.trigger,
      pulledBy: andon.pulledBy,
      reason: andon.reason,
      issueCode: andon.issueCode,
      distinctCustomers: andon.distinctCustomers,
      complaintIds: check.complaintIds.slice(0, 50),
      complaintCount: andon.complaintCount,
      rule: andon.rule,
      teamId: andon.teamId,
      recurrenceOf: andon.recurrenceOf,
    },
  });
  await suppressTarget(tx, target, {
    id: andon.id,
    reason: input.reason ?? `${issueCode.nameEn} / ${issueCode.nameZh}`,
  });
  await openWorkOrders(tx, {
    andonId: andon.id,
    targetId: target.id,
    plans: planWorkOrders(check.rule, tx.now),
    owners: { supplierTeamId: target.supplierTeamId, qualityTeamId: target.qualityTeamId, organisationId: target.organisationId },
  });
  await armLampClock(tx, andon, target);
  const amount = rewardFor(check.rule);
  if (amount && recipient) await recordPendingReward(tx, { andonId: andon.id, targetId: target.id, agentRef: recipient, amount });
  tx.emit({ type: 'andon.pulled', andonId: andon.id, targetId: target.id, issueCode: issueCode.code, trigger: andon.trigger });
  return andon;
}

/** A complaint that arrives while its problem's andon is open joins it: the count grows, no second andon. */
export async function attachToOpenAndon(tx: Tx, andon: AndonRecord, complaintId: string): Promise<AndonRecord> {
  const at = tx.now.toISOString();
  if ((await attachComplaints(tx.db, andon.id, [complaintId], 'attached')) === 0) return andon;
  const counts = await countAttached(tx.db, andon.id, complaintId, at);
  await recordAudit(tx, {
    action: 'andon.complaint_attached',
    subjectType: 'andon',
    subjectId: andon.id,
    andonId: andon.id,
    targetId: andon.targetId,
    after: { complaintId, complaintCount: counts.complaints, distinctCustomers: counts.customers },
  });
  return { ...andon, complaintCount: counts.complaints, distinctCustomers: counts.customers, updatedAt: at };
}

export interface PullResult {
  andon: AndonRecord;
  target: TargetRecord;
  evidence: RepeatEvidence;
}

/**
 * A person pulls the cord: on a complaint, or on a target and problem. Met rule: pulled at once.
 * Below the threshold: pulled only with a written reason (anyone may stop the line).
 */
export async function pullCord(tx: Tx, input: PullInput, deps: { matching?: MatchingEngine | undefined } = {}): Promise<PullResult> {
  let targetBy: { id?: string | undefined; ref?: string | undefined } = { id: input.targetId, ref: input.targetRef };
  let code = input.issueCode;
  const problem = input.complaintId ? await complaintProblem(tx.db, input.complaintId) : undefined;
  if (input.complaintId) {
    if (!problem) throw unknownReference('complaintId', input.complaintId);
    targetBy = { id: problem.targetId };
    code = problem.issueCode;
  }
  const found = await getTarget(tx.db, targetBy);
  if (!found) throw unknownReference(input.targetId ? 'targetId' : 'targetRef', input.targetId ?? input.targetRef);
  const target = (await lockTarget(tx.db, found.id)) ?? found;
  const issueCode = code ? await getIssueCode(tx.db, code) : undefined;
  if (!issueCode) throw unknownReference('issueCode', code);
  const open = await findOpenAndon(tx.db, target.id, issueCode.code);
  if (open) throw new AndonError('andon_already_open', { andonId: open.id });
  // Pulling on a complaint of a kind that matches by text: its look-alikes are the evidence.
  const matching = deps.matching && problem ? await matchingFor(tx.db, deps.matching, target.kind) : null;
  const check =
    matching && deps.matching && problem && input.complaintId && matching.mode !== 'issue_code'
      ? (
          await checkRepeatsByText(tx, deps.matching, {
            target,
            issueCode,
            complaint: { id: input.complaintId, customerRef: problem.customerRef, text: problem.text, occurredAt: problem.occurredAt },
            mode: matching.mode,
            threshold: matching.threshold,
            openAndonIds: [],
          })
        ).check
      : await checkRepeats(tx.db, target, issueCode, tx.now, null, tx.memo);
  const decision = decidePull({ targetStatus: target.status, evaluation: check.evidence, reason: input.reason, automatic: false });
  if (!decision.ok) {
    switch (decision.reason) {
      case 'target_retired':
        throw new AndonError('target_retired', { ref: target.ref });
      case 'rule_not_met':
        throw new AndonError(
          'rule_not_met',
          { distinctCustomers: check.evidence.distinctCustomers, threshold: check.evidence.threshold, windowDays: check.evidence.windowDays },
          [{ path: ['reason'], code: 'reason_required' }],
        );
      case 'reason_too_short':
        throw new AndonError(
          'validation_failed',
          { count: 1 },
          [{ path: ['reason'], code: 'reason_too_short', params: { min: MIN_MANUAL_REASON_LENGTH } }],
        );
    }
  }
  const andon = await pullAndon(tx, {
    target,
    issueCode,
    check,
    trigger: decision.trigger,
    pulledBy: input.pulledBy,
    reason: input.reason?.trim() || null,
    triggeringRecorder: null,
  });
  const after = (await getTarget(tx.db, { id: target.id })) ?? target;
  return { andon, target: after, evidence: check.evidence };
}

/** Everything about one andon: its target, complaints, work orders and reward. */
export async function getAndonDetail(db: Kysely<Database>, id: string) {
  const andon = await findAndon(db, id);
  if (!andon) return undefined;
  const [target, complaints, workOrders, reward, levels] = await Promise.all([
    getTarget(db, { id: andon.targetId }),
    andonComplaints(db, id),
    workOrdersOfAndon(db, id),
    rewardOfAndon(db, id),
    andonEscalationLevels(db, [id]),
  ]);
  if (!target) throw new Error(`andon ${id} points at a missing target`);
  const { missingForRelist } = await relistReadiness(db, andon);
  return { andon, target, complaints, workOrders, reward: reward ?? null, missingForRelist, escalationLevel: levels.get(id) ?? null };
}
