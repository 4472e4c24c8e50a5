import {
  componentMovement,
  movementSign,
  polaritySign,
  type CaseOutcome,
  type CausalLink,
  type FlywheelCase,
  type FlywheelComponent,
} from './model.ts';

/** How often a factor moved up, moved down, or did not move (absent or not recorded) in cases of one outcome. */
export interface MovementCounts {
  up: number;
  down: number;
  absent: number;
  cases: number;
}

/** A candidate component (step 3): its separation score beside the counts it comes from. */
export interface FactorScore {
  factor: string;
  /**
   * Separation score (区分度), in (−2, 2): the net share of success cases in which the factor moved
   * up minus the same share among failure cases, each share Laplace-smoothed (see `separationScore`).
   */
  score: number;
  /** positive: moves with success; negative: moves with failure (rename it, e.g. "fewer …"); none: 0. */
  direction: 'positive' | 'negative' | 'none';
  success: MovementCounts;
  failure: MovementCounts;
  /** Cases in which the factor moved (up or down), in the order given. */
  supportCaseIds: string[];
}

/**
 * The separation score from counts: (up − down) / (n + 2) among successes minus the same among
 * failures. It is the Laplace-smoothed rate of moving up minus that of moving down, (up + 1)/(n + 2)
 * − (down + 1)/(n + 2), so a factor seen in few cases cannot top the list.
 */
export function separationScore(success: MovementCounts, failure: MovementCounts): number {
  const net = (c: MovementCounts) => (c.up - c.down) / (c.cases + 2);
  return net(success) - net(failure);
}

function emptyCounts(): MovementCounts {
  return { up: 0, down: 0, absent: 0, cases: 0 };
}

/** Every factor key recorded in the cases, in first-seen order. */
export function factorKeysOf(cases: readonly FlywheelCase[]): string[] {
  const keys = new Set<string>();
  for (const c of cases) for (const o of c.factors) keys.add(o.factor);
  return [...keys];
}

/** Counts one factor's (or one component's) movements per outcome, from its per-case movement. */
function tally(cases: readonly FlywheelCase[], moved: (c: FlywheelCase) => -1 | 0 | 1) {
  const counts: Record<CaseOutcome, MovementCounts> = { success: emptyCounts(), failure: emptyCounts() };
  const supportCaseIds: string[] = [];
  for (const c of cases) {
    const m = moved(c);
    const side = counts[c.outcome];
    side.cases++;
    if (m > 0) side.up++;
    else if (m < 0) side.down++;
    else side.absent++;
    if (m !== 0) supportCaseIds.push(c.id);
  }
  return { ...counts, supportCaseIds };
}

function directionOf(score: number): FactorScore['direction'] {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'none';
}

/**
 * Ranks the candidate factors of the cases by how well they separate success from failure:
 * by |score|, then by support, then by key (so the order never depends on the input order).
 */
export function rankFactors(cases: readonly FlywheelCase[]): FactorScore[] {
  return factorKeysOf(cases)
    .map((factor): FactorScore => {
      const { success, failure, supportCaseIds } = tally(cases, (c) => {
        let sum = 0;
        for (const o of c.factors) if (o.factor === factor) sum += movementSign(o.movement);
        return sum > 0 ? 1 : sum < 0 ? -1 : 0;
      });
      const score = separationScore(success, failure);
      return { factor, score, direction: directionOf(score), success, failure, supportCaseIds };
    })
    .sort(
      (a, b) =>
        Math.abs(b.score) - Math.abs(a.score) ||
        b.supportCaseIds.length - a.supportCaseIds.length ||
        (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0),
    );
}

/** A component's support in the cases: where its movement agrees with the outcome, and where not. */
export interface ComponentSupport {
  componentId: string;
  score: number;
  success: MovementCounts;
  failure: MovementCounts;
  /** Cases where it moved up and the case succeeded, or moved down and the case failed. */
  agreeingCaseIds: string[];
  /** Cases where it moved against the outcome. */
  contradictingCaseIds: string[];
}

/** The support of a chosen component in the cases (its factors' movements combined). */
export function componentSupport(
  component: Pick<FlywheelComponent, 'id' | 'factorKeys'>,
  cases: readonly FlywheelCase[],
): ComponentSupport {
  const { success, failure } = tally(cases, (c) => componentMovement(component, c));
  const agreeingCaseIds: string[] = [];
  const contradictingCaseIds: string[] = [];
  for (const c of cases) {
    const m = componentMovement(component, c);
    if (m === 0) continue;
    const outcomeSign = c.outcome === 'success' ? 1 : -1;
    (m === outcomeSign ? agreeingCaseIds : contradictingCaseIds).push(c.id);
  }
  return {
    componentId: component.id,
    score: separationScore(success, failure),
    success,
    failure,
    agreeingCaseIds,
    contradictingCaseIds,
  };
}

/** The cases that bear on a causal link. */
export interface LinkSupport {
  from: string;
  to: string;
  /** Both ends moved, in the direction the polarity says (together for +, opposite for −). */
  supportingCaseIds: string[];
  /** Both ends moved, against the polarity. */
  contradictingCaseIds: string[];
}

/** Which cases support a link, and which contradict it (cases where an end did not move are silent). */
export function linkSupport(
  link: Pick<CausalLink, 'from' | 'to' | 'polarity'>,
  components: readonly Pick<FlywheelComponent, 'id' | 'factorKeys'>[],
  cases: readonly FlywheelCase[],
): LinkSupport {
  const from = components.find((c) => c.id === link.from);
  const to = components.find((c) => c.id === link.to);
  const supportingCaseIds: string[] = [];
  const contradictingCaseIds: string[] = [];
  if (from && to) {
    for (const c of cases) {
      const product = componentMovement(from, c) * componentMovement(to, c) * polaritySign(link.polarity);
      if (product > 0) supportingCaseIds.push(c.id);
      else if (product < 0) contradictingCaseIds.push(c.id);
    }
  }
  return { from: link.from, to: link.to, supportingCaseIds, contradictingCaseIds };
}
