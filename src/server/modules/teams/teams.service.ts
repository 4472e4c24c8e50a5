import { uuidv7 } from 'uuidv7';
import { AndonError, notFound } from '#domain/errors.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { deleteMember, findMember, findTeam, findTeamByKey, insertTeam, updateTeamRow, upsertMember } from './teams.repository.ts';
import type { CreateTeamInput, Team, TeamMember, UpdateTeamInput } from './teams.schema.ts';

export { findMember, findTeam, listMembers } from './teams.repository.ts';

function duplicateKey(key: string): AndonError {
  return new AndonError('already_exists', { entity: 'team', field: 'key', value: key }, [
    { path: ['key'], code: 'duplicate', params: { value: key } },
  ]);
}

/** Creates an owner team (supplier management, quality, a frontline team …). */
export async function createTeam(tx: Tx, input: CreateTeamInput): Promise<Team> {
  if (await findTeamByKey(tx.db, input.key)) throw duplicateKey(input.key);
  const now = tx.now.toISOString();
  const team: Team = {
    id: uuidv7(),
    key: input.key,
    name: input.name,
    description: input.description ?? null,
    leadRef: input.leadRef ?? null,
    managerRef: input.managerRef ?? null,
    directorRef: input.directorRef ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await insertTeam(tx.db, team);
  await recordAudit(tx, { action: 'team.created', subjectType: 'team', subjectId: team.id, after: team });
  return team;
}

export async function updateTeam(tx: Tx, id: string, input: UpdateTeamInput): Promise<Team> {
  const before = await findTeam(tx.db, id);
  if (!before) throw notFound('team', id);
  const after: Team = {
    ...before,
    ...(input.key !== undefined ? { key: input.key } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description ?? null } : {}),
    ...(input.leadRef !== undefined ? { leadRef: input.leadRef ?? null } : {}),
    ...(input.managerRef !== undefined ? { managerRef: input.managerRef ?? null } : {}),
    ...(input.directorRef !== undefined ? { directorRef: input.directorRef ?? null } : {}),
    updatedAt: tx.now.toISOString(),
  };
  try {
    await updateTeamRow(tx.db, after);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateKey(after.key);
    throw error;
  }
  await recordAudit(tx, { action: 'team.updated', subjectType: 'team', subjectId: id, before, after });
  return after;
}

/** The default owner teams every deployment has (created by the first migrations). */
export const defaultTeamKeys = { supplier_management: 'supplier-management', quality: 'quality' } as const;

/** The team a work order goes to: the target's own owner, else the default team for the role. */
export async function ownerTeamId(
  db: Tx['db'],
  explicit: string | null,
  role: keyof typeof defaultTeamKeys,
): Promise<string | null> {
  if (explicit) return explicit;
  return (await findTeamByKey(db, defaultTeamKeys[role]))?.id ?? null;
}

/** Puts a person in a team; their pulls count towards that team's (and its manager's) bad-andon rate. */
export async function addMember(tx: Tx, teamId: string, memberRef: string): Promise<TeamMember> {
  if (!(await findTeam(tx.db, teamId))) throw notFound('team', teamId);
  const before = await findMember(tx.db, memberRef);
  const now = tx.now.toISOString();
  const member: TeamMember = { memberRef, teamId, createdAt: before?.createdAt ?? now, updatedAt: now };
  await upsertMember(tx.db, member);
  await recordAudit(tx, { action: 'team.member_added', subjectType: 'team', subjectId: teamId, before: before ?? null, after: member });
  return member;
}

/** Takes a person out of a team; past pulls keep the team they were made under. */
export async function removeMember(tx: Tx, teamId: string, memberRef: string): Promise<void> {
  const before = await findMember(tx.db, memberRef);
  if (!before || before.teamId !== teamId) throw notFound('team member', memberRef);
  await deleteMember(tx.db, memberRef);
  await recordAudit(tx, { action: 'team.member_removed', subjectType: 'team', subjectId: teamId, before });
}

/** The team of a person (the puller's team for a pull) and its manager at that moment. */
export async function teamOf(db: Tx['db'], memberRef: string | null): Promise<Team | undefined> {
  if (!memberRef) return undefined;
  const member = await findMember(db, memberRef);
  return member ? findTeam(db, member.teamId) : undefined;
}
