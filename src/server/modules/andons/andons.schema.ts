import { z } from 'zod';
import { andonStates, pullTriggers } from '#domain/andon.ts';
import { escalationLevels } from '#domain/escalation.ts';
import { rootCauseCategories } from '#domain/five-whys.ts';
import { invalidReasons, missingItems, reviewVerdicts } from '#domain/lifecycle.ts';
import { ruleModes } from '#domain/rules.ts';
import { type Acting, actorRef, Id, IsoTimestamp, Money, PageQuery, Ref, text } from '../../http/common.ts';
import { IssueCodeKey } from '../issue-codes/issue-codes.schema.ts';
import { Reward } from '../rewards/rewards.schema.ts';
import { Target } from '../targets/targets.schema.ts';
import { WorkOrder } from '../work-orders/work-orders.schema.ts';

/** One complaint as evidence: who, when, what they said. */
export const ComplaintEvidence = z
  .object({
    id: z.string(),
    customerRef: z.string(),
    occurredAt: IsoTimestamp,
    text: z.string(),
    orderRef: z.string().nullable(),
    lotRef: z.string().nullable(),
    recordedBy: z.string().nullable(),
    andonRole: z.enum(['trigger', 'attached']).nullable(),
  })
  .meta({ id: 'ComplaintEvidence' });
export type ComplaintEvidence = z.infer<typeof ComplaintEvidence>;

/** The repeat check: the answer the agent sees at once. */
export const RepeatEvidence = z
  .object({
    distinctCustomers: z.number().int().describe('different customers, same target, same problem, in the window (counted up to 1,000, the largest threshold a rule may have)'),
    threshold: z.number().int(),
    windowDays: z.number().int(),
    windowStart: IsoTimestamp,
    met: z.boolean().describe('the rule is met: the cord should be pulled'),
    mode: z.enum(ruleModes),
    counts: z.boolean().describe('false when the issue code never counts (customer choice)'),
    safetyCritical: z.boolean(),
    ruleId: z.string(),
    complaints: z.array(ComplaintEvidence).describe('newest first, at most 50'),
    matchedBy: z
      .enum(['issue_code', 'text', 'either'])
      .optional()
      .describe("how \"same problem\" was decided: the target kind's matching mode (issue_code when absent)"),
    similarityThreshold: z.number().optional().describe('for text matching: the similarity at or above which two complaints are one problem'),
  })
  .meta({ id: 'RepeatEvidence' });
export type RepeatEvidence = z.infer<typeof RepeatEvidence>;

/** The fix the responsible party made, with the criteria the verifier will check. */
export const Rectification = z
  .object({ summary: z.string(), evidence: z.string(), criteria: z.array(z.string()), recordedBy: z.string(), recordedAt: IsoTimestamp })
  .meta({ id: 'Rectification' });
export type Rectification = z.infer<typeof Rectification>;

