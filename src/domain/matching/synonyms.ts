/** What learning needs of each confirmed pair: the two complaints' tokens. */
export interface ConfirmedPair {
  a: readonly string[];
  b: readonly string[];
}

export interface LearnedSynonym {
  from: string;
  to: string;
  /** Confirmed pairs in which one side had `from` and the other had `to`, but not both. */
  support: number;
  /** Dice coefficient of the two tokens over those pairs. */
  dice: number;
}

export interface SynonymOptions {
  /** Confirmations needed before a pair of words is trusted (2 by default). */
  minSupport?: number;
  minDice?: number;
}

// Placeholders, concepts already shared and adjacent-word pairs teach nothing about vocabulary.
function learnable(token: string): boolean {
  return !token.startsWith('#') && !token.startsWith('~') && !token.includes(' ');
}

/**
 * Learns synonyms from pairs of complaints that agents confirmed as the same problem: two tokens
 * that keep turning up on opposite sides of confirmed pairs (and are each other's best partner)
 * become one. "书脊开裂" confirmed twice against "spine cracked" teaches 书脊 ↔ spine.
 */
export function learnSynonyms(
  pairs: readonly ConfirmedPair[],
  options: SynonymOptions = {},
): LearnedSynonym[] {
  const minSupport = options.minSupport ?? 2;
  const minDice = options.minDice ?? 0.5;
  const together = new Map<string, Map<string, number>>();
  const alone = new Map<string, number>();
  for (const pair of pairs) {
    const a = new Set(pair.a.filter(learnable));
    const b = new Set(pair.b.filter(learnable));
    const onlyA = [...a].filter((t) => !b.has(t));
    const onlyB = [...b].filter((t) => !a.has(t));
    for (const t of [...onlyA, ...onlyB]) alone.set(t, (alone.get(t) ?? 0) + 1);
    for (const x of onlyA) {
      for (const y of onlyB) {
        const [p, q] = x < y ? [x, y] : [y, x];
        let row = together.get(p);
        if (!row) together.set(p, (row = new Map()));
        row.set(q, (row.get(q) ?? 0) + 1);
      }
    }
  }
  const candidates: LearnedSynonym[] = [];
  for (const [p, row] of together) {
    for (const [q, support] of row) {
      if (support < minSupport) continue;
      const dice = (2 * support) / ((alone.get(p) ?? 0) + (alone.get(q) ?? 0));
      if (dice >= minDice) candidates.push({ from: p, to: q, support, dice });
    }
  }
  // Ties go to the longer token: a Han bigram (书脊) says more than either of its characters.
  const score = (c: LearnedSynonym) => c.support * 4 + c.dice * 2 + (c.from.length + c.to.length) / 100;
  const bestOf = new Map<string, LearnedSynonym>();
  for (const c of candidates) {
    for (const t of [c.from, c.to]) {
      const current = bestOf.get(t);
      if (!current || score(c) > score(current)) bestOf.set(t, c);
    }
  }
  return candidates
    .filter((c) => bestOf.get(c.from) === c && bestOf.get(c.to) === c)
    .sort((x, y) => score(y) - score(x) || (x.from < y.from ? -1 : 1));
}

/** Aliases for the term table: both tokens of a learned pair become one concept token, weighed as concepts are. */
export function synonymAliases(learned: readonly LearnedSynonym[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const { from, to } of learned) {
    const concept = `~learned:${from < to ? from : to}`;
    aliases.set(from, concept);
    aliases.set(to, concept);
  }
  return aliases;
}
