import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { FieldMapping } from './intake.mapping.ts';

export interface MappingRecord {
  key: string;
  name: string;
  fields: FieldMapping;
  createdAt: string;
  updatedAt: string;
}

export async function findMapping(db: Kysely<Database>, key: string): Promise<MappingRecord | undefined> {
  const r = await db.selectFrom('intake_mappings').selectAll().where('key', '=', key).executeTakeFirst();
  return r && { key: r.key, name: r.name, fields: fromJson<FieldMapping>(r.fields), createdAt: r.created_at, updatedAt: r.updated_at };
}

export async function listMappings(db: Kysely<Database>): Promise<MappingRecord[]> {
  const rows = await db.selectFrom('intake_mappings').selectAll().orderBy('key').execute();
  return rows.map((r) => ({ key: r.key, name: r.name, fields: fromJson<FieldMapping>(r.fields), createdAt: r.created_at, updatedAt: r.updated_at }));
}

/** Inserts or replaces a mapping. */
export async function saveMapping(db: Kysely<Database>, m: MappingRecord, exists: boolean): Promise<void> {
  if (exists) await db.updateTable('intake_mappings').set({ name: m.name, fields: toJson(m.fields), updated_at: m.updatedAt }).where('key', '=', m.key).execute();
  else await db.insertInto('intake_mappings').values({ key: m.key, name: m.name, fields: toJson(m.fields), created_at: m.createdAt, updated_at: m.updatedAt }).execute();
}
