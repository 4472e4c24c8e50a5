import { endpoints } from '../../api/endpoints.ts';
import type { Andon, Target, WorkOrder } from '../../api/types.ts';

export interface OrderSubject {
  andon: Pick<Andon, 'id' | 'issueCode' | 'state'> | null;
  target: Pick<Target, 'id' | 'name' | 'ref'> | null;
}

/**
 * What each work order is about (its andon's target and problem): the open andons and the off-sale
 * targets in two calls, anything else (a closed andon, a relisted target) one by one.
 */
export async function loadOrderSubjects(
  orders: readonly WorkOrder[],
  signal: AbortSignal,
): Promise<Map<string, OrderSubject>> {
  const [open, suppressed] = await Promise.all([
    endpoints.openAndons(signal),
    endpoints.targetsByStatus('suppressed', signal),
  ]);
  const andons = new Map<string, Pick<Andon, 'id' | 'issueCode' | 'state' | 'targetId'>>(
    open.items.map((a) => [a.id, a]),
  );
  const targets = new Map<string, Pick<Target, 'id' | 'name' | 'ref'>>(
    suppressed.items.map((t) => [t.id, t]),
  );
  const missing = [...new Set(orders.map((o) => o.andonId))].filter((id) => !andons.has(id)).slice(0, 50);
  const details = await Promise.all(missing.map((id) => endpoints.andon(id, signal).catch(() => null)));
  for (const d of details) {
    if (!d) continue;
    andons.set(d.id, d);
    targets.set(d.target.id, d.target);
  }
  const unknownTargets = [...new Set([...andons.values()].map((a) => a.targetId))]
    .filter((id) => !targets.has(id))
    .slice(0, 50);
  const fetched = await Promise.all(
    unknownTargets.map((id) => endpoints.target(id, signal).catch(() => null)),
  );
  for (const t of fetched) if (t) targets.set(t.id, t);
  const subjects = new Map<string, OrderSubject>();
  for (const o of orders) {
    const andon = andons.get(o.andonId) ?? null;
    subjects.set(o.id, { andon, target: andon ? (targets.get(andon.targetId) ?? null) : null });
  }
  return subjects;
}
