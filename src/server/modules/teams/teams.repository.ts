import type { Kysely, Selectable } from 'kysely';
import type { Database, TeamsTable } from '../../db/schema.ts';
import type { Team, TeamMember } from './teams.schema.ts';

function toTeam(r: Selectable<TeamsTable>): Team {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    description: r.description,
    leadRef: r.lead_ref,
    managerRef: r.manager_ref,
    directorRef: r.director_ref,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
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
      lead_ref: team.leadRef,
      manager_ref: team.managerRef,
      director_ref: team.directorRef,
      created_at: team.createdAt,
      updated_at: team.updatedAt,
    })
    .execute();
}

export async function updateTeamRow(db: Kysely<Database>, team: Team): Promise<void> {
  await db
    .updateTable('teams')
    .set({
      key: team.key,
      name: team.name,
      description: team.description,
      lead_ref: team.leadRef,
      manager_ref: team.managerRef,
      director_ref: team.directorRef,
      updated_at: team.updatedAt,
    })
    .where('id', '=', team.id)
    .execute();
}

export async function findMember(db: Kysely<Database>, memberRef: string): Promise<TeamMember | undefined> {
  const r = await db.selectFrom('team_members').selectAll().where('member_ref', '=', memberRef).executeTakeFirst();
  return r && { memberRef: r.member_ref, teamId: r.team_id, createdAt: r.created_at, updatedAt: r.updated_at };
}

export async function listMembers(db: Kysely<Database>, teamId: string): Promise<TeamMember[]> {
  const rows = await db.selectFrom('team_members').selectAll().where('team_id', '=', teamId).orderBy('member_ref').execute();
  return rows.map((r) => ({ memberRef: r.member_ref, teamId: r.team_id, createdAt: r.created_at, updatedAt: r.updated_at }));
}

/** Puts a member in a team (moving them if they were in another): one team per member at a time. */
export async function upsertMember(db: Kysely<Database>, m: TeamMember): Promise<void> {
  await db
    .insertInto('team_members')
    .values({ member_ref: m.memberRef, team_id: m.teamId, created_at: m.createdAt, updated_at: m.updatedAt })
    .onConflict((oc) => oc.column('member_ref').doUpdateSet({ team_id: m.teamId, updated_at: m.updatedAt }))
    .execute();
}

export async function deleteMember(db: Kysely<Database>, memberRef: string): Promise<void> {
  await db.deleteFrom('team_members').where('member_ref', '=', memberRef).execute();
}
