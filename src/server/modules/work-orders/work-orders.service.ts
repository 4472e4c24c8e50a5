import { uuidv7 } from 'uuidv7';
import type { WorkOrderPlan, WorkOrderType } from '#domain/andon.ts';
import { addHours } from '#domain/escalation.ts';
import { AndonError, notFound, unknownReference } from '#domain/errors.ts';
import { type Locale, translate } from '#i18n/index.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { armClock, armWorkOrderClocks, settleClocks } from '../escalation/escalation.service.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import { findTeam } from '../teams/teams.repository.ts';
import { ownerTeamId } from '../teams/teams.service.ts';
import { findWorkOrder, insertComment, insertWorkOrders, updateWorkOrderRow, type WorkOrderRecord, workOrdersOfAndon } from './work-orders.repository.ts';
import type { AssignInput, WorkOrder, WorkOrderComment } from './work-orders.schema.ts';

export { findWorkOrder, listComments, listWorkOrders, workOrderBelongsTo, workOrdersOfAndon, type WorkOrderRecord } from './work-orders.repository.ts';

const isOpen = (o: WorkOrderRecord) => o.status === 'open' || o.status === 'acknowledged';

/** Tells live clients (the andon room, the boards) that a work order changed, after commit. */
function changed(tx: Tx, o: WorkOrderRecord): void {
  tx.emit({ type: 'work_order.changed', workOrderId: o.id, andonId: o.andonId, workOrderType: o.type, status: o.status });
}

