import type { Kysely } from 'kysely';
import type { AndonState } from '#domain/andon.ts';
import { addHours } from '#domain/escalation.ts';
import { AndonError, notFound } from '#domain/errors.ts';
import {
  type AndonAction,
  advance,
  decideReview,
  type InvalidReason,
  isOpenState,
  type LifecycleFacts,
  missingForRelist,
  probationUntil,
  type ReviewVerdict,
  type TransitionResult,
  transition,
} from '#domain/lifecycle.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { armClock, settleClocks } from '../escalation/escalation.service.ts';
import { decideReward, rewardOfAndon } from '../rewards/rewards.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import type { TargetRecord } from '../targets/targets.repository.ts';
import { getTarget, lockTarget, relistTarget, retireTarget } from '../targets/targets.service.ts';
import { ownerTeamId } from '../teams/teams.service.ts';
import { cancelOpenWorkOrders, workOrdersOfAndon } from '../work-orders/work-orders.service.ts';
import { type AndonRecord, findAndon, lockAndon, openAndonsOfTarget, otherOpenAndon, updateAndonRow } from './andons.repository.ts';

/** The lifecycle fields of a newly pulled andon. */
export function openLifecycle() {
  return {
    containedAt: null,
    rootCausedAt: null,
    rectification: null,
    acceptedAt: null,
    closedBy: null,
    closeReason: null,
    review: null,
    rootCause: null,
    probationUntil: null,
  };
}

/** The lamp's own clock: an andon still lit after the SLA escalates up the quality team's ladder. */
export async function armLampClock(tx: Tx, andon: Pick<AndonRecord, 'id' | 'pulledAt'>, target: Pick<TargetRecord, 'qualityTeamId'>): Promise<void> {
  const { slas } = await getSettings(tx.db);
  if (slas.andon.dueHours === null) return;
  const teamId = await ownerTeamId(tx.db, target.qualityTeamId, 'quality');
  await armClock(tx, { subjectType: 'andon', subjectId: andon.id, andonId: andon.id, teamId, kind: 'lamp', dueAt: addHours(andon.pulledAt, slas.andon.dueHours) });
}

/** What the gates look at, read from the andon's work orders. */
export async function lifecycleFacts(db: Kysely<Database>, andon: AndonRecord): Promise<LifecycleFacts> {
  const orders = await workOrdersOfAndon(db, andon.id);
  const done = (type: string) => orders.some((o) => o.type === type && o.status === 'done');
  const acceptances = orders.filter((o) => o.type === 'acceptance');
  const latest = acceptances[acceptances.length - 1];
  return {
    containmentDone: done('supplier_inspection'),
    rootCauseDone: done('root_cause'),
    // Preventive actions may take months (a new admission standard); only corrective ones gate the relist.
    openCorrectiveActions: orders.filter(
      (o) => o.type === 'corrective_action' && o.details?.['kind'] === 'corrective' && (o.status === 'open' || o.status === 'acknowledged'),
    ).length,
    rectificationRecorded: andon.rectification !== null,
    acceptance: andon.rectification && latest?.status === 'done' ? (latest.outcome === 'passed' ? 'passed' : 'failed') : null,
  };
}

/**
 * An andon, locked for a lifecycle step, or 404. On PostgreSQL its target's row is locked first,
 * then its own, in the order complaint intake locks them, so steps and complaints of one target queue.
 */
export async function lockedAndon(tx: Tx, id: string): Promise<AndonRecord> {
  const found = await findAndon(tx.db, id);
  if (!found) throw notFound('andon', id);
  if (tx.dialect !== 'postgres') return found;
  await lockTarget(tx.db, found.targetId);
  return (await lockAndon(tx.db, id)) ?? found;
}

/** An andon (locked) and its lifecycle facts, or 404. */
export async function andonWithFacts(tx: Tx, id: string): Promise<{ andon: AndonRecord; facts: LifecycleFacts }> {
  const andon = await lockedAndon(tx, id);
  return { andon, facts: await lifecycleFacts(tx.db, andon) };
}

