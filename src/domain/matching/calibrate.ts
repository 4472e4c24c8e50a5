import { seededRandom } from './random.ts';

/** How a threshold was settled, and on what evidence. */
export interface Calibration {
  threshold: number;
  /** 'decoy': from the corpus; 'default': the corpus gave too little to go on. */
  method: 'decoy' | 'default';
  /** Pairs of complaints about the same entity that were compared. */
  withinPairs: number;
  /** Pairs about different entities that served as the "unrelated" reference. */
  decoyPairs: number;
  /** Estimated share of same-entity pairs that are more alike than unrelated complaints are. */
  estimatedSameShare: number;
  /** The F1 the corpus itself predicts at this threshold (an estimate, not a measurement). */
  expectedF1: number;
}

export interface CalibrationOptions {
  defaultThreshold: number;
  /** Same-entity pairs to sample at most (each gets two decoys). */
  maxPairs?: number;
  /** Fewer same-entity pairs than this: keep the default. */
  minPairs?: number;
  seed?: number;
}

/** Indices of each entity's complaints, in order. */
export function indicesByEntity(entities: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  entities.forEach((entity, i) => {
    const list = groups.get(entity);
    if (list) list.push(i);
    else groups.set(entity, [i]);
  });
  return groups;
}

function samplePairs(groups: number[][], maxPairs: number, random: () => number): [number, number][] {
  const sizes = groups.map((g) => (g.length * (g.length - 1)) / 2);
  const total = sizes.reduce((a, b) => a + b, 0);
  const pairs: [number, number][] = [];
  if (total <= maxPairs) {
    for (const g of groups)
      for (let a = 1; a < g.length; a++)
        for (let b = 0; b < a; b++) pairs.push([g[b] as number, g[a] as number]);
    return pairs;
  }
  const cumulative: number[] = [];
  let running = 0;
  for (const s of sizes) cumulative.push((running += s));
  for (let k = 0; k < maxPairs; k++) {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    const g = groups[lo] as number[];
    const a = Math.floor(random() * g.length);
    let b = Math.floor(random() * (g.length - 1));
    if (b >= a) b += 1;
    pairs.push([g[Math.min(a, b)] as number, g[Math.max(a, b)] as number]);
  }
  return pairs;
}

/**
 * Settles the "same problem" threshold on the corpus itself, without labels (target–decoy, as in
 * proteomics): complaints about other entities show how alike unrelated complaints are by chance;
 * the excess of same-entity pairs over that reference estimates how many are the same problem, and
 * the threshold is the one that maximises the F1 this estimate predicts.
 */
export function calibrateThreshold<V>(
  items: readonly { entity: string; vector: V }[],
  similarity: (a: V, b: V) => number,
  options: CalibrationOptions,
): Calibration {
  const fallback = (withinPairs = 0, decoyPairs = 0): Calibration => ({
    threshold: options.defaultThreshold,
    method: 'default',
    withinPairs,
    decoyPairs,
    estimatedSameShare: 0,
    expectedF1: 0,
  });
  const random = seededRandom(options.seed ?? 1);
  const byEntity = indicesByEntity(items.map((i) => i.entity));
  if (byEntity.size < 2) return fallback();
  const groups = [...byEntity.values()].filter((g) => g.length > 1);
  const pairs = samplePairs(groups, options.maxPairs ?? 40_000, random);
  if (pairs.length < (options.minPairs ?? 30)) return fallback(pairs.length);

  const within = new Float64Array(pairs.length);
  const decoys: number[] = [];
  const n = items.length;
  const decoyFor = (i: number): number | undefined => {
    const entity = (items[i] as { entity: string }).entity;
    for (let attempt = 0; attempt < 64; attempt++) {
      const x = Math.floor(random() * n);
      if ((items[x] as { entity: string }).entity !== entity) return x;
    }
    return undefined;
  };
  pairs.forEach(([i, j], k) => {
    const a = items[i] as { vector: V };
    const b = items[j] as { vector: V };
    within[k] = similarity(a.vector, b.vector);
    for (const side of [i, j]) {
      const x = decoyFor(side);
      if (x !== undefined)
        decoys.push(similarity((items[side] as { vector: V }).vector, (items[x] as { vector: V }).vector));
    }
  });
  if (decoys.length < 2) return fallback(pairs.length, decoys.length);

  within.sort().reverse();
  decoys.sort((a, b) => b - a);
  const w = within.length;
  // For each candidate threshold (a within-pair score, highest first): pairs above it, minus the
  // share of decoys above it scaled to the within count, estimates the true matches among them.
  const estimatedTrue = new Float64Array(w);
  let d = 0;
  let bestTrue = 0;
  for (let k = 0; k < w; k++) {
    const s = within[k] as number;
    while (d < decoys.length && (decoys[d] as number) >= s) d++;
    estimatedTrue[k] = k + 1 - (w * d) / decoys.length;
    bestTrue = Math.max(bestTrue, estimatedTrue[k] as number);
  }
  if (bestTrue < Math.max(3, 0.005 * w)) return fallback(w, decoys.length);
  let best = -1;
  let threshold = options.defaultThreshold;
  for (let k = 0; k < w; k++) {
    const s = within[k] as number;
    if (s <= 0) break;
    if (k + 1 < w && within[k + 1] === s) continue;
    const f1 = (2 * Math.max(estimatedTrue[k] as number, 0)) / (k + 1 + bestTrue);
    if (f1 > best) {
      best = f1;
      threshold = s;
    }
  }
  return {
    threshold,
    method: 'decoy',
    withinPairs: w,
    decoyPairs: decoys.length,
    estimatedSameShare: bestTrue / w,
    expectedF1: Math.max(best, 0),
  };
}
