import { calibrateThreshold, type Calibration, indicesByEntity } from './calibrate.ts';
import type { Matcher } from './matcher.ts';

/** A complaint of a labelled evaluation set, in arrival order. */
export interface LabelledComplaint {
  entity: string;
  label: string;
  text: string;
}

/** How well a similarity finds "same problem" among one entity's complaints. */
export interface MatchingMetrics {
  /** Pairwise, within each entity: "same problem" predicted by similarity ≥ threshold, truth by equal labels. */
  precision: number;
  recall: number;
  f1: number;
  /** For complaints with an earlier same-label complaint of their entity: is the most similar earlier one of that label? */
  p_at_1: number;
  mrr: number;
  /** Average precision of all same-entity pairs ranked by similarity (no threshold involved). */
  average_precision: number;
  /** The best F1 any threshold could reach: a diagnostic that needs the labels, never used to choose. */
  oracle_f1: number;
  threshold: number;
  pairs: number;
  same_pairs: number;
  queries: number;
}

const maxStoredPairs = 2_000_000;

/**
 * Scores vectors of a labelled set: pairwise precision/recall/F1 at the threshold within each
 * entity, and retrieval (p@1, MRR) of each complaint's earlier complaints of the same entity.
 */
export function scoreMatching<V>(
  items: readonly { entity: string; label: string; vector: V }[],
  matcher: Pick<Matcher<V>, 'createIndex'>,
  threshold: number,
): MatchingMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let queries = 0;
  let hits = 0;
  let reciprocal = 0;
  let seen = 0;
  const stored: { s: number; y: boolean }[] = [];
  let state = 12345;
  for (const positions of indicesByEntity(items.map((i) => i.entity)).values()) {
    const index = matcher.createIndex();
    for (const j of positions) {
      const item = items[j] as { label: string; vector: V };
      const scores = index.scoreAll(item.vector);
      let top = Number.NEGATIVE_INFINITY;
      let bestRelevant = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < scores.length; k++) {
        const s = scores[k] as number;
        const same = (items[positions[k] as number] as { label: string }).label === item.label;
        const predicted = s >= threshold;
        if (predicted && same) tp++;
        else if (predicted) fp++;
        else if (same) fn++;
        if (s > top) top = s;
        if (same && s > bestRelevant) bestRelevant = s;
        seen++;
        if (stored.length < maxStoredPairs) stored.push({ s, y: same });
        else {
          // Reservoir sampling keeps the stored pairs a fair sample of all of them.
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          const r = state % seen;
          if (r < maxStoredPairs) stored[r] = { s, y: same };
        }
      }
      if (bestRelevant > Number.NEGATIVE_INFINITY) {
        queries++;
        // Ties are shared fairly: a tie between a relevant and an unrelated complaint counts half.
        let above = 0;
        let tiedOthers = 0;
        let tiedRelevant = 0;
        for (let k = 0; k < scores.length; k++) {
          const s = scores[k] as number;
          const same = (items[positions[k] as number] as { label: string }).label === item.label;
          if (!same && s > bestRelevant) above++;
          else if (!same && s === bestRelevant) tiedOthers++;
          if (same && s === top) tiedRelevant++;
        }
        if (bestRelevant === top)
          hits +=
            tiedRelevant /
            (tiedRelevant +
              countAt(
                scores,
                top,
                (k) => (items[positions[k] as number] as { label: string }).label !== item.label,
              ));
        reciprocal += 1 / (1 + above + tiedOthers / 2);
      }
      index.add(item.vector);
    }
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const ranking = rankingFigures(stored);
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    p_at_1: queries > 0 ? hits / queries : 0,
    mrr: queries > 0 ? reciprocal / queries : 0,
    average_precision: ranking.averagePrecision,
    oracle_f1: ranking.bestF1,
    threshold,
    pairs: seen,
    same_pairs: tp + fn,
    queries,
  };
}

function countAt(scores: ArrayLike<number>, value: number, keep: (k: number) => boolean): number {
  let n = 0;
  for (let k = 0; k < scores.length; k++) if (scores[k] === value && keep(k)) n++;
  return n;
}

function rankingFigures(pairs: { s: number; y: boolean }[]): { averagePrecision: number; bestF1: number } {
  const positives = pairs.reduce((n, p) => n + (p.y ? 1 : 0), 0);
  if (positives === 0) return { averagePrecision: 0, bestF1: 0 };
  pairs.sort((a, b) => b.s - a.s);
  let tp = 0;
  let ap = 0;
  let best = 0;
  for (let k = 0; k < pairs.length; k++) {
    if ((pairs[k] as { y: boolean }).y) {
      tp++;
      ap += tp / (k + 1);
    }
    if (k + 1 < pairs.length && (pairs[k + 1] as { s: number }).s === (pairs[k] as { s: number }).s) continue;
    best = Math.max(best, (2 * tp) / (k + 1 + positives));
  }
  return { averagePrecision: ap / positives, bestF1: best };
}

/** The metrics of one matcher with the threshold it calibrated on the same (unlabelled) texts. */
export interface MatcherEvaluation {
  metrics: MatchingMetrics;
  calibration: Calibration;
  /** Milliseconds to learn, calibrate and rank every complaint against its entity's earlier ones. */
  elapsedMs: number;
}

/**
 * Runs a matcher over a labelled set the way a deployment would: learn term weights from the texts,
 * calibrate the threshold on them (labels unseen), then score. Only the scoring reads the labels.
 */
export async function evaluateMatcher<V>(
  complaints: readonly LabelledComplaint[],
  matcher: Matcher<V>,
  clock: () => number = () => globalThis.performance.now(),
): Promise<MatcherEvaluation> {
  const started = clock();
  const vectors = await matcher.fit(complaints.map((c) => ({ text: c.text, entityName: c.entity })));
  const items = complaints.map((c, i) => ({ entity: c.entity, label: c.label, vector: vectors[i] as V }));
  const calibration = calibrateThreshold(items, (a, b) => matcher.similarity(a, b), {
    defaultThreshold: matcher.defaultThreshold,
  });
  const metrics = scoreMatching(items, matcher, calibration.threshold);
  return { metrics, calibration, elapsedMs: clock() - started };
}
