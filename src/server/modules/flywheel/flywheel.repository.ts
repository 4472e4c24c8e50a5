import type { Kysely } from 'kysely';
import type { FactorDefinition, Flywheel, FlywheelCase, FlywheelVersion } from '#domain/flywheel/model.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';

export interface FlywheelRow {
  id: string;
  draft: Flywheel;
  factors: FactorDefinition[];
  latestVersion: number;
  shareToken: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

function toRow(r: {
  id: string;
  draft: unknown;
  factors: unknown;
  latest_version: number;
  share_token: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}): FlywheelRow {
  return {
    id: r.id,
    draft: fromJson<Flywheel>(r.draft),
    factors: fromJson<FactorDefinition[]>(r.factors),
    latestVersion: r.latest_version,
    shareToken: r.share_token,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertFlywheel(db: Kysely<Database>, f: FlywheelRow): Promise<void> {
  await db
    .insertInto('flywheels')
    .values({
      id: f.id,
      draft: toJson(f.draft),
      factors: toJson(f.factors),
      latest_version: f.latestVersion,
      share_token: f.shareToken,
      created_by: f.createdBy,
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    })
    .execute();
}

export async function findFlywheel(db: Kysely<Database>, id: string): Promise<FlywheelRow | undefined> {
  const r = await db.selectFrom('flywheels').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRow(r);
}

export async function findFlywheelByShareToken(db: Kysely<Database>, token: string): Promise<FlywheelRow | undefined> {
  const r = await db.selectFrom('flywheels').selectAll().where('share_token', '=', token).executeTakeFirst();
  return r && toRow(r);
}

export async function listFlywheelRows(db: Kysely<Database>): Promise<FlywheelRow[]> {
  return (await db.selectFrom('flywheels').selectAll().orderBy('updated_at', 'desc').limit(500).execute()).map(toRow);
}

export async function updateFlywheelRow(
  db: Kysely<Database>,
  id: string,
  patch: Partial<Pick<FlywheelRow, 'draft' | 'factors' | 'latestVersion' | 'shareToken'>> & { updatedAt: string },
): Promise<void> {
  await db
    .updateTable('flywheels')
    .set({
      ...(patch.draft ? { draft: toJson(patch.draft) } : {}),
      ...(patch.factors ? { factors: toJson(patch.factors) } : {}),
      ...(patch.latestVersion !== undefined ? { latest_version: patch.latestVersion } : {}),
      ...(patch.shareToken !== undefined ? { share_token: patch.shareToken } : {}),
      updated_at: patch.updatedAt,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteFlywheelRow(db: Kysely<Database>, id: string): Promise<void> {
  // Children first: SQLite enforces the cascade only with foreign keys on, PostgreSQL always; be explicit.
  await db.deleteFrom('flywheel_cases').where('flywheel_id', '=', id).execute();
  await db.deleteFrom('flywheel_versions').where('flywheel_id', '=', id).execute();
  await db.deleteFrom('flywheels').where('id', '=', id).execute();
}

export async function insertVersion(db: Kysely<Database>, flywheelId: string, v: FlywheelVersion, by: string): Promise<void> {
  await db
    .insertInto('flywheel_versions')
    .values({ flywheel_id: flywheelId, version: v.version, note: v.note, flywheel: toJson(v.flywheel), created_by: by, created_at: v.createdAt })
    .execute();
}

export async function versionsOf(db: Kysely<Database>, flywheelId: string): Promise<FlywheelVersion[]> {
  const rows = await db.selectFrom('flywheel_versions').selectAll().where('flywheel_id', '=', flywheelId).orderBy('version').execute();
  return rows.map((r) => ({ version: r.version, note: r.note, createdAt: r.created_at, flywheel: fromJson<Flywheel>(r.flywheel) }));
}

export async function casesOf(db: Kysely<Database>, flywheelId: string): Promise<FlywheelCase[]> {
  const rows = await db.selectFrom('flywheel_cases').select(['body']).where('flywheel_id', '=', flywheelId).orderBy('position').execute();
  return rows.map((r) => fromJson<FlywheelCase>(r.body));
}

export async function upsertCase(db: Kysely<Database>, flywheelId: string, c: FlywheelCase, at: string): Promise<void> {
  const existing = await db
    .selectFrom('flywheel_cases')
    .select('position')
    .where('flywheel_id', '=', flywheelId)
    .where('id', '=', c.id)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('flywheel_cases')
      .set({ body: toJson(c), updated_at: at })
      .where('flywheel_id', '=', flywheelId)
      .where('id', '=', c.id)
      .execute();
    return;
  }
  const last = await db
    .selectFrom('flywheel_cases')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('flywheel_id', '=', flywheelId)
    .executeTakeFirst();
  await db
    .insertInto('flywheel_cases')
    .values({ flywheel_id: flywheelId, id: c.id, position: Number(last?.p ?? 0) + 1, body: toJson(c), created_at: at, updated_at: at })
    .execute();
}

export async function deleteCaseRow(db: Kysely<Database>, flywheelId: string, caseId: string): Promise<boolean> {
  const r = await db.deleteFrom('flywheel_cases').where('flywheel_id', '=', flywheelId).where('id', '=', caseId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
