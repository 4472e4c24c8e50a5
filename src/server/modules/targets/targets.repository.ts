import { type Kysely, type Selectable, sql } from 'kysely';
import type { TargetStatus } from '#domain/targets.ts';
import { dialectOf, forUpdate, fromJson, toJson } from '../../db/dialect.ts';
import { prepared } from '../../db/prepared.ts';
import type { Database, TargetsTable } from '../../db/schema.ts';
import type { ListTargetsFilter, Target } from './targets.schema.ts';

export interface TargetRecord extends Target {
  statusVersion: number;
}

export function toTarget(r: Selectable<TargetsTable>): TargetRecord {
  return {
    id: r.id,
    ref: r.ref,
    kind: r.kind as Target['kind'],
    name: r.name,
    organisationId: r.organisation_id,
    supplierTeamId: r.supplier_team_id,
    qualityTeamId: r.quality_team_id,
    monthlyGmv:
      r.monthly_gmv_minor === null || r.currency === null
        ? null
        : { amountMinor: Number(r.monthly_gmv_minor), currency: r.currency },
    status: r.status as TargetStatus,
    onSale: r.status === 'on_sale',
    statusReason: r.status_reason,
    statusAndonId: r.status_andon_id,
    statusChangedAt: r.status_changed_at,
    statusVersion: r.status_version,
    attributes: fromJson<Record<string, unknown>>(r.attributes) ?? {},
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The API shape: everything but the internal status version. */
export function presentTarget(t: TargetRecord): Target {
  const { statusVersion: _version, ...rest } = t;
  return rest;
}

function toRow(t: TargetRecord) {
  return {
    ref: t.ref,
    kind: t.kind,
    name: t.name,
    organisation_id: t.organisationId,
    supplier_team_id: t.supplierTeamId,
    quality_team_id: t.qualityTeamId,
    monthly_gmv_minor: t.monthlyGmv?.amountMinor ?? null,
    currency: t.monthlyGmv?.currency ?? null,
    attributes: toJson(t.attributes),
    updated_at: t.updatedAt,
  };
}

export async function findTarget(db: Kysely<Database>, id: string): Promise<TargetRecord | undefined> {
  const r = await db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toTarget(r);
}

const targetByRef = prepared<{ ref: string }, Selectable<TargetsTable>>((db, p) =>
  db.selectFrom('targets').selectAll().where('ref', '=', p('ref')),
);

/** Finds a target by the caller's ref (on the intake path: a prepared query). */
export async function findTargetByRef(db: Kysely<Database>, ref: string): Promise<TargetRecord | undefined> {
  const [r] = await targetByRef.execute(db, { ref });
  return r && toTarget(r);
}

/** Reads a target and, on PostgreSQL, locks its row until the transaction ends: writers of one target queue up. */
export async function lockTarget(db: Kysely<Database>, id: string): Promise<TargetRecord | undefined> {
  const r = await db
    .selectFrom('targets')
    .selectAll()
    .where('id', '=', id)
    .modifyEnd(forUpdate(dialectOf(db)))
    .executeTakeFirst();
  return r && toTarget(r);
}

function escapeLike(s: string): string {
  return s.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
}

/** Targets by the filter; with `visibleTo`, only that organisation's (a supplier user's view). */
export async function listTargets(db: Kysely<Database>, f: ListTargetsFilter, visibleTo: string | null = null): Promise<TargetRecord[]> {
  let q = db.selectFrom('targets').selectAll();
  if (visibleTo !== null) q = q.where('organisation_id', '=', visibleTo);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.organisationId) q = q.where('organisation_id', '=', f.organisationId);
  if (f.ref) q = q.where('ref', '=', f.ref);
  if (f.q) {
    const pattern = `%${escapeLike(f.q.toLowerCase())}%`;
    // SQLite has no default LIKE escape character; naming one works on both databases.
    q = q.where(
      sql<boolean>`(lower(name) like ${pattern} escape '\\' or lower(ref) like ${pattern} escape '\\')`,
    );
  }
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toTarget);
}

export async function insertTarget(db: Kysely<Database>, t: TargetRecord): Promise<void> {
  await insertTargets(db, [t]);
}

/** Inserts targets in multi-row statements (bounded by SQLite's parameter limit). */
export async function insertTargets(db: Kysely<Database>, targets: readonly TargetRecord[], perStatement = 400): Promise<void> {
  for (let i = 0; i < targets.length; i += perStatement) {
    await db
      .insertInto('targets')
      .values(
        targets.slice(i, i + perStatement).map((t) => ({
          id: t.id,
          created_at: t.createdAt,
          status: t.status,
          status_reason: t.statusReason,
          status_andon_id: t.statusAndonId,
          status_changed_at: t.statusChangedAt,
          status_version: t.statusVersion,
          ...toRow(t),
        })),
      )
      .execute();
  }
}

export async function updateTargetRow(db: Kysely<Database>, t: TargetRecord): Promise<void> {
  await db.updateTable('targets').set(toRow(t)).where('id', '=', t.id).execute();
}

/** Changes a target's sale status and bumps its status version (instances apply changes in version order). */
export async function setTargetStatus(
  db: Kysely<Database>,
  id: string,
  change: { status: TargetStatus; reason: string | null; andonId: string | null; at: string },
): Promise<TargetRecord> {
  await db
    .updateTable('targets')
    .set((eb) => ({
      status: change.status,
      status_reason: change.reason,
      status_andon_id: change.andonId,
      status_changed_at: change.at,
      status_version: eb('status_version', '+', 1),
      updated_at: change.at,
    }))
    .where('id', '=', id)
    .execute();
  const updated = await findTarget(db, id);
  if (!updated) throw new Error(`target ${id} vanished inside its own transaction`);
  return updated;
}

/** Every target's status, for building the in-memory index at start. */
export async function allTargetStatuses(db: Kysely<Database>) {
  return db
    .selectFrom('targets')
    .select(['id', 'ref', 'status', 'status_andon_id', 'status_changed_at', 'status_version'])
    .execute();
}

/** Targets changed at or after a moment, for instances catching up with writes made elsewhere. */
export async function targetStatusesChangedSince(db: Kysely<Database>, since: string) {
  return db
    .selectFrom('targets')
    .select(['id', 'ref', 'status', 'status_andon_id', 'status_changed_at', 'status_version', 'updated_at'])
    .where('updated_at', '>=', since)
    .orderBy('updated_at')
    .execute();
}