/** The manager's review of the pull. */
export const Review = z
  .object({
    verdict: z.enum(reviewVerdicts),
    reasonCode: z.enum(invalidReasons).nullable(),
    note: z.string().nullable(),
    reviewedBy: z.string(),
    reviewedAt: IsoTimestamp,
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof Review>;

export const Andon = z
  .object({
    id: z.string(),
    targetId: z.string(),
    issueCode: z.string(),
    state: z.enum(andonStates),
    trigger: z.enum(pullTriggers).describe('rule: pulled by a person when the rule was met; auto: by the system; manual: below the threshold, with a reason'),
    pulledBy: z.string(),
    reason: z.string().nullable(),
    ruleId: z.string().nullable(),
    rule: z.object({ threshold: z.number().int(), windowDays: z.number().int(), mode: z.enum(ruleModes) }),
    distinctCustomers: z.number().int(),
    complaintCount: z.number().int(),
    monthlyGmv: Money.nullable(),
    pulledAt: IsoTimestamp,
    closedAt: IsoTimestamp.nullable(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
    teamId: z.string().nullable().describe("the pulling agent's team at the time of the pull (the bad-andon rate is its manager's)"),
    managerRef: z.string().nullable().describe("that team's manager at the time of the pull"),
    ruleMetAt: IsoTimestamp.nullable().describe('when the rule was met (the qualifying complaint), if it was'),
    containedAt: IsoTimestamp.nullable(),
    rootCausedAt: IsoTimestamp.nullable(),
    rectification: Rectification.nullable(),
    acceptedAt: IsoTimestamp.nullable(),
    closedBy: z.string().nullable(),
    closeReason: z.string().nullable(),
    review: Review.nullable(),
    rootCause: z.object({ category: z.enum(rootCauseCategories), statement: z.string() }).nullable(),
    recurrenceOf: z.string().nullable().describe('the relisted andon whose problem came back during probation'),
    probationUntil: IsoTimestamp.nullable().describe('after a relist: until then one matching complaint re-pulls at once'),
  })
  .meta({ id: 'Andon' });
export type Andon = z.infer<typeof Andon>;

const EscalationLevel = z.enum(escalationLevels).nullable().describe("the highest rung of the escalation ladder its work orders or its lamp have reached (null: never escalated)");

/** An andon as listed: with how far it has been escalated (the lamp board shows it). */
export const AndonListItem = Andon.extend({ escalationLevel: EscalationLevel }).meta({ id: 'AndonListItem' });

export const AndonDetail = Andon.extend({
  escalationLevel: EscalationLevel,
  target: Target,
  complaints: z.array(ComplaintEvidence),
  workOrders: z.array(WorkOrder),
  reward: Reward.nullable(),
  missingForRelist: z.array(z.enum(missingItems)).describe('what is still missing before the target may be relisted (empty when closed or ready)'),
}).meta({ id: 'AndonDetail' });

const required = (max: number) => text(max).pipe(z.string().min(1));

export const RectificationBody = z.object({
  recordedBy: actorRef('who made (or answers for) the fix: the verifier must be someone else'),
  summary: required(5000),
  evidence: required(5000),
  criteria: z.array(required(1000)).min(1).max(50).describe('what the verifier will check'),
});
export type RectificationInput = Acting<z.infer<typeof RectificationBody>, 'recordedBy'>;

export const RelistBody = z.object({ relistedBy: actorRef('who relists'), note: text(2000).optional() });
export const RetireBody = z.object({ retiredBy: actorRef('who retires the target'), reason: required(2000).describe('why the target is not coming back') });

export const ReviewBody = z
  .object({
    reviewedBy: actorRef('the manager (not the puller, not the rewarded agent)'),
    verdict: z.enum(reviewVerdicts),
    reasonCode: z.enum(invalidReasons).optional().describe('required for an invalid verdict'),
    note: text(2000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.verdict === 'invalid' && !b.reasonCode) {
      ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: 'give a reason code for an invalid pull', params: { i18n: 'reason_code_required' } });
    }
  });
export type ReviewInput = Acting<z.infer<typeof ReviewBody>, 'reviewedBy'>;
export type AndonDetail = z.infer<typeof AndonDetail>;

export const PullBody = z
  .object({
    complaintId: Id.optional().describe('pull on the target and problem of this complaint'),
    targetId: Id.optional(),
    targetRef: Ref.optional(),
    issueCode: IssueCodeKey.optional(),
    pulledBy: actorRef('who pulls the cord (the agent)'),
    reason: text(2000).optional().describe('required below the threshold: anyone may stop the line, with a written reason'),
  })
  .superRefine((b, ctx) => {
    if (!b.complaintId && !b.targetId && !b.targetRef) {
      ctx.addIssue({ code: 'custom', path: ['targetRef'], message: 'give targetId, targetRef or complaintId', params: { i18n: 'target_required' } });
    }
    if (!b.complaintId && !b.issueCode) {
      ctx.addIssue({ code: 'custom', path: ['issueCode'], message: 'give issueCode (or complaintId)', params: { i18n: 'issue_code_required' } });
    }
  });
export type PullInput = Acting<z.infer<typeof PullBody>, 'pulledBy'>;

export const ListAndonsQuery = z.object({
  ...PageQuery,
  state: z.enum(andonStates).optional(),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  targetId: Id.optional(),
  issueCode: IssueCodeKey.optional(),
});
export type ListAndonsFilter = z.infer<typeof ListAndonsQuery>;

export const RepeatQuery = z.object({ issueCode: IssueCodeKey });
