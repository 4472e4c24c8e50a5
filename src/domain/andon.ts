import type { Money } from './money.ts';
import type { RepeatEvaluation, Rule } from './rules.ts';
import type { TargetStatus } from './targets.ts';

/** How the cord came to be pulled; `recurrence`: a complaint during a relisted target's probation re-pulled it. */
export const pullTriggers = ['rule', 'auto', 'manual', 'recurrence'] as const;
export type PullTrigger = (typeof pullTriggers)[number];

/**
 * The andon's lifecycle (transitions in lifecycle.ts): pulled → contained → root_caused →
 * awaiting_acceptance → relisted; or retired (not coming back); or invalid (the review found the
 * pull did not meet the rule).
 */
export const andonStates = ['pulled', 'contained', 'root_caused', 'awaiting_acceptance', 'relisted', 'retired', 'invalid'] as const;
export type AndonState = (typeof andonStates)[number];

/** Opened by the pull: supplier inspection and root cause; spawned later: corrective actions and the acceptance. */
export const workOrderTypes = ['supplier_inspection', 'root_cause', 'corrective_action', 'acceptance'] as const;
export type WorkOrderType = (typeof workOrderTypes)[number];

/** The shortest written reason accepted for a manual pull below the threshold. */
export const MIN_MANUAL_REASON_LENGTH = 4;

export type PullDecision =
  | { ok: true; trigger: PullTrigger }
  | {
      ok: false;
      reason: 'target_retired' | 'rule_not_met' | 'reason_too_short';
      distinctCustomers?: number;
      threshold?: number;
    };

/**
 * May the cord be pulled? Anyone may pull when the rule is met; below the threshold (or on an
 * issue code that does not count) only with a written reason (Toyota: anyone may stop the line).
 */
export function decidePull(input: {
  targetStatus: TargetStatus;
  evaluation: Pick<RepeatEvaluation, 'met' | 'distinctCustomers' | 'threshold'>;
  reason: string | null | undefined;
  automatic: boolean;
}): PullDecision {
  if (input.targetStatus === 'retired') return { ok: false, reason: 'target_retired' };
  if (input.evaluation.met) return { ok: true, trigger: input.automatic ? 'auto' : 'rule' };
  const reason = input.reason?.trim() ?? '';
  if (reason.length === 0) {
    return {
      ok: false,
      reason: 'rule_not_met',
      distinctCustomers: input.evaluation.distinctCustomers,
      threshold: input.evaluation.threshold,
    };
  }
  if ([...reason].length < MIN_MANUAL_REASON_LENGTH) return { ok: false, reason: 'reason_too_short' };
  return { ok: true, trigger: 'manual' };
}

/** A work order to open when the cord is pulled. */
export interface WorkOrderPlan {
  type: WorkOrderType;
  ownerRole: 'supplier_management' | 'quality';
  dueAt: string;
  /** Message keys of the title and the instructions, localised when shown. */
  titleKey: string;
  instructionsKey: string;
}

/** The two work orders every pull opens: supplier inspection (containment) and root cause. */
export function planWorkOrders(rule: Pick<Rule, 'inspectionDueHours' | 'rootCauseDueHours'>, now: Date): WorkOrderPlan[] {
  const due = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
  return [
    {
      type: 'supplier_inspection',
      ownerRole: 'supplier_management',
      dueAt: due(rule.inspectionDueHours),
      titleKey: 'workOrders.supplier_inspection.title',
      instructionsKey: 'workOrders.supplier_inspection.instructions',
    },
    {
      type: 'root_cause',
      ownerRole: 'quality',
      dueAt: due(rule.rootCauseDueHours),
      titleKey: 'workOrders.root_cause.title',
      instructionsKey: 'workOrders.root_cause.instructions',
    },
  ];
}

/**
 * Who earns the pending reward: the puller; for an automatic pull (or a re-pull in probation), the agent who recorded the
 * complaint that met the rule (they did their job); nobody when that is unknown.
 */
export function rewardRecipient(input: {
  trigger: PullTrigger;
  pulledBy: string;
  triggeringRecorder: string | null;
}): string | null {
  return input.trigger === 'auto' || input.trigger === 'recurrence' ? input.triggeringRecorder : input.pulledBy;
}

/** A reward of zero is not recorded. */
export function rewardFor(rule: Pick<Rule, 'reward'>): Money | null {
  return rule.reward.amountMinor > 0 ? rule.reward : null;
}
