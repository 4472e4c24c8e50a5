import type { Kysely, Selectable } from 'kysely';
import type { WorkOrderType } from '#domain/andon.ts';
import type { Database, WorkOrdersTable } from '../../db/schema.ts';
import type { ListWorkOrdersFilter } from './work-orders.schema.ts';

export interface WorkOrderRecord {
  id: string;
  andonId: string;
  type: WorkOrderType;
  ownerTeamId: string | null;
  assignee: string | null;
  status: string;
  titleKey: string;
  instructionsKey: string;
  dueAt: string;
  createdAt: string;
  updatedAt: string;
}

function toWorkOrder(r: Selectable<WorkOrdersTable>): WorkOrderRecord {
  return {
    id: r.id,
    andonId: r.andon_id,
    type: r.type as WorkOrderType,
    ownerTeamId: r.owner_team_id,
    assignee: r.assignee,
    status: r.status,
    titleKey: r.title_key,
    instructionsKey: r.instructions_key,
    dueAt: r.due_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
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
        owner_team_id: o.ownerTeamId,
        assignee: o.assignee,
        status: o.status,
        title_key: o.titleKey,
        instructions_key: o.instructionsKey,
        due_at: o.dueAt,
        created_at: o.createdAt,
        updated_at: o.updatedAt,
      })),
    )
    .execute();
}

export async function findWorkOrder(db: Kysely<Database>, id: string): Promise<WorkOrderRecord | undefined> {
  const r = await db.selectFrom('work_orders').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toWorkOrder(r);
}

export async function listWorkOrders(db: Kysely<Database>, f: ListWorkOrdersFilter): Promise<WorkOrderRecord[]> {
  let q = db.selectFrom('work_orders').selectAll();
  if (f.andonId) q = q.where('andon_id', '=', f.andonId);
  if (f.ownerTeamId) q = q.where('owner_team_id', '=', f.ownerTeamId);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toWorkOrder);
}

export async function workOrdersOfAndon(db: Kysely<Database>, andonId: string): Promise<WorkOrderRecord[]> {
  return (await db.selectFrom('work_orders').selectAll().where('andon_id', '=', andonId).orderBy('id').execute()).map(toWorkOrder);
}
