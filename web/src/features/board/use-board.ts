import { useMemo } from 'react';
import type { DomainEvent } from '#server/events.ts';
import { endpoints } from '../../api/endpoints.ts';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { Andon, Target } from '../../api/types.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { byUrgency, type LampColour, lampColour } from './lamp-colour.ts';

export interface Lamp {
  andon: Andon;
  target: Target | null;
  colour: LampColour;
}

/**
 * Every lit lamp: the open andons (amber once someone acknowledged a work order), and the ones
 * relisted lately (green), each with its target.
 */
async function loadLamps(signal: AbortSignal): Promise<Lamp[]> {
  const [open, relisted, suppressed, acknowledged] = await Promise.all([
    endpoints.openAndons(signal),
    endpoints.andonsInState('relisted', signal),
    endpoints.targetsByStatus('suppressed', signal),
    lifecycle.workOrders({ status: 'acknowledged', limit: 500 }, signal),
  ]);
  const acted = new Set(acknowledged.items.map((o) => o.andonId));
  const now = Date.now();
  const lit = [...open.items, ...relisted.items].flatMap((andon) => {
    const colour = lampColour(andon, now, acted.has(andon.id));
    return colour ? [{ andon, colour }] : [];
  });
  // Off-sale targets come in one call; a green lamp's target is back on sale: fetched one by one.
  const targets = new Map(suppressed.items.map((t) => [t.id, t]));
  const missing = [...new Set(lit.map((l) => l.andon.targetId).filter((id) => !targets.has(id)))];
  const fetched = await Promise.all(missing.map((id) => endpoints.target(id, signal).catch(() => null)));
  for (const t of fetched) if (t) targets.set(t.id, t);
  return lit.map((l) => ({ ...l, target: targets.get(l.andon.targetId) ?? null })).sort(byUrgency);
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
