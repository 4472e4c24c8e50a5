import type { Money } from './money.ts';
import type { TargetKind } from './targets.ts';

/** suggest: the agent decides whether to pull; auto: the system pulls as soon as the rule is met. */
export const ruleModes = ['suggest', 'auto'] as const;
export type RuleMode = (typeof ruleModes)[number];

/** A repeat rule; `targetKind` and `issueCode` null mean "any" (the default rule has both null). */
export interface Rule {
  id: string;
  name: string;
  targetKind: TargetKind | null;
  issueCode: string | null;
  threshold: number;
  windowDays: number;
  mode: RuleMode;
  reward: Money;
  inspectionDueHours: number;
  rootCauseDueHours: number;
  active: boolean;
}

/** The flags of an issue code that change how its complaints count. */
export interface IssueCodeFlags {
  code: string;
  /** false for customer-choice reasons ("changed my mind"): such complaints never trigger a pull. */
  counts: boolean;
  /** true when one complaint is enough (threshold 1), whatever the rule says. */
  safetyCritical: boolean;
}

/** A complaint as repeat detection sees it. */
export interface RepeatCandidate {
  id: string;
  customerRef: string;
  occurredAt: string;
}

/** The stable key of a rule's scope: `kind:code`, `*` for any. One rule per scope. */
export function ruleScopeKey(targetKind: string | null, issueCode: string | null): string {
  return `${targetKind ?? '*'}:${issueCode ?? '*'}`;
}

function specificity(rule: Pick<Rule, 'targetKind' | 'issueCode'>): number {
  return (rule.issueCode ? 2 : 0) + (rule.targetKind ? 1 : 0);
}

/**
 * The rule that governs a target kind and issue code: the most specific active rule wins
 * (kind+code, then code, then kind, then the default).
 */
export function resolveRule<R extends Pick<Rule, 'targetKind' | 'issueCode' | 'active'>>(
  rules: readonly R[],
  targetKind: TargetKind,
  issueCode: string,
): R | undefined {
  let best: R | undefined;
  for (const rule of rules) {
    if (!rule.active) continue;
    if (rule.targetKind !== null && rule.targetKind !== targetKind) continue;
    if (rule.issueCode !== null && rule.issueCode !== issueCode) continue;
    if (!best || specificity(rule) > specificity(best)) best = rule;
  }
  return best;
}

/** What the repeat check tells the agent. */
export interface RepeatEvaluation {
  /** Distinct customers with an eligible complaint in the window (the same customer counts once). */
  distinctCustomers: number;
  /** Distinct customers needed: the rule's threshold, or 1 for a safety-critical issue code. */
  threshold: number;
  windowDays: number;
  /** Start of the window (inclusive), ISO-8601. */
  windowStart: string;
  mode: RuleMode;
  counts: boolean;
  safetyCritical: boolean;
  /** true when the rule is met: same target, same problem, enough different customers. */
  met: boolean;
  /** The eligible complaints, newest first. */
  complaintIds: string[];
}

/** Start of a rule's window that ends at `now`. */
export function windowStart(now: Date, windowDays: number): string {
  return new Date(now.getTime() - windowDays * 86_400_000).toISOString();
}

/**
 * Applies the rule to the eligible complaints of one target and one issue code: counts distinct
 * customers within the window and says whether the cord should be pulled.
 */
export function evaluateRepeat(input: {
  rule: Pick<Rule, 'threshold' | 'windowDays' | 'mode'>;
  issueCode: IssueCodeFlags;
  candidates: readonly RepeatCandidate[];
  now: Date;
}): RepeatEvaluation {
  const { rule, issueCode, now } = input;
  const start = windowStart(now, rule.windowDays);
  const inWindow = input.candidates
    .filter((c) => c.occurredAt >= start)
    .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
  const customers = new Set(inWindow.map((c) => c.customerRef));
  const threshold = issueCode.safetyCritical ? 1 : rule.threshold;
  return {
    distinctCustomers: customers.size,
    threshold,
    windowDays: rule.windowDays,
    windowStart: start,
    mode: rule.mode,
    counts: issueCode.counts,
    safetyCritical: issueCode.safetyCritical,
    met: issueCode.counts && customers.size >= threshold,
    complaintIds: inWindow.map((c) => c.id),
  };
}
