import type { Kysely, Selectable } from 'kysely';
import type { Database, TeamsTable } from '../../db/schema.ts';
import type { Team } from './teams.schema.ts';

function toTeam(r: Selectable<TeamsTable>): Team {
  return { id: r.id, key: r.key, name: r.name, description: r.description, createdAt: r.created_at, updatedAt: r.updated_at };
}

export async function findTeam(db: Kysely<Database>, id: string): Promise<Team | undefined> {
  const r = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toTeam(r);
}

export async function findTeamByKey(db: Kysely<Database>, key: string): Promise<Team | undefined> {
  const r = await db.selectFrom('teams').selectAll().where('key', '=', key).executeTakeFirst();
  return r && toTeam(r);
}

export async function listTeams(db: Kysely<Database>, limit: number, cursor?: string): Promise<Team[]> {
  let q = db.selectFrom('teams').selectAll();
  if (cursor) q = q.where('id', '>', cursor);
  return (await q.orderBy('id').limit(limit + 1).execute()).map(toTeam);
}

export async function insertTeam(db: Kysely<Database>, team: Team): Promise<void> {
  await db
    .insertInto('teams')
    .values({
      id: team.id,
      key: team.key,
      name: team.name,
      description: team.description,
      created_at: team.createdAt,
      updated_at: team.updatedAt,
    })
    .execute();
}

export async function updateTeamRow(db: Kysely<Database>, team: Team): Promise<void> {
  await db
    .updateTable('teams')
    .set({ key: team.key, name: team.name, description: team.description, updated_at: team.updatedAt })
    .where('id', '=', team.id)
    .execute();
}
