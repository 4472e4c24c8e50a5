import type { Kysely, Selectable } from 'kysely';
import type { WorkOrderType } from '#domain/andon.ts';
import { dialectOf, forUpdate, fromJson, toJson } from '../../db/dialect.ts';
import type { Database, WorkOrdersTable } from '../../db/schema.ts';
import type { ListWorkOrdersFilter, WorkOrderComment, WorkOrderStatus } from './work-orders.schema.ts';

export interface WorkOrderRecord {
  id: string;
  andonId: string;
  type: WorkOrderType;
  ownerTeamId: string | null;
  organisationId: string | null;
  assignee: string | null;
  status: WorkOrderStatus;
  titleKey: string;
  instructionsKey: string;
  description: string | null;
  parentId: string | null;
  dueAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  completedAt: string | null;
  completedBy: string | null;
  outcome: string | null;
  /** The type's own record (inspection report, five whys, action, acceptance), as JSON. */
  details: Record<string, unknown> | null;
  escalationLevel: string | null;
  createdAt: string;
  updatedAt: string;
}

function toWorkOrder(r: Selectable<WorkOrdersTable>): WorkOrderRecord {
  return {
    id: r.id,
    andonId: r.andon_id,
    type: r.type as WorkOrderType,
    ownerTeamId: r.owner_team_id,
    organisationId: r.organisation_id,
    assignee: r.assignee,
    status: r.status as WorkOrderStatus,
    titleKey: r.title_key,
    instructionsKey: r.instructions_key,
    description: r.description,
    parentId: r.parent_id,
    dueAt: r.due_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    completedAt: r.completed_at,
    completedBy: r.completed_by,
    outcome: r.outcome,
    details: r.details === null ? null : fromJson<Record<string, unknown>>(r.details),
    escalationLevel: r.escalation_level,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(o: WorkOrderRecord) {
  return {
    owner_team_id: o.ownerTeamId,
    organisation_id: o.organisationId,
    assignee: o.assignee,
    status: o.status,
    description: o.description,
    due_at: o.dueAt,
    acknowledged_at: o.acknowledgedAt,
    acknowledged_by: o.acknowledgedBy,
    completed_at: o.completedAt,
    completed_by: o.completedBy,
    outcome: o.outcome,
    details: o.details === null ? null : toJson(o.details),
    escalation_level: o.escalationLevel,
    updated_at: o.updatedAt,
  };
}

export async function insertWorkOrders(db: Kysely<Database>, orders: WorkOrderRecord[]): Promise<void> {
  if (orders.length === 0) return;
  await db
    .insertInto('work_orders')
    .values(
      orders.map((o) => ({
        id: o.id,
        andon_id: o.andonId,
        type: o.type,
        title_key: o.titleKey,
        instructions_key: o.instructionsKey,
        parent_id: o.parentId,
        created_at: o.createdAt,
        ...toRow(o),
      })),
    )
    .execute();
}

export async function updateWorkOrderRow(db: Kysely<Database>, o: WorkOrderRecord): Promise<void> {
  await db.updateTable('work_orders').set(toRow(o)).where('id', '=', o.id).execute();
}

/** A work order; with `lock`, its row stays locked (PostgreSQL) until the transaction ends. */
export async function findWorkOrder(db: Kysely<Database>, id: string, lock = false): Promise<WorkOrderRecord | undefined> {
  let q = db.selectFrom('work_orders').selectAll().where('id', '=', id);
  if (lock) q = q.modifyEnd(forUpdate(dialectOf(db)));
  const r = await q.executeTakeFirst();
  return r && toWorkOrder(r);
}

/** Records the highest rung an order was escalated to, touching nothing else (a concurrent close must not be undone). */
export async function setEscalationLevel(db: Kysely<Database>, id: string, level: string, at: string): Promise<void> {
  await db.updateTable('work_orders').set({ escalation_level: level, updated_at: at }).where('id', '=', id).execute();
}

/** The rungs the work orders of some andons were escalated to (those that were). */
export async function workOrderLevels(db: Kysely<Database>, andonIds: readonly string[]): Promise<{ andonId: string; level: string | null }[]> {
  if (andonIds.length === 0) return [];
  return db
    .selectFrom('work_orders')
    .select(['andon_id as andonId', 'escalation_level as level'])
    .where('andon_id', 'in', andonIds)
    .where('escalation_level', 'is not', null)
    .execute();
}

/** The andons on targets of an organisation (its work orders are that organisation's too). */
function andonsOfOrganisation(db: Kysely<Database>, organisationId: string) {
  return db.selectFrom('andons').innerJoin('targets', 'targets.id', 'andons.target_id').select('andons.id').where('targets.organisation_id', '=', organisationId);
}

/** Is this work order an organisation's: assigned to it, or about one of its targets? */
export async function workOrderBelongsTo(db: Kysely<Database>, order: WorkOrderRecord, organisationId: string): Promise<boolean> {
  if (order.organisationId === organisationId) return true;
  const row = await andonsOfOrganisation(db, organisationId).where('andons.id', '=', order.andonId).executeTakeFirst();
  return row !== undefined;
}

/** Work orders by the filter; with `visibleTo`, only an organisation's (a supplier user's view). */
export async function listWorkOrders(db: Kysely<Database>, f: ListWorkOrdersFilter, visibleTo: string | null = null): Promise<WorkOrderRecord[]> {
  let q = db.selectFrom('work_orders').selectAll();
  if (visibleTo !== null) {
    q = q.where((eb) => eb.or([eb('organisation_id', '=', visibleTo), eb('andon_id', 'in', andonsOfOrganisation(db, visibleTo))]));
  }
  if (f.andonId) q = q.where('andon_id', '=', f.andonId);
  if (f.ownerTeamId) q = q.where('owner_team_id', '=', f.ownerTeamId);
  if (f.organisationId) q = q.where('organisation_id', '=', f.organisationId);
  if (f.assignee) q = q.where('assignee', '=', f.assignee);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.open === true) q = q.where('status', 'in', ['open', 'acknowledged']);
  if (f.open === false) q = q.where('status', 'in', ['done', 'cancelled']);
  if (f.overdueAt) q = q.where('due_at', '<', f.overdueAt).where('status', 'in', ['open', 'acknowledged']);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toWorkOrder);
}

export async function workOrdersOfAndon(db: Kysely<Database>, andonId: string): Promise<WorkOrderRecord[]> {
  return (await db.selectFrom('work_orders').selectAll().where('andon_id', '=', andonId).orderBy('id').execute()).map(toWorkOrder);
}

export async function insertComment(db: Kysely<Database>, c: WorkOrderComment): Promise<void> {
  await db
    .insertInto('work_order_comments')
    .values({ id: c.id, work_order_id: c.workOrderId, author_ref: c.authorRef, body: c.body, created_at: c.createdAt })
    .execute();
}

export async function listComments(db: Kysely<Database>, workOrderId: string, limit: number, cursor?: string): Promise<WorkOrderComment[]> {
  let q = db.selectFrom('work_order_comments').selectAll().where('work_order_id', '=', workOrderId);
  if (cursor) q = q.where('id', '>', cursor);
  const rows = await q.orderBy('id').limit(limit + 1).execute();
  return rows.map((r) => ({ id: r.id, workOrderId: r.work_order_id, authorRef: r.author_ref, body: r.body, createdAt: r.created_at }));
}
