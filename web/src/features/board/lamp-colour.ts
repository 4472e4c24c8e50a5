import { openAndonStates } from '#domain/lifecycle.ts';

export type LampColour = 'red' | 'amber' | 'green';

/** How long a lamp stays green after its target is relisted. */
export const GREEN_FOR_MS = 24 * 3_600_000;

/**
 * The lamp of an andon: red while the line is stopped and nobody has acted (pulled, no work order
 * acknowledged), amber while it is being rectified (a work order acknowledged, or contained …
 * awaiting acceptance), green for a while after relisting; none otherwise (retired, invalid, or
 * relisted long ago).
 */
export function lampColour(
  andon: { state: string; closedAt: string | null },
  now: number,
  acknowledged = false,
): LampColour | null {
  if (andon.state === 'pulled') return acknowledged ? 'amber' : 'red';
  if (andon.state === 'relisted') {
    return andon.closedAt !== null && now - Date.parse(andon.closedAt) < GREEN_FOR_MS ? 'green' : null;
  }
  if ((openAndonStates as readonly string[]).includes(andon.state)) return 'amber';
  // A state this app does not know yet: while it is open, it is somewhere between red and green.
  return andon.closedAt === null ? 'amber' : null;
}

const order: Record<LampColour, number> = { red: 0, amber: 1, green: 2 };

/** Red first, then amber, then green; the newest pull first within a colour. */
export function byUrgency<T extends { colour: LampColour; andon: { pulledAt: string } }>(a: T, b: T): number {
  return order[a.colour] - order[b.colour] || b.andon.pulledAt.localeCompare(a.andon.pulledAt);
}
