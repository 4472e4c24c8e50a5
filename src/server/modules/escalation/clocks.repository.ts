import type { Kysely, Selectable } from 'kysely';
import type { ClockKind, EscalationLevel } from '#domain/escalation.ts';
import type { Database, EscalationClocksTable } from '../../db/schema.ts';

export interface ClockRecord {
  id: string;
  subjectType: 'andon' | 'work_order';
  subjectId: string;
  andonId: string;
  teamId: string | null;
  kind: ClockKind;
  level: EscalationLevel;
  dueAt: string;
  firedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
}

function toClock(r: Selectable<EscalationClocksTable>): ClockRecord {
  return {
    id: r.id,
    subjectType: r.subject_type as ClockRecord['subjectType'],
    subjectId: r.subject_id,
    andonId: r.andon_id,
    teamId: r.team_id,
    kind: r.kind as ClockKind,
    level: r.level as EscalationLevel,
    dueAt: r.due_at,
    firedAt: r.fired_at,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
  };
}

export async function insertClock(db: Kysely<Database>, c: ClockRecord): Promise<void> {
  await db
    .insertInto('escalation_clocks')
    .values({
      id: c.id,
      subject_type: c.subjectType,
      subject_id: c.subjectId,
      andon_id: c.andonId,
      team_id: c.teamId,
      kind: c.kind,
      level: c.level,
      due_at: c.dueAt,
      fired_at: c.firedAt,
      cancelled_at: c.cancelledAt,
      created_at: c.createdAt,
    })
    .execute();
}

/** Stops the pending clocks of a subject (of some kinds, or all): settled work does not escalate. */
export async function cancelPendingClocks(
  db: Kysely<Database>,
  subject: { type: 'andon' | 'work_order'; id: string },
  kinds: readonly ClockKind[] | null,
  at: string,
): Promise<number> {
  let q = db
    .updateTable('escalation_clocks')
    .set({ cancelled_at: at })
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null);
  if (kinds) q = q.where('kind', 'in', kinds);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** Pending clocks due at or before a moment, oldest first. */
export async function dueClocks(db: Kysely<Database>, now: string, limit: number): Promise<ClockRecord[]> {
  const rows = await db
    .selectFrom('escalation_clocks')
    .selectAll()
    .where('due_at', '<=', now)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .orderBy('due_at')
    .limit(limit)
    .execute();
  return rows.map(toClock);
}

/**
 * Claims a clock for firing: only the one transaction whose update finds it still pending gets 1.
 * On PostgreSQL a second instance's update waits for the first to commit, then finds it fired.
 */
export async function claimClock(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('escalation_clocks')
    .set({ fired_at: at })
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function clocksOf(db: Kysely<Database>, subject: { type: string; id: string }): Promise<ClockRecord[]> {
  const rows = await db
    .selectFrom('escalation_clocks')
    .selectAll()
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .orderBy('id')
    .execute();
  return rows.map(toClock);
}

export async function listClocks(db: Kysely<Database>, f: { andonId?: string | undefined; pending?: boolean | undefined; limit: number; cursor?: string | undefined }) {
  let q = db.selectFrom('escalation_clocks').selectAll();
  if (f.andonId) q = q.where('andon_id', '=', f.andonId);
  if (f.pending === true) q = q.where('fired_at', 'is', null).where('cancelled_at', 'is', null);
  if (f.cursor) q = q.where('id', '>', f.cursor);
  return (await q.orderBy('id').limit(f.limit + 1).execute()).map(toClock);
}

/** The rungs the notices of andons' lamp clocks reached (a notice may go above its clock's rung). */
export async function lampNoticeLevels(db: Kysely<Database>, andonIds: readonly string[]): Promise<{ andonId: string; level: string | null }[]> {
  if (andonIds.length === 0) return [];
  return db
    .selectFrom('escalation_clocks as c')
    .innerJoin('notifications as n', 'n.clock_id', 'c.id')
    .select(['c.subject_id as andonId', 'n.level as level'])
    .where('c.subject_type', '=', 'andon')
    .where('c.subject_id', 'in', andonIds)
    .execute();
}
