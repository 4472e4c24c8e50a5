import type { CausalLink, Flywheel, Polarity } from './model.ts';

/** A directed graph on vertices 0..n−1: `adjacency[v]` lists the heads of v's edges. */
export type Adjacency = readonly (readonly number[])[];

/** The strongly connected components (Tarjan), each as a sorted vertex list, in discovery order. */
export function stronglyConnectedComponents(
  adjacency: Adjacency,
  include?: (v: number) => boolean,
): number[][] {
  const n = adjacency.length;
  const allowed = include ?? (() => true);
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;

  const visit = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    for (const w of adjacency[v] ?? []) {
      if (!allowed(w)) continue;
      if (index[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v]!, low[w]!);
      } else if (onStack[w]) {
        low[v] = Math.min(low[v]!, index[w]!);
      }
    }
    if (low[v] === index[v]) {
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      result.push(component.sort((a, b) => a - b));
    }
  };
  for (let v = 0; v < n; v++) if (allowed(v) && index[v] === -1) visit(v);
  return result;
}

/**
 * Every elementary cycle of a directed graph (Johnson, 1975), each starting at its least vertex,
 * in Johnson's order; stops after `limit` cycles and says so.
 */
export function elementaryCycles(
  adjacency: Adjacency,
  limit = 10_000,
): { cycles: number[][]; truncated: boolean } {
  const n = adjacency.length;
  const cycles: number[][] = [];
  let truncated = false;
  const blocked = new Array<boolean>(n).fill(false);
  const blockedBy: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const path: number[] = [];

  const unblock = (u: number): void => {
    blocked[u] = false;
    for (const w of blockedBy[u]!) {
      blockedBy[u]!.delete(w);
      if (blocked[w]) unblock(w);
    }
  };

  let start = 0;
  while (start < n && !truncated) {
    // The strong component, among vertices ≥ start, that holds the least vertex lying on a cycle.
    const sccs = stronglyConnectedComponents(adjacency, (v) => v >= start).filter(
      (c) => c.length > 1 || (adjacency[c[0]!] ?? []).includes(c[0]!),
    );
    if (sccs.length === 0) break;
    const scc = sccs.reduce((best, c) => (c[0]! < best[0]! ? c : best));
    const s = scc[0]!;
    const inScc = new Set(scc);
    for (const v of scc) {
      blocked[v] = false;
      blockedBy[v]!.clear();
    }

    const circuit = (v: number): boolean => {
      let found = false;
      path.push(v);
      blocked[v] = true;
      for (const w of adjacency[v]!) {
        if (truncated) break;
        if (!inScc.has(w)) continue;
        if (w === s) {
          cycles.push([...path]);
          found = true;
          if (cycles.length >= limit) truncated = true;
        } else if (!blocked[w] && circuit(w)) {
          found = true;
        }
      }
      if (found) unblock(v);
      else for (const w of adjacency[v]!) if (inScc.has(w)) blockedBy[w]!.add(v);
      path.pop();
      return found;
    };
    circuit(s);
    start = s + 1;
  }
  return { cycles, truncated };
}

/** A feedback loop of the flywheel: its components in order and the links that close it. */
export interface FlywheelLoop {
  componentIds: string[];
  links: Pick<CausalLink, 'from' | 'to' | 'polarity'>[];
  negativeLinks: number;
  /** Reinforcing (增强回路) with an even number of negative links; balancing (调节回路) with an odd one. */
  polarity: 'reinforcing' | 'balancing';
}

/** The flywheel as an index graph: components in their order, one edge per link. */
export function flywheelGraph(flywheel: Pick<Flywheel, 'components' | 'links'>): {
  ids: string[];
  adjacency: number[][];
  linkAt: Map<string, CausalLink>;
} {
  const ids = flywheel.components.map((c) => c.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const adjacency: number[][] = ids.map(() => []);
  const linkAt = new Map<string, CausalLink>();
  for (const link of flywheel.links) {
    const from = indexOf.get(link.from);
    const to = indexOf.get(link.to);
    if (from === undefined || to === undefined || linkAt.has(`${from}>${to}`)) continue;
    adjacency[from]!.push(to);
    linkAt.set(`${from}>${to}`, link);
  }
  return { ids, adjacency, linkAt };
}

function loopPolarity(negativeLinks: number): FlywheelLoop['polarity'] {
  return negativeLinks % 2 === 0 ? 'reinforcing' : 'balancing';
}

/**
 * The flywheel's feedback loops, longest first (ties: earlier components first), each starting at
 * its component that comes first in the flywheel's order.
 */
export function enumerateLoops(
  flywheel: Pick<Flywheel, 'components' | 'links'>,
  limit = 10_000,
): { loops: FlywheelLoop[]; truncated: boolean } {
  const { ids, adjacency, linkAt } = flywheelGraph(flywheel);
  const { cycles, truncated } = elementaryCycles(adjacency, limit);
  const ordered = [...cycles].sort((a, b) => {
    if (a.length !== b.length) return b.length - a.length;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
  const loops = ordered.map((cycle): FlywheelLoop => {
    const links = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length]!;
      const polarity: Polarity = linkAt.get(`${from}>${to}`)!.polarity;
      return { from: ids[from]!, to: ids[to]!, polarity };
    });
    const negativeLinks = links.filter((l) => l.polarity === '-').length;
    return {
      componentIds: cycle.map((v) => ids[v]!),
      links,
      negativeLinks,
      polarity: loopPolarity(negativeLinks),
    };
  });
  return { loops, truncated };
}

/** The main loop: the one through the most components (the first of `enumerateLoops`), or null. */
export function mainLoop<L extends FlywheelLoop>(loops: readonly L[]): L | null {
  return loops[0] ?? null;
}

/** The ids of components that lie on at least one cycle (a strong component with a cycle). */
export function componentsOnCycles(flywheel: Pick<Flywheel, 'components' | 'links'>): Set<string> {
  const { ids, adjacency } = flywheelGraph(flywheel);
  const onCycle = new Set<string>();
  for (const scc of stronglyConnectedComponents(adjacency)) {
    if (scc.length > 1 || adjacency[scc[0]!]!.includes(scc[0]!)) for (const v of scc) onCycle.add(ids[v]!);
  }
  return onCycle;
}
