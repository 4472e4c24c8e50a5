import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganisationsTable } from '../../db/schema.ts';
import type { Organisation } from './organisations.schema.ts';

function toOrganisation(r: Selectable<OrganisationsTable>): Organisation {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as Organisation['kind'],
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(o: Organisation) {
  return {
    name: o.name,
    kind: o.kind,
    contact_name: o.contactName,
    contact_email: o.contactEmail,
    contact_phone: o.contactPhone,
    notes: o.notes,
    updated_at: o.updatedAt,
  };
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  const r = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toOrganisation(r);
}

export async function findOrganisationByName(db: Kysely<Database>, name: string): Promise<Organisation | undefined> {
  const r = await db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
  return r && toOrganisation(r);
}

export async function listOrganisations(
  db: Kysely<Database>,
  f: { limit: number; cursor?: string | undefined; kind?: string | undefined },
): Promise<Organisation[]> {
  let q = db.selectFrom('organisations').selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.cursor) q = q.where('id', '>', f.cursor);
  return (await q.orderBy('id').limit(f.limit + 1).execute()).map(toOrganisation);
}

export async function insertOrganisation(db: Kysely<Database>, o: Organisation): Promise<void> {
  await db.insertInto('organisations').values({ id: o.id, created_at: o.createdAt, ...toRow(o) }).execute();
}

export async function updateOrganisationRow(db: Kysely<Database>, o: Organisation): Promise<void> {
  await db.updateTable('organisations').set(toRow(o)).where('id', '=', o.id).execute();
}
