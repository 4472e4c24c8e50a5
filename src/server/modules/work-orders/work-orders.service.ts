import { uuidv7 } from 'uuidv7';
import type { WorkOrderPlan } from '#domain/andon.ts';
import { type Locale, translate } from '#i18n/index.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { ownerTeamId } from '../teams/teams.service.ts';
import { insertWorkOrders, type WorkOrderRecord } from './work-orders.repository.ts';
import type { WorkOrder } from './work-orders.schema.ts';

export { findWorkOrder, listWorkOrders, workOrdersOfAndon } from './work-orders.repository.ts';

/** Opens the work orders a pull plans, each to its owner team, in the pull's transaction. */
export async function openWorkOrders(
  tx: Tx,
  input: { andonId: string; targetId: string; plans: WorkOrderPlan[]; owners: { supplierTeamId: string | null; qualityTeamId: string | null } },
): Promise<WorkOrderRecord[]> {
  const now = tx.now.toISOString();
  const orders: WorkOrderRecord[] = [];
  for (const plan of input.plans) {
    const explicit = plan.ownerRole === 'quality' ? input.owners.qualityTeamId : input.owners.supplierTeamId;
    orders.push({
      id: uuidv7(),
      andonId: input.andonId,
      type: plan.type,
      ownerTeamId: await ownerTeamId(tx.db, explicit, plan.ownerRole),
      assignee: null,
      status: 'open',
      titleKey: plan.titleKey,
      instructionsKey: plan.instructionsKey,
      dueAt: plan.dueAt,
      createdAt: now,
      updatedAt: now,
    });
  }
  await insertWorkOrders(tx.db, orders);
  for (const order of orders) {
    await recordAudit(tx, {
      action: 'work_order.created',
      subjectType: 'work_order',
      subjectId: order.id,
      andonId: input.andonId,
      targetId: input.targetId,
      after: { type: order.type, ownerTeamId: order.ownerTeamId, dueAt: order.dueAt },
    });
  }
  return orders;
}

/** A work order as people read it, in their language. */
export function presentWorkOrder(o: WorkOrderRecord, locale: Locale): WorkOrder {
  const { titleKey, instructionsKey, ...rest } = o;
  return { ...rest, title: translate(locale, titleKey), instructions: translate(locale, instructionsKey) };
}
