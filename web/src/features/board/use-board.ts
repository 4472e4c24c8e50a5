import { useMemo } from 'react';
import type { DomainEvent } from '#server/events.ts';
import { endpoints } from '../../api/endpoints.ts';
import type { Andon, Target } from '../../api/types.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { byUrgency, type LampColour, lampColour } from './lamp-colour.ts';

export interface Lamp {
  andon: Andon;
  target: Target | null;
  colour: LampColour;
}

/** Every lit lamp: the open andons, and the ones relisted lately (green), each with its target. */
async function loadLamps(signal: AbortSignal): Promise<Lamp[]> {
  const [open, relisted, suppressed] = await Promise.all([
    endpoints.openAndons(signal),
    // A server without the lifecycle yet answers 400 for this state: no green lamps then.
    endpoints.andonsInState('relisted', signal).catch(() => ({ items: [] as Andon[] })),
    endpoints.targetsByStatus('suppressed', signal),
  ]);
  const now = Date.now();
  const targets = new Map(suppressed.items.map((t) => [t.id, t]));
  const andons = [...open.items, ...relisted.items];
  const missing = [...new Set(andons.map((a) => a.targetId).filter((id) => !targets.has(id)))];
  const fetched = await Promise.all(missing.map((id) => endpoints.target(id, signal).catch(() => null)));
  for (const t of fetched) if (t) targets.set(t.id, t);
  const lamps: Lamp[] = [];
  for (const andon of andons) {
    const colour = lampColour(andon, now);
    if (colour) lamps.push({ andon, target: targets.get(andon.targetId) ?? null, colour });
  }
  return lamps.sort(byUrgency);
}

/** Could this event change what the board shows? */
export function changesBoard(m: DomainEvent, lit: ReadonlySet<string>): boolean {
  // Intake can be thousands a minute: only a lit target's counts change.
  if (m.type === 'complaint.created') return lit.has(m.targetId);
  if (m.type === 'target.upserted') return lit.has(m.target.id);
  return true;
}

/** The board's lamps, reloaded whenever an event may change them. */
export function useBoard() {
  const resource = useResource(loadLamps, ['board']);
  const lit = useMemo(() => new Set((resource.data ?? []).map((l) => l.andon.targetId)), [resource.data]);
  useLiveRefresh(resource.reload, (m) => changesBoard(m, lit));
  return resource;
}
