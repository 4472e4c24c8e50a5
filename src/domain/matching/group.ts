/** Union–find over complaint ids: a problem group is a set of complaints joined by confirmations or by similarity. */
export class ProblemGroups {
  private readonly parent = new Map<string, string>();

  /** The group's representative for a complaint (the complaint itself when alone). */
  find(id: string): string {
    let root = id;
    while (true) {
      const up = this.parent.get(root);
      if (up === undefined || up === root) break;
      root = up;
    }
    let node = id;
    while (node !== root) {
      const up = this.parent.get(node) as string;
      this.parent.set(node, root);
      node = up;
    }
    return root;
  }

  /** Joins two complaints' groups (an agent's confirmation, or a match above the threshold). */
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (!this.parent.has(ra)) this.parent.set(ra, ra);
    if (ra === rb) return;
    // The older representative (smaller id in arrival order, lexically here) stays, so group ids are stable.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  same(a: string, b: string): boolean {
    return this.find(a) === this.find(b);
  }

  /** The groups of the given complaints (each complaint once, groups in order of first appearance). */
  groupsOf(ids: readonly string[]): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      const list = byRoot.get(root);
      if (list) list.push(id);
      else byRoot.set(root, [id]);
    }
    return [...byRoot.values()];
  }
}

/**
 * Groups one target's complaints into problems: two complaints alike at or above the threshold
 * share a group, and groups chain (A like B, B like C: one problem), as confirmations do.
 */
export function groupBySimilarity<V>(
  complaints: readonly { id: string; vector: V }[],
  similarity: (a: V, b: V) => number,
  threshold: number,
  confirmed: readonly (readonly [string, string])[] = [],
): string[][] {
  const groups = new ProblemGroups();
  for (let j = 1; j < complaints.length; j++) {
    const b = complaints[j] as { id: string; vector: V };
    for (let i = 0; i < j; i++) {
      const a = complaints[i] as { id: string; vector: V };
      if (similarity(a.vector, b.vector) >= threshold) groups.join(a.id, b.id);
    }
  }
  for (const [a, b] of confirmed) groups.join(a, b);
  return groups.groupsOf(complaints.map((c) => c.id));
}
