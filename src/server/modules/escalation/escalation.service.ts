import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { addHours, type ClockKind, type EscalationLevel, escalationLevels, fireClock, higherLevel, type Ladder, recipientAt } from '#domain/escalation.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx, Writer } from '../../db/writer.ts';
import { findAndon } from '../andons/andons.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { notify } from '../notifications/notifications.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { findTeam } from '../teams/teams.repository.ts';
import { findWorkOrder, setEscalationLevel, workOrderLevels } from '../work-orders/work-orders.repository.ts';
import { cancelPendingClocks, claimClock, type ClockRecord, dueClocks, insertClock, lampNoticeLevels } from './clocks.repository.ts';

export { clocksOf, listClocks } from './clocks.repository.ts';

/**
 * How far each andon's problem has gone up the ladder: the highest rung reached by its work orders'
 * notices or its lamp's. Andons never escalated are absent.
 */
export async function andonEscalationLevels(db: Kysely<Database>, andonIds: readonly string[]): Promise<Map<string, EscalationLevel>> {
  const levels = new Map<string, EscalationLevel>();
  const ids = [...new Set(andonIds)];
  const rows = (await Promise.all([workOrderLevels(db, ids), lampNoticeLevels(db, ids)])).flat();
  for (const { andonId, level } of rows) {
    if (!(escalationLevels as readonly (string | null)[]).includes(level)) continue;
    const highest = higherLevel(levels.get(andonId) ?? null, level as EscalationLevel);
    if (highest) levels.set(andonId, highest);
  }
  return levels;
}

/** Sets a clock on a work order or an andon, at a rung of the ladder (the owner's, to begin with). */
export async function armClock(
  tx: Tx,
  input: { subjectType: 'andon' | 'work_order'; subjectId: string; andonId: string; teamId: string | null; kind: ClockKind; dueAt: string; level?: EscalationLevel },
): Promise<ClockRecord> {
  const clock: ClockRecord = { ...input, id: uuidv7(), level: input.level ?? 'owner', firedAt: null, cancelledAt: null, createdAt: tx.now.toISOString() };
  await insertClock(tx.db, clock);
  return clock;
}

/** Sets a new work order's clocks: acknowledgement (when its SLA asks for one) and due time. */
export async function armWorkOrderClocks(
  tx: Tx,
  order: { id: string; andonId: string; ownerTeamId: string | null; dueAt: string; createdAt: string },
  ackHours: number | null,
): Promise<void> {
  const base = { subjectType: 'work_order' as const, subjectId: order.id, andonId: order.andonId, teamId: order.ownerTeamId };
  if (ackHours !== null) await armClock(tx, { ...base, kind: 'ack', dueAt: addHours(order.createdAt, ackHours) });
  await armClock(tx, { ...base, kind: 'due', dueAt: order.dueAt });
}

/** Stops a subject's pending clocks (some kinds, or all): acknowledged or settled work does not escalate. */
export async function settleClocks(tx: Tx, subject: { type: 'andon' | 'work_order'; id: string }, kinds: readonly ClockKind[] | null = null): Promise<number> {
  return cancelPendingClocks(tx.db, subject, kinds, tx.now.toISOString());
}

/** The subject of a clock as escalation sees it: settled or not, who owns it, and what to say. */
async function subjectOf(tx: Tx, clock: ClockRecord) {
  if (clock.subjectType === 'work_order') {
    const order = await findWorkOrder(tx.db, clock.subjectId);
    if (!order) return null;
    const closed = order.status === 'done' || order.status === 'cancelled';
    const settled = closed || (clock.kind === 'ack' && order.status !== 'open');
    return { settled, owner: order.assignee, order, params: { workOrderType: order.type, andonId: order.andonId, dueAt: order.dueAt } };
  }
  const andon = await findAndon(tx.db, clock.subjectId);
  if (!andon) return null;
  return { settled: andon.closedAt !== null, owner: null, order: null, params: { andonId: andon.id, pulledAt: andon.pulledAt } };
}

/**
 * Fires one due clock, exactly once: the claim (`fired_at` set only where it is still null) and
 * everything the clock does commit together, so a crash fires it again later and a second
 * instance finds it already fired. Notifies the rung's person (or the team), records the rung on
 * the work order, sets the next rung's clock, and audits it. Returns false when it was not ours.
 */
export async function fireEscalationClock(tx: Tx, clock: ClockRecord): Promise<boolean> {
  const now = tx.now.toISOString();
  // The work order first, then the clock: the order in which closing a work order takes them.
  if (clock.subjectType === 'work_order') await findWorkOrder(tx.db, clock.subjectId, true);
  if (!(await claimClock(tx.db, clock.id, now))) return false;
  const subject = await subjectOf(tx, clock);
  const settings = await getSettings(tx.db);
  const outcome = fireClock({ level: clock.level, settled: subject?.settled ?? true, now: tx.now, stepHours: settings.escalationStepHours });
  if (!outcome.fire || !subject) return true;
  const team = clock.teamId ? await findTeam(tx.db, clock.teamId) : undefined;
  const ladder: Ladder = { owner: subject.owner, teamLead: team?.leadRef ?? null, manager: team?.managerRef ?? null, director: team?.directorRef ?? null };
  const recipient = recipientAt(ladder, outcome.level);
  const notification = await notify(tx, {
    recipientRef: recipient?.ref ?? null,
    teamId: clock.teamId,
    kind: 'escalation',
    level: recipient?.level ?? outcome.level,
    subjectType: clock.subjectType,
    subjectId: clock.subjectId,
    andonId: clock.andonId,
    clockId: clock.id,
    messageKey: `notifications.escalation.${clock.kind}`,
    params: subject.params,
  });
  if (subject.order && notification.level) await setEscalationLevel(tx.db, subject.order.id, notification.level, now);
  if (outcome.next) {
    const { subjectType, subjectId, andonId, teamId, kind } = clock;
    await armClock(tx, { subjectType, subjectId, andonId, teamId, kind, dueAt: outcome.next.dueAt, level: outcome.next.level });
  }
  await recordAudit(tx, {
    action: 'escalation.fired',
    subjectType: clock.subjectType,
    subjectId: clock.subjectId,
    andonId: clock.andonId,
    after: { clockId: clock.id, kind: clock.kind, level: notification.level, recipientRef: notification.recipientRef, dueAt: clock.dueAt, next: outcome.next },
  });
  return true;
}

/** Fires every clock due by now (in batches), each in its own unit of work; returns how many fired. */
export async function fireDueClocks(writer: Writer, db: Kysely<Database>, options: { now?: Date; batch?: number } = {}): Promise<number> {
  const batch = options.batch ?? 200;
  let fired = 0;
  for (;;) {
    const due = await dueClocks(db, (options.now ?? new Date()).toISOString(), batch);
    if (due.length === 0) return fired;
    const results = await writer.runAll(
      due.map((clock) => (tx: Tx) => fireEscalationClock(tx, clock)),
      { id: 'escalation' },
    );
    const won = results.filter((r) => r.status === 'fulfilled' && r.value).length;
    fired += won;
    // Clocks claimed elsewhere (another instance) or failing: stop rather than spin on them.
    if (won === 0 || due.length < batch) return fired;
  }
}
