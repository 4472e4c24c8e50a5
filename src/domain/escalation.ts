/** Toyota's lamp: stuck work goes up this ladder, one rung per step, until someone acts. */
export const escalationLevels = ['owner', 'team_lead', 'manager', 'director'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

/** What a clock watches: an unacknowledged work order, an overdue one, or an andon lit too long. */
export const clockKinds = ['ack', 'due', 'lamp'] as const;
export type ClockKind = (typeof clockKinds)[number];

/** The people on a team's ladder (free-text refs until sign-in exists). */
export interface Ladder {
  owner: string | null;
  teamLead: string | null;
  manager: string | null;
  director: string | null;
}

/** The higher of two rungs (null: never escalated). */
export function higherLevel(a: EscalationLevel | null, b: EscalationLevel | null): EscalationLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return escalationLevels.indexOf(a) >= escalationLevels.indexOf(b) ? a : b;
}

/** The rung above, or null at the top. */
export function nextLevel(level: EscalationLevel): EscalationLevel | null {
  const i = escalationLevels.indexOf(level);
  return escalationLevels[i + 1] ?? null;
}

/**
 * Who hears about a clock at a level: that rung's person, else the next one up that is named
 * (nobody is skipped silently: an empty rung passes the notice up). Null when no one above is named.
 */
export function recipientAt(ladder: Ladder, level: EscalationLevel): { ref: string; level: EscalationLevel } | null {
  const refs: Record<EscalationLevel, string | null> = {
    owner: ladder.owner,
    team_lead: ladder.teamLead,
    manager: ladder.manager,
    director: ladder.director,
  };
  for (let l: EscalationLevel | null = level; l !== null; l = nextLevel(l)) {
    const ref = refs[l];
    if (ref) return { ref, level: l };
  }
  return null;
}

/** Adds hours to an ISO timestamp. */
export function addHours(at: Date | string, hours: number): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + hours * 3_600_000).toISOString();
}

export type ClockOutcome =
  | { fire: false }
  | { fire: true; level: EscalationLevel; next: { level: EscalationLevel; dueAt: string } | null };

/**
 * What a due clock does when it fires: notify its level, and (below the top) set the next rung's
 * clock one step after now. The next step counts from the firing, not from the original due time,
 * so a server that was down does not fire the whole ladder in one burst; each clock fires once.
 * A clock whose subject is settled (acknowledged, done, closed) fires nothing.
 */
export function fireClock(input: { level: EscalationLevel; settled: boolean; now: Date; stepHours: number }): ClockOutcome {
  if (input.settled) return { fire: false };
  const next = nextLevel(input.level);
  return { fire: true, level: input.level, next: next ? { level: next, dueAt: addHours(input.now, input.stepHours) } : null };
}