/** A refused transition as the typed error a caller sees: what is missing, or why the state forbids it. */
export function refusal(andon: AndonRecord, action: AndonAction, result: Extract<TransitionResult, { ok: false }>): AndonError {
  if (action === 'relist' && result.reason === 'gate') {
    return new AndonError('relist_refused', { andonId: andon.id, state: andon.state, missing: result.missing });
  }
  return new AndonError('illegal_transition', { andonId: andon.id, state: andon.state, action, missing: result.missing });
}

const stamps: Partial<Record<AndonState, 'contained_at' | 'root_caused_at'>> = { contained: 'contained_at', root_caused: 'root_caused_at' };

/** Moves an andon to a new state in the caller's transaction, stamping and auditing it. */
export async function moveAndon(tx: Tx, andon: AndonRecord, to: AndonState, extra: { by?: string; reason?: string | null; after?: Record<string, unknown> } = {}): Promise<AndonRecord> {
  const at = tx.now.toISOString();
  const closing = !isOpenState(to);
  const stamp = stamps[to];
  await updateAndonRow(tx.db, andon.id, {
    state: to,
    updated_at: at,
    // A failed acceptance returns the andon to root-caused: the first stamp stays (time to root cause).
    ...(stamp && !(stamp === 'contained_at' ? andon.containedAt : andon.rootCausedAt) ? { [stamp]: at } : {}),
    ...(closing ? { closed_at: at, closed_by: extra.by ?? tx.actor.id, close_reason: extra.reason ?? null } : {}),
  });
  await recordAudit(tx, {
    action: `andon.${to}`,
    subjectType: 'andon',
    subjectId: andon.id,
    andonId: andon.id,
    targetId: andon.targetId,
    before: { state: andon.state },
    after: { state: to, ...(extra.by ? { by: extra.by } : {}), ...(extra.reason ? { reason: extra.reason } : {}), ...extra.after },
  });
  if (closing) await settleClocks(tx, { type: 'andon', id: andon.id });
  tx.emit({ type: 'andon.changed', andonId: andon.id, targetId: andon.targetId, state: to, change: 'state' });
  return (await findAndon(tx.db, andon.id))!;
}

/** Moves an andon forward as far as its facts allow (containment, then root cause), in order. */
export async function advanceAndon(tx: Tx, andonId: string): Promise<AndonRecord> {
  let { andon, facts } = await andonWithFacts(tx, andonId);
  for (const to of advance(andon.state, facts)) {
    andon = await moveAndon(tx, andon, to);
    facts = await lifecycleFacts(tx.db, andon);
  }
  return andon;
}

async function targetOf(tx: Tx, andon: AndonRecord): Promise<TargetRecord> {
  const target = (await lockTarget(tx.db, andon.targetId)) ?? (await getTarget(tx.db, { id: andon.targetId }));
  if (!target) throw new Error(`andon ${andon.id} points at a missing target`);
  return target;
}

/**
 * Relists: every gate met (containment, root cause, corrective actions, rectification, an
 * independent acceptance), the andon closes and the target goes back on sale unless another open
 * andon holds it. Probation starts: one matching complaint before it ends re-pulls at once.
 * Refused with exactly what is still missing.
 */
export async function relistAndon(tx: Tx, andonId: string, input: { relistedBy: string; note?: string | undefined }): Promise<AndonRecord> {
  const { andon, facts } = await andonWithFacts(tx, andonId);
  const result = transition(andon.state, 'relist', facts);
  if (!result.ok) throw refusal(andon, 'relist', result);
  const target = await targetOf(tx, andon);
  const settings = await getSettings(tx.db);
  const until = probationUntil(tx.now, settings.probationDays);
  await updateAndonRow(tx.db, andon.id, { probation_until: until });
  const moved = await moveAndon(tx, andon, 'relisted', { by: input.relistedBy, reason: input.note ?? null, after: { probationUntil: until } });
  await relistTarget(tx, target, { id: andon.id, reason: input.note ?? 'relisted after acceptance', otherOpenAndonId: await otherOpenAndon(tx.db, target.id, andon.id) });
  return moved;
}

/**
 * Retires: the target is not coming back (a repair shop that could not rectify). The andon closes,
 * its open work orders are cancelled, the target is retired, and every other open andon of the
 * target closes with it.
 */
