import { AndonError } from '#domain/errors.ts';
import { checkAnalysis, findRecurrences, type RootCauseCategory } from '#domain/five-whys.ts';
import { isIndependentVerifier, transition } from '#domain/lifecycle.ts';
import { toJson } from '../../db/dialect.ts';
import type { Tx } from '../../db/writer.ts';
import { pastRootCauses, updateAndonRow } from '../andons/andons.repository.ts';
import type { AndonRecord } from '../andons/andons.repository.ts';
import { advanceAndon, andonWithFacts, lockedAndon, moveAndon, refusal } from '../andons/lifecycle.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { getTarget } from '../targets/targets.service.ts';
import { ownerTeamId } from '../teams/teams.service.ts';
import type { AcceptanceInput, CompleteInput, InspectionInput, RootCauseInput } from './work-orders.schema.ts';
import { closeWorkOrder, findWorkOrder, openOrderOf, openWorkOrder, type WorkOrderRecord, workOrdersOfAndon } from './work-orders.service.ts';

/** The andon of a work order, locked before the order itself (the order of locks every lifecycle step keeps). */
async function lockOrderAndon(tx: Tx, workOrderId: string): Promise<void> {
  const order = await findWorkOrder(tx.db, workOrderId);
  if (order) await lockedAndon(tx, order.andonId);
}

export interface RecordResult {
  workOrder: WorkOrderRecord;
  andon: AndonRecord;
}

/**
 * The supplier's inspection report closes the containment order (prove the stock is clean or send
 * it back); the andon moves to contained, and on to root-caused if the five whys are already done.
 */
export async function recordInspection(tx: Tx, workOrderId: string, input: InspectionInput): Promise<RecordResult> {
  await lockOrderAndon(tx, workOrderId);
  const order = await openOrderOf(tx, workOrderId, 'supplier_inspection');
  const { recordedBy, ...report } = input;
  const workOrder = await closeWorkOrder(tx, order, { status: 'done', by: recordedBy, outcome: input.disposition, details: report, action: 'work_order.inspection_recorded' });
  return { workOrder, andon: await advanceAndon(tx, order.andonId) };
}

export interface Recurrence {
  andonId: string;
  statement: string;
  category: RootCauseCategory;
  similarity: number;
  sameTarget: boolean;
}

/**
 * The five whys close the root-cause order: checked first (the minimum chain, evidence at every
 * level, a process-level cause, never a bare human error, corrective and preventive actions with
 * owners and dates), compared with the library of past causes (a like one is a recurrence), then
 * each action becomes a corrective-action work order to its owner.
 */
export async function recordRootCause(tx: Tx, workOrderId: string, input: RootCauseInput): Promise<RecordResult & { actions: WorkOrderRecord[]; recurrences: Recurrence[] }> {
  await lockOrderAndon(tx, workOrderId);
  const order = await openOrderOf(tx, workOrderId, 'root_cause');
  const settings = await getSettings(tx.db);
  const { recordedBy, ...analysis } = input;
  const issues = checkAnalysis(analysis, { minWhys: settings.minWhys, now: tx.now });
  if (issues.length > 0) throw new AndonError('root_cause_rejected', { count: issues.length, minWhys: settings.minWhys }, issues);

  const { andon } = await andonWithFacts(tx, order.andonId);
  const library = (await pastRootCauses(tx.db, andon.id)).map((r) => ({
    andonId: r.id,
    statement: r.root_cause_statement ?? '',
    category: r.root_cause_category as RootCauseCategory,
    sameTarget: r.target_id === andon.targetId,
  }));
  const recurrences = findRecurrences(analysis, library, settings.recurrenceSimilarity).slice(0, 10);
  const workOrder = await closeWorkOrder(tx, order, {
    status: 'done',
    by: recordedBy,
    outcome: analysis.category,
    details: { ...analysis, recurrences },
    action: 'work_order.root_cause_recorded',
  });
  await updateAndonRow(tx.db, andon.id, { root_cause_category: analysis.category, root_cause_statement: analysis.statement, updated_at: tx.now.toISOString() });

  const actions: WorkOrderRecord[] = [];
  for (const action of analysis.actions) {
    actions.push(
      await openWorkOrder(tx, {
        andonId: andon.id,
        targetId: andon.targetId,
        type: 'corrective_action',
        ownerTeamId: order.ownerTeamId,
        assignee: action.owner,
        description: action.description,
        parentId: order.id,
        dueAt: new Date(action.dueAt).toISOString(),
        details: { kind: action.kind },
      }),
    );
  }
  return { workOrder, actions, recurrences, andon: await advanceAndon(tx, andon.id) };
}

