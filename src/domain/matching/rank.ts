/** How a rule decides "same problem" for a target kind: by the agent's issue code, by what customers wrote, or either. */
export const matchingModes = ['issue_code', 'text', 'either'] as const;
export type MatchingMode = (typeof matchingModes)[number];

/** An earlier complaint of the same target, with its vector. */
export interface EarlierComplaint<V> {
  id: string;
  customerRef: string;
  vector: V;
  issueCode?: string | null;
}

/** One earlier complaint and how alike it is to the new one. */
export interface RankedMatch {
  id: string;
  customerRef: string;
  similarity: number;
}

/** Ranks a target's earlier complaints by similarity to a new one, most alike first (the later one on ties). */
export function rankEarlier<V>(
  query: V,
  earlier: readonly EarlierComplaint<V>[],
  similarity: (a: V, b: V) => number,
  options: { limit?: number; minSimilarity?: number } = {},
): RankedMatch[] {
  const min = options.minSimilarity ?? Number.NEGATIVE_INFINITY;
  const ranked = earlier
    .map((c, position) => ({
      id: c.id,
      customerRef: c.customerRef,
      similarity: similarity(query, c.vector),
      position,
    }))
    .filter((m) => m.similarity >= min)
    .sort((a, b) => b.similarity - a.similarity || b.position - a.position);
  return ranked
    .slice(0, options.limit ?? ranked.length)
    .map(({ id, customerRef, similarity: s }) => ({ id, customerRef, similarity: s }));
}

/** "Looks like the same problem as complaints X and Y from 2 other customers (similarity s)." */
export interface SameProblemSuggestion {
  complaintIds: string[];
  /** Customers other than the new complaint's own. */
  otherCustomers: number;
  /** The highest similarity among them. */
  similarity: number;
  /** The lowest similarity among them (all are at or above the threshold). */
  minSimilarity: number;
}

/** The earlier complaints that look like the same problem (at or above the threshold), or null when none does. */
export function suggestSameProblem(
  ranked: readonly RankedMatch[],
  threshold: number,
  customerRef: string,
): SameProblemSuggestion | null {
  const same = ranked.filter((m) => m.similarity >= threshold);
  if (same.length === 0) return null;
  const customers = new Set(same.map((m) => m.customerRef));
  customers.delete(customerRef);
  return {
    complaintIds: same.map((m) => m.id),
    otherCustomers: customers.size,
    similarity: Math.max(...same.map((m) => m.similarity)),
    minSimilarity: Math.min(...same.map((m) => m.similarity)),
  };
}

/**
 * Whether two complaints of one target count as the same problem under a rule's matching mode:
 * the same issue code, text alike at or above the threshold, or either. A missing code never matches.
 */
export function isSameProblem(
  mode: MatchingMode,
  input: {
    issueCodeA?: string | null;
    issueCodeB?: string | null;
    similarity: number | null;
    threshold: number;
  },
): boolean {
  const byCode = Boolean(input.issueCodeA) && input.issueCodeA === input.issueCodeB;
  const byText = input.similarity !== null && input.similarity >= input.threshold;
  switch (mode) {
    case 'issue_code':
      return byCode;
    case 'text':
      return byText;
    case 'either':
      return byCode || byText;
  }
}
