import type { AndonState } from './andon.ts';

/** States in which the lamp is lit: the andon is open and its target is held off sale. */
export const openAndonStates = ['pulled', 'contained', 'root_caused', 'awaiting_acceptance'] as const satisfies readonly AndonState[];
/** States that close the andon (`closed_at` set). */
export const closedAndonStates = ['relisted', 'retired', 'invalid'] as const satisfies readonly AndonState[];

/** Is the andon still open (lamp on)? */
export function isOpenState(state: AndonState): boolean {
  return (openAndonStates as readonly AndonState[]).includes(state);
}

/** What moves an andon from one state to the next. */
export const andonActions = ['contain', 'record_root_cause', 'request_acceptance', 'reject_rectification', 'relist', 'retire', 'invalidate'] as const;
export type AndonAction = (typeof andonActions)[number];

/** The facts about an andon that the gates look at; the services read them from its work orders. */
export interface LifecycleFacts {
  /** The supplier inspection is done: stock checked and disposed of. */
  containmentDone: boolean;
  /** The five-whys analysis is recorded and accepted. */
  rootCauseDone: boolean;
  /** Corrective actions spawned by the analysis that are not done yet. */
  openCorrectiveActions: number;
  /** The rectification (the fix) has been recorded by the responsible party. */
  rectificationRecorded: boolean;
  /** The independent acceptance, when one has been recorded for the current rectification. */
  acceptance: 'passed' | 'failed' | null;
}

/** One thing still missing before an andon may move on (stable codes, localised at the edge). */
export const missingItems = ['containment', 'root_cause', 'corrective_actions', 'rectification', 'acceptance'] as const;
export type MissingItem = (typeof missingItems)[number];

export type TransitionResult =
  | { ok: true; from: AndonState; to: AndonState }
  | { ok: false; from: AndonState; reason: 'closed' | 'wrong_state' | 'gate'; missing: MissingItem[] };

/** The state each forward action leaves from, and the one it reaches. */
const forward: Record<'contain' | 'record_root_cause' | 'request_acceptance' | 'reject_rectification' | 'relist', { from: AndonState; to: AndonState }> = {
  contain: { from: 'pulled', to: 'contained' },
  record_root_cause: { from: 'contained', to: 'root_caused' },
  request_acceptance: { from: 'root_caused', to: 'awaiting_acceptance' },
  reject_rectification: { from: 'awaiting_acceptance', to: 'root_caused' },
  relist: { from: 'awaiting_acceptance', to: 'relisted' },
};

/**
 * Everything still missing before the target may be relisted, in lifecycle order. Empty means the
 * andon may be relisted now.
 */
export function missingForRelist(facts: LifecycleFacts): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!facts.containmentDone) missing.push('containment');
  if (!facts.rootCauseDone) missing.push('root_cause');
  if (facts.openCorrectiveActions > 0) missing.push('corrective_actions');
  if (!facts.rectificationRecorded) missing.push('rectification');
  if (facts.acceptance !== 'passed') missing.push('acceptance');
  return missing;
}

function gate(action: AndonAction, facts: LifecycleFacts): MissingItem[] {
  switch (action) {
    case 'contain':
      return facts.containmentDone ? [] : ['containment'];
    case 'record_root_cause':
      return missingForRelist(facts).filter((m) => m === 'containment' || m === 'root_cause');
    case 'request_acceptance':
      return missingForRelist(facts).filter((m) => m !== 'acceptance');
    case 'reject_rectification':
      return facts.acceptance === 'failed' ? [] : ['acceptance'];
    case 'relist':
      return missingForRelist(facts);
    case 'retire':
    case 'invalidate':
      return [];
  }
}

/**
 * May `action` move an andon in `state`, given the facts? Returns the new state, or why not: a
 * closed andon never moves; a forward step leaves only from its own state; a relist lists every
 * item still missing. Retiring and invalidating are allowed from every open state.
 */
export function transition(state: AndonState, action: AndonAction, facts: LifecycleFacts): TransitionResult {
  if (!isOpenState(state)) return { ok: false, from: state, reason: 'closed', missing: [] };
  if (action === 'retire') return { ok: true, from: state, to: 'retired' };
  if (action === 'invalidate') return { ok: true, from: state, to: 'invalid' };
  const step = forward[action];
  const missing = gate(action, facts);
  if (action === 'relist' && missing.length > 0) return { ok: false, from: state, reason: 'gate', missing };
  if (state !== step.from) return { ok: false, from: state, reason: 'wrong_state', missing };
  if (missing.length > 0) return { ok: false, from: state, reason: 'gate', missing };
  return { ok: true, from: state, to: step.to };
}

/**
 * The states an andon passes through when facts arrive out of order (e.g. the root cause is found
 * before containment is done): moves forward as far as the facts allow, never to relisted (a
 * person relists) and never backwards.
 */
export function advance(state: AndonState, facts: LifecycleFacts): AndonState[] {
  const path: AndonState[] = [];
  let current = state;
  for (const action of ['contain', 'record_root_cause'] as const) {
    const result = transition(current, action, facts);
    if (result.ok) {
      path.push(result.to);
      current = result.to;
    }
  }
  return path;
}

/** The manager's verdict on a pull. */
export const reviewVerdicts = ['valid', 'invalid'] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];

/** Why a pull was found invalid (never held against the agent). */
export const invalidReasons = ['rule_not_met', 'wrong_target', 'wrong_issue_code', 'duplicate', 'customer_choice', 'not_reproducible', 'other'] as const;
export type InvalidReason = (typeof invalidReasons)[number];

export type ReviewDecision =
  | { ok: true; reward: 'granted' | 'void'; close: boolean }
  | { ok: false; reason: 'already_reviewed' | 'reason_required' | 'self_review' };

/**
 * A manager's review: valid grants the puller's reward; invalid voids it (no penalty for the agent)
 * and, while the andon is open, closes it as invalid so the target is relisted at once. Nobody
 * reviews their own pull.
 */
export function decideReview(input: {
  state: AndonState;
  alreadyReviewed: boolean;
  verdict: ReviewVerdict;
  reasonCode: InvalidReason | null | undefined;
  reviewer: string;
  pulledBy: string;
  rewardRecipient: string | null;
}): ReviewDecision {
  if (input.alreadyReviewed) return { ok: false, reason: 'already_reviewed' };
  if (input.reviewer === input.pulledBy || input.reviewer === input.rewardRecipient) return { ok: false, reason: 'self_review' };
  if (input.verdict === 'valid') return { ok: true, reward: 'granted', close: false };
  if (!input.reasonCode) return { ok: false, reason: 'reason_required' };
  return { ok: true, reward: 'void', close: isOpenState(input.state) };
}

/** When a relisted target's probation ends: one matching complaint before then re-pulls it at once. */
export function probationUntil(relistedAt: Date, probationDays: number): string {
  return new Date(relistedAt.getTime() + probationDays * 86_400_000).toISOString();
}

/** Is the verifier independent of everyone who made the fix? */
export function isIndependentVerifier(verifier: string, fixers: readonly (string | null)[]): boolean {
  const v = verifier.trim().toLowerCase();
  return !fixers.some((f) => f !== null && f.trim().toLowerCase() === v);
}
