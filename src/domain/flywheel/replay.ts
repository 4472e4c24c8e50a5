import {
  componentFactorKeys,
  componentMovement,
  polaritySign,
  type CaseOutcome,
  type Flywheel,
  type FlywheelCase,
} from './model.ts';

/** What the loop predicts for a case's centre (business growth). */
export const replayPredictions = ['growth', 'decline', 'unclear'] as const;
export type ReplayPrediction = (typeof replayPredictions)[number];

/** pass: the prediction matches the outcome; fail: it is the opposite; unclear: no prediction. */
export const replayVerdicts = ['pass', 'fail', 'unclear'] as const;
export type ReplayVerdict = (typeof replayVerdicts)[number];

/** One case replayed through one flywheel (推演和验证). */
export interface CaseReplay {
  caseId: string;
  outcome: CaseOutcome;
  prediction: ReplayPrediction;
  verdict: ReplayVerdict;
  /** The centre's score: the sum of the components' propagated movements (> 0 growth, < 0 decline). */
  score: number;
  /** Each component's observed movement in the case (−1, 0, +1), by component id. */
  observed: Record<string, number>;
  /** Each component's movement after propagation, by component id (its share of the score). */
  propagated: Record<string, number>;
  /** Factors recorded as moving in the case that no component stands for (candidates for a revision). */
  unusedFactors: string[];
}

/**
 * Replays one case through the loop. The rule: each component starts from its observed movement
 * u (the sign of its factors' movements: +1, −1 or 0); every movement then travels along the links,
 * multiplied by each link's sign (strengths and delays ignored), for as many steps as the wheel has
 * components, so it can go once around the largest possible loop: x = Σₖ₌₀..ₙ Aᵏu, with A[y][x] = ±1
 * for a link x → y. The centre's score is Σ x: above 0 the loop predicts growth, below 0 decline,
 * exactly 0 (or no component observed) unclear.
 */
export function replayCase(flywheel: Pick<Flywheel, 'components' | 'links'>, c: FlywheelCase): CaseReplay {
  const ids = flywheel.components.map((component) => component.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const u = flywheel.components.map((component) => componentMovement(component, c));
  const edges = flywheel.links.flatMap((link) => {
    const from = indexOf.get(link.from);
    const to = indexOf.get(link.to);
    return from === undefined || to === undefined ? [] : [{ from, to, sign: polaritySign(link.polarity) }];
  });

  // Exact integers (BigInt): path counts grow as the wheel's branching to the nth power, and the
  // score's sign, hence the prediction, must not depend on rounding.
  let term: bigint[] = u.map((v) => BigInt(v));
  const x: bigint[] = [...term];
  for (let step = 0; step < ids.length; step++) {
    const next = new Array<bigint>(ids.length).fill(0n);
    for (const e of edges) next[e.to]! += BigInt(e.sign) * term[e.from]!;
    term = next;
    for (let i = 0; i < ids.length; i++) x[i]! += term[i]!;
  }
  const total = x.reduce((sum, v) => sum + v, 0n);
  const score = Number(total);
  const anyObserved = u.some((v) => v !== 0);
  const prediction: ReplayPrediction =
    !anyObserved || total === 0n ? 'unclear' : total > 0n ? 'growth' : 'decline';
  const expected: ReplayPrediction = c.outcome === 'success' ? 'growth' : 'decline';
  const verdict: ReplayVerdict =
    prediction === 'unclear' ? 'unclear' : prediction === expected ? 'pass' : 'fail';

  const used = new Set(flywheel.components.flatMap((component) => componentFactorKeys(component)));
  const unusedFactors = [
    ...new Set(c.factors.filter((o) => o.movement !== 'absent' && !used.has(o.factor)).map((o) => o.factor)),
  ];
  return {
    caseId: c.id,
    outcome: c.outcome,
    prediction,
    verdict,
    score,
    observed: Object.fromEntries(ids.map((id, i) => [id, u[i]!])),
    propagated: Object.fromEntries(ids.map((id, i) => [id, Number(x[i]!)])),
    unusedFactors,
  };
}

/** A flywheel's record over the cases. */
export interface ReplaySummary {
  passed: number;
  failed: number;
  unclear: number;
  /** passed ÷ all cases (unclear counts as not agreeing); null without cases. */
  agreementRate: number | null;
  /** The cases that failed or stayed unclear, in the order given: the ones to revise the loop for. */
  disagreements: string[];
}

/** Replays every case through one flywheel and sums it up. */
export function replayCases(
  flywheel: Pick<Flywheel, 'components' | 'links'>,
  cases: readonly FlywheelCase[],
): { replays: CaseReplay[]; summary: ReplaySummary } {
  const replays = cases.map((c) => replayCase(flywheel, c));
  return { replays, summary: summarise(replays) };
}

function summarise(replays: readonly CaseReplay[]): ReplaySummary {
  const count = (v: ReplayVerdict) => replays.filter((r) => r.verdict === v).length;
  const passed = count('pass');
  return {
    passed,
    failed: count('fail'),
    unclear: count('unclear'),
    agreementRate: replays.length === 0 ? null : passed / replays.length,
    disagreements: replays.filter((r) => r.verdict !== 'pass').map((r) => r.caseId),
  };
}

/** A flywheel version as a column of the replay grid. */
export interface GridVersion {
  /** The column's key, e.g. "v3" or the version number as text. */
  key: string;
  flywheel: Pick<Flywheel, 'components' | 'links'>;
}

/** The pass/fail grid of cases × flywheel versions. */
export interface ReplayGrid {
  columns: ({ key: string } & ReplaySummary)[];
  rows: {
    caseId: string;
    outcome: CaseOutcome;
    cells: { key: string; prediction: ReplayPrediction; verdict: ReplayVerdict; score: number }[];
  }[];
}

/** Replays every case through every version: one row per case, one column per version. */
export function replayGrid(versions: readonly GridVersion[], cases: readonly FlywheelCase[]): ReplayGrid {
  const byVersion = versions.map((v) => ({ key: v.key, ...replayCases(v.flywheel, cases) }));
  return {
    columns: byVersion.map((v) => ({ key: v.key, ...v.summary })),
    rows: cases.map((c, i) => ({
      caseId: c.id,
      outcome: c.outcome,
      cells: byVersion.map((v) => {
        const r = v.replays[i]!;
        return { key: v.key, prediction: r.prediction, verdict: r.verdict, score: r.score };
      }),
    })),
  };
}