export async function retireAndon(tx: Tx, andonId: string, input: { retiredBy: string; reason: string }): Promise<AndonRecord> {
  const { andon, facts } = await andonWithFacts(tx, andonId);
  const result = transition(andon.state, 'retire', facts);
  if (!result.ok) throw refusal(andon, 'retire', result);
  const target = await targetOf(tx, andon);
  const moved = await moveAndon(tx, andon, 'retired', { by: input.retiredBy, reason: input.reason });
  await cancelOpenWorkOrders(tx, andon.id, input.retiredBy, 'retired');
  for (const other of await openAndonsOfTarget(tx.db, target.id)) {
    await moveAndon(tx, other, 'retired', { by: input.retiredBy, reason: input.reason, after: { with: andon.id } });
    await cancelOpenWorkOrders(tx, other.id, input.retiredBy, 'retired');
  }
  await retireTarget(tx, target, { id: andon.id, reason: input.reason });
  return moved;
}

/**
 * A manager reviews the pull. Valid: the puller's reward is granted. Invalid (with a reason code):
 * the reward is void, the agent is not penalised (the bad-andon rate is the manager's), and an open
 * andon closes as invalid with its target relisted at once.
 */
export async function reviewAndon(
  tx: Tx,
  andonId: string,
  input: { reviewedBy: string; verdict: ReviewVerdict; reasonCode?: InvalidReason | null | undefined; note?: string | null | undefined },
): Promise<AndonRecord> {
  const andon = await lockedAndon(tx, andonId);
  const reward = await rewardOfAndon(tx.db, andon.id);
  const decision = decideReview({
    state: andon.state,
    alreadyReviewed: andon.review !== null,
    verdict: input.verdict,
    reasonCode: input.reasonCode,
    reviewer: input.reviewedBy,
    pulledBy: andon.pulledBy,
    rewardRecipient: reward?.agentRef ?? null,
  });
  if (!decision.ok) {
    switch (decision.reason) {
      case 'already_reviewed':
        throw new AndonError('already_reviewed', { andonId: andon.id, verdict: andon.review?.verdict });
      case 'self_review':
        throw new AndonError('not_independent', { field: 'reviewedBy', value: input.reviewedBy }, [
          { path: ['reviewedBy'], code: 'self_review', params: { value: input.reviewedBy } },
        ]);
      case 'reason_required':
        throw new AndonError('validation_failed', { count: 1 }, [{ path: ['reasonCode'], code: 'reason_code_required' }]);
    }
  }
  const at = tx.now.toISOString();
  await updateAndonRow(tx.db, andon.id, {
    review_verdict: input.verdict,
    review_reason: input.verdict === 'invalid' ? (input.reasonCode ?? null) : null,
    review_note: input.note ?? null,
    reviewed_by: input.reviewedBy,
    reviewed_at: at,
    updated_at: at,
  });
  await recordAudit(tx, {
    action: 'andon.reviewed',
    subjectType: 'andon',
    subjectId: andon.id,
    andonId: andon.id,
    targetId: andon.targetId,
    after: { verdict: input.verdict, reasonCode: input.reasonCode ?? null, note: input.note ?? null, reviewedBy: input.reviewedBy, teamId: andon.teamId, managerRef: andon.managerRef },
  });
  await decideReward(tx, andon.id, decision.reward, input.reviewedBy);
  tx.emit({ type: 'andon.changed', andonId: andon.id, targetId: andon.targetId, state: andon.state, change: 'review' });
  if (decision.close) {
    const target = await targetOf(tx, andon);
    await moveAndon(tx, (await findAndon(tx.db, andon.id))!, 'invalid', { by: input.reviewedBy, reason: input.reasonCode ?? null });
    await cancelOpenWorkOrders(tx, andon.id, input.reviewedBy, 'invalid');
    await relistTarget(tx, target, { id: andon.id, reason: `invalid pull: ${input.reasonCode}`, otherOpenAndonId: await otherOpenAndon(tx.db, target.id, andon.id) });
  }
  return (await findAndon(tx.db, andon.id))!;
}

/** What an andon still needs before its target may be relisted (empty when it is closed or ready). */
export async function relistReadiness(db: Kysely<Database>, andon: AndonRecord) {
  const facts = await lifecycleFacts(db, andon);
  return { facts, missingForRelist: isOpenState(andon.state) ? missingForRelist(facts) : [] };
}