/** A corrective or preventive action is done. */
export async function completeAction(tx: Tx, workOrderId: string, input: CompleteInput): Promise<RecordResult> {
  await lockOrderAndon(tx, workOrderId);
  const order = await openOrderOf(tx, workOrderId, 'corrective_action');
  const details = { ...order.details, note: input.note ?? null, evidence: input.evidence ?? null };
  const workOrder = await closeWorkOrder(tx, order, { status: 'done', by: input.completedBy, outcome: 'done', details, action: 'work_order.completed' });
  const { andon } = await andonWithFacts(tx, order.andonId);
  return { workOrder, andon };
}

/**
 * The responsible party records the rectification (the fix), with the criteria a verifier will
 * check: allowed once the root cause is found and every corrective action is done. The andon
 * awaits acceptance; an acceptance work order opens for an independent verifier.
 */
export async function recordRectification(
  tx: Tx,
  andonId: string,
  input: { recordedBy: string; summary: string; evidence: string; criteria: string[] },
): Promise<RecordResult> {
  const { andon, facts } = await andonWithFacts(tx, andonId);
  const result = transition(andon.state, 'request_acceptance', { ...facts, rectificationRecorded: true });
  if (!result.ok) throw refusal(andon, 'request_acceptance', result);
  const at = tx.now.toISOString();
  const rectification = { summary: input.summary, evidence: input.evidence, criteria: input.criteria, recordedBy: input.recordedBy, recordedAt: at };
  await updateAndonRow(tx.db, andon.id, { rectification: toJson(rectification), rectified_at: at, rectified_by: input.recordedBy });
  const moved = await moveAndon(tx, andon, 'awaiting_acceptance', { by: input.recordedBy, after: { rectification } });
  const target = await getTarget(tx.db, { id: andon.targetId });
  const workOrder = await openWorkOrder(tx, {
    andonId: andon.id,
    targetId: andon.targetId,
    type: 'acceptance',
    ownerTeamId: await ownerTeamId(tx.db, target?.qualityTeamId ?? null, 'quality'),
    description: input.summary,
    details: { criteria: input.criteria, rectifiedBy: input.recordedBy },
  });
  return { workOrder, andon: moved };
}

/**
 * An independent verifier (neither whoever recorded the rectification nor anyone who carried out a
 * corrective action) records pass or fail against the stated criteria, with evidence. A pass
 * clears the way to relist; a fail sends the andon back to root-caused for a new rectification.
 */
export async function recordAcceptance(tx: Tx, workOrderId: string, input: AcceptanceInput): Promise<RecordResult> {
  await lockOrderAndon(tx, workOrderId);
  const order = await openOrderOf(tx, workOrderId, 'acceptance');
  const { andon } = await andonWithFacts(tx, order.andonId);
  const actions = (await workOrdersOfAndon(tx.db, andon.id)).filter((o) => o.type === 'corrective_action' && o.details?.['kind'] === 'corrective');
  const fixers = [andon.rectification?.recordedBy ?? null, ...actions.flatMap((o) => [o.completedBy, o.assignee])];
  if (!isIndependentVerifier(input.verifiedBy, fixers)) {
    throw new AndonError('not_independent', { field: 'verifiedBy', value: input.verifiedBy }, [
      { path: ['verifiedBy'], code: 'not_independent', params: { value: input.verifiedBy } },
    ]);
  }
  const passed = input.result === 'pass';
  const details = { ...order.details, results: input.criteria, evidence: input.evidence, verifiedBy: input.verifiedBy };
  const workOrder = await closeWorkOrder(tx, order, {
    status: 'done',
    by: input.verifiedBy,
    outcome: passed ? 'passed' : 'failed',
    details,
    action: passed ? 'work_order.acceptance_passed' : 'work_order.acceptance_failed',
  });
  if (passed) {
    await updateAndonRow(tx.db, andon.id, { accepted_at: tx.now.toISOString(), updated_at: tx.now.toISOString() });
    return { workOrder, andon: (await andonWithFacts(tx, andon.id)).andon };
  }
  const { facts } = await andonWithFacts(tx, andon.id);
  const result = transition(andon.state, 'reject_rectification', facts);
  if (!result.ok) throw refusal(andon, 'reject_rectification', result);
  // The failed fix is kept in the audit trail; a new rectification must be recorded before the next acceptance.
  await updateAndonRow(tx.db, andon.id, { rectification: null, rectified_at: null, rectified_by: null });
  const moved = await moveAndon(tx, andon, 'root_caused', { by: input.verifiedBy, reason: 'acceptance failed' });
  return { workOrder, andon: moved };
}
