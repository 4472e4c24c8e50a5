import { z } from 'zod';
import { andonStates, pullTriggers } from '#domain/andon.ts';
import { ruleModes } from '#domain/rules.ts';
import { Id, IsoTimestamp, Money, PageQuery, Ref, text } from '../../http/common.ts';
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
    distinctCustomers: z.number().int().describe('different customers, same target, same problem, in the window'),
    threshold: z.number().int(),
    windowDays: z.number().int(),
    windowStart: IsoTimestamp,
    met: z.boolean().describe('the rule is met: the cord should be pulled'),
    mode: z.enum(ruleModes),
    counts: z.boolean().describe('false when the issue code never counts (customer choice)'),
    safetyCritical: z.boolean(),
    ruleId: z.string(),
    complaints: z.array(ComplaintEvidence).describe('newest first, at most 50'),
  })
  .meta({ id: 'RepeatEvidence' });
export type RepeatEvidence = z.infer<typeof RepeatEvidence>;

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
  })
  .meta({ id: 'Andon' });
export type Andon = z.infer<typeof Andon>;

export const AndonDetail = Andon.extend({
  target: Target,
  complaints: z.array(ComplaintEvidence),
  workOrders: z.array(WorkOrder),
  reward: Reward.nullable(),
}).meta({ id: 'AndonDetail' });
export type AndonDetail = z.infer<typeof AndonDetail>;

export const PullBody = z
  .object({
    complaintId: Id.optional().describe('pull on the target and problem of this complaint'),
    targetId: Id.optional(),
    targetRef: Ref.optional(),
    issueCode: IssueCodeKey.optional(),
    pulledBy: Ref.describe('who pulls the cord (the agent)'),
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
export type PullInput = z.infer<typeof PullBody>;

export const ListAndonsQuery = z.object({
  ...PageQuery,
  state: z.enum(andonStates).optional(),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  targetId: Id.optional(),
  issueCode: IssueCodeKey.optional(),
});
export type ListAndonsFilter = z.infer<typeof ListAndonsQuery>;

export const RepeatQuery = z.object({ issueCode: IssueCodeKey });