function blank(input: { andonId: string; type: WorkOrderType; now: string; dueAt: string; ownerTeamId: string | null }): WorkOrderRecord {
  return {
    id: uuidv7(),
    andonId: input.andonId,
    type: input.type,
    ownerTeamId: input.ownerTeamId,
    organisationId: null,
    assignee: null,
    status: 'open',
    titleKey: `workOrders.${input.type}.title`,
    instructionsKey: `workOrders.${input.type}.instructions`,
    description: null,
    parentId: null,
    dueAt: input.dueAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    completedAt: null,
    completedBy: null,
    outcome: null,
    details: null,
    escalationLevel: null,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** Inserts work orders, sets their escalation clocks from the SLAs, and audits each. */
async function createOrders(tx: Tx, orders: WorkOrderRecord[], targetId: string | null): Promise<void> {
  const { slas } = await getSettings(tx.db);
  await insertWorkOrders(tx.db, orders);
  for (const order of orders) {
    changed(tx, order);
    await armWorkOrderClocks(tx, order, slas[order.type].ackHours);
    await recordAudit(tx, {
      action: 'work_order.created',
      subjectType: 'work_order',
      subjectId: order.id,
      andonId: order.andonId,
      targetId,
      after: { type: order.type, ownerTeamId: order.ownerTeamId, assignee: order.assignee, organisationId: order.organisationId, dueAt: order.dueAt, parentId: order.parentId },
    });
  }
}

/** Opens the work orders a pull plans, each to its owner team, in the pull's transaction. */
export async function openWorkOrders(
  tx: Tx,
  input: {
    andonId: string;
    targetId: string;
    plans: WorkOrderPlan[];
    owners: { supplierTeamId: string | null; qualityTeamId: string | null; organisationId?: string | null };
  },
): Promise<WorkOrderRecord[]> {
  const now = tx.now.toISOString();
  const { slas } = await getSettings(tx.db);
  const orders: WorkOrderRecord[] = [];
  for (const plan of input.plans) {
    const explicit = plan.ownerRole === 'quality' ? input.owners.qualityTeamId : input.owners.supplierTeamId;
    // The rule's hours govern the pull's two orders unless the settings give the type its own.
    const dueHours = slas[plan.type].dueHours;
    const order = blank({ andonId: input.andonId, type: plan.type, now, dueAt: dueHours ? addHours(tx.now, dueHours) : plan.dueAt, ownerTeamId: await ownerTeamId(tx.db, explicit, plan.ownerRole) });
    // The supplier inspection is the supplier's to do (Amazon's notice to a vendor), under supplier management.
    if (plan.type === 'supplier_inspection') order.organisationId = input.owners.organisationId ?? null;
    orders.push(order);
  }
  await createOrders(tx, orders, input.targetId);
  return orders;
}

/** Opens one more work order on an andon (a corrective action, an acceptance), due by its SLA unless given. */
export async function openWorkOrder(
  tx: Tx,
  input: { andonId: string; targetId: string; type: 'corrective_action' | 'acceptance'; ownerTeamId: string | null; assignee?: string | null; description?: string | null; parentId?: string | null; dueAt?: string; details?: Record<string, unknown> },
): Promise<WorkOrderRecord> {
  const { slas } = await getSettings(tx.db);
  const now = tx.now.toISOString();
  const order = blank({ andonId: input.andonId, type: input.type, now, dueAt: input.dueAt ?? addHours(tx.now, slas[input.type].dueHours ?? 168), ownerTeamId: input.ownerTeamId });
  Object.assign(order, { assignee: input.assignee ?? null, description: input.description ?? null, parentId: input.parentId ?? null, details: input.details ?? null });
  await createOrders(tx, [order], input.targetId);
  return order;
}

/** A work order that must still be open (and of a type) for the action asked. */
export async function openOrderOf(tx: Tx, id: string, type?: WorkOrderType): Promise<WorkOrderRecord> {
  // Locked: two people recording on one order at once queue up, and the second finds it closed.
  const order = await findWorkOrder(tx.db, id, true);
  if (!order) throw notFound('work order', id);
  if (type && order.type !== type) throw new AndonError('work_order_type_mismatch', { id, type: order.type, expected: type });
  if (!isOpen(order)) throw new AndonError('work_order_closed', { id, status: order.status });
  return order;
}

/** Assigns a work order to a person, a team and/or a supplier organisation, or moves its due time. */
export async function assignWorkOrder(tx: Tx, id: string, input: AssignInput): Promise<WorkOrderRecord> {
  const before = await openOrderOf(tx, id);
  if (input.ownerTeamId && !(await findTeam(tx.db, input.ownerTeamId))) throw unknownReference('ownerTeamId', input.ownerTeamId);
  if (input.organisationId && !(await findOrganisation(tx.db, input.organisationId))) throw unknownReference('organisationId', input.organisationId);
  const after: WorkOrderRecord = { ...before, updatedAt: tx.now.toISOString() };
  if (input.assignee !== undefined) after.assignee = input.assignee ?? null;
  if (input.ownerTeamId !== undefined) after.ownerTeamId = input.ownerTeamId ?? null;
  if (input.organisationId !== undefined) after.organisationId = input.organisationId ?? null;
  if (input.dueAt !== undefined) after.dueAt = new Date(input.dueAt).toISOString();
  await updateWorkOrderRow(tx.db, after);
  if (after.dueAt !== before.dueAt || after.ownerTeamId !== before.ownerTeamId) {
    // A new due time or owner restarts the due clock, at the owner's rung.
    await settleClocks(tx, { type: 'work_order', id }, ['due']);
    await armClock(tx, { subjectType: 'work_order', subjectId: id, andonId: after.andonId, teamId: after.ownerTeamId, kind: 'due', dueAt: after.dueAt });
  }
  const pick = (o: WorkOrderRecord) => ({ assignee: o.assignee, ownerTeamId: o.ownerTeamId, organisationId: o.organisationId, dueAt: o.dueAt });
  changed(tx, after);
  await recordAudit(tx, { action: 'work_order.assigned', subjectType: 'work_order', subjectId: id, andonId: before.andonId, before: pick(before), after: pick(after) });
  return after;
}

/** The owner says "seen, on it": the acknowledgement clock stops; the due clock keeps running. */
export async function acknowledgeWorkOrder(tx: Tx, id: string, by: string): Promise<WorkOrderRecord> {
  const before = await openOrderOf(tx, id);
  if (before.status === 'acknowledged') return before;
  const at = tx.now.toISOString();
  const after: WorkOrderRecord = { ...before, status: 'acknowledged', acknowledgedAt: at, acknowledgedBy: by, assignee: before.assignee ?? by, updatedAt: at };
  await updateWorkOrderRow(tx.db, after);
  await settleClocks(tx, { type: 'work_order', id }, ['ack']);
  changed(tx, after);
  await recordAudit(tx, { action: 'work_order.acknowledged', subjectType: 'work_order', subjectId: id, andonId: before.andonId, after: { by } });
  return after;
}

/** Adds a comment to a work order's thread (open or closed: people keep talking). */
export async function commentOnWorkOrder(tx: Tx, id: string, input: { authorRef: string; body: string }): Promise<WorkOrderComment> {
  const order = await findWorkOrder(tx.db, id);
  if (!order) throw notFound('work order', id);
  const comment: WorkOrderComment = { id: uuidv7(), workOrderId: id, authorRef: input.authorRef, body: input.body, createdAt: tx.now.toISOString() };
  await insertComment(tx.db, comment);
  await recordAudit(tx, { action: 'work_order.commented', subjectType: 'work_order', subjectId: id, andonId: order.andonId, after: { commentId: comment.id, authorRef: input.authorRef } });
  return comment;
}

/** Closes a work order as done (with its record) or cancelled; its clocks stop. */
export async function closeWorkOrder(
  tx: Tx,
  order: WorkOrderRecord,
  input: { status: 'done' | 'cancelled'; by: string; outcome: string | null; details?: Record<string, unknown> | null; action: string; targetId?: string | null },
): Promise<WorkOrderRecord> {
  const at = tx.now.toISOString();
  const after: WorkOrderRecord = {
    ...order,
    status: input.status,
    completedAt: at,
    completedBy: input.by,
    outcome: input.outcome,
    details: input.details === undefined ? order.details : input.details,
    acknowledgedAt: order.acknowledgedAt ?? at,
    acknowledgedBy: order.acknowledgedBy ?? input.by,
    updatedAt: at,
  };
  await updateWorkOrderRow(tx.db, after);
  await settleClocks(tx, { type: 'work_order', id: order.id });
  changed(tx, after);
  await recordAudit(tx, {
    action: input.action,
    subjectType: 'work_order',
    subjectId: order.id,
    andonId: order.andonId,
    targetId: input.targetId ?? null,
    before: { status: order.status },
    after: { status: after.status, by: input.by, outcome: after.outcome, details: after.details },
  });
  return after;
}

/** Cancels every open work order of an andon that closed (retired, invalid). */
export async function cancelOpenWorkOrders(tx: Tx, andonId: string, by: string, reason: string): Promise<number> {
  const open = (await workOrdersOfAndon(tx.db, andonId)).filter(isOpen);
  for (const order of open) await closeWorkOrder(tx, order, { status: 'cancelled', by, outcome: reason, action: 'work_order.cancelled' });
  return open.length;
}

/** A work order as people read it, in their language. */
export function presentWorkOrder(o: WorkOrderRecord, locale: Locale, now: Date = new Date()): WorkOrder {
  const { titleKey, instructionsKey, ...rest } = o;
  return {
    ...rest,
    title: translate(locale, titleKey),
    instructions: translate(locale, instructionsKey),
    overdue: isOpen(o) && Date.parse(o.dueAt) < now.getTime(),
  };
}
