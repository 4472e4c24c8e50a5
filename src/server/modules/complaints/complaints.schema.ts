import { z } from 'zod';
import { channels, compensationKinds } from '#domain/targets.ts';
import { Id, IsoTimestamp, Money, PageQuery, Ref, text } from '../../http/common.ts';
import { ProblemSchema } from '../../http/problem.ts';
import { Andon, RepeatEvidence } from '../andons/andons.schema.ts';
import { IssueCodeKey } from '../issue-codes/issue-codes.schema.ts';

export const Compensation = z
  .object({ kind: z.enum(compensationKinds), amount: Money.nullish() })
  .meta({ id: 'Compensation' });

export const Complaint = z
  .object({
    id: z.string(),
    externalId: z.string().nullable().describe("the caller's id (helpdesk ticket id): resubmitting it returns this complaint"),
    targetId: z.string(),
    customerRef: z.string(),
    issueCode: z.string(),
    text: z.string().describe("the customer's own words"),
    orderRef: z.string().nullable(),
    lotRef: z.string().nullable().describe('batch or lot, if known'),
    channel: z.enum(channels).nullable(),
    compensation: Compensation.nullable(),
    recordedBy: z.string().nullable().describe('the agent who recorded it'),
    occurredAt: IsoTimestamp,
    createdAt: IsoTimestamp,
    andonId: z.string().nullable(),
    andonRole: z.enum(['trigger', 'attached']).nullable(),
  })
  .meta({ id: 'Complaint' });
export type Complaint = z.infer<typeof Complaint>;

export const CreateComplaintBody = z
  .object({
    externalId: Ref.optional().describe('idempotency key: e.g. the helpdesk ticket id'),
    targetId: Id.optional(),
    targetRef: Ref.optional().describe("the target's ref (SKU, shop id); or give targetId"),
    customerRef: Ref.describe("the customer's id in your systems"),
    issueCode: IssueCodeKey,
    text: text(10_000).default('').describe("what the customer said, in their words"),
    orderRef: Ref.nullish(),
    lotRef: Ref.nullish(),
    channel: z.enum(channels).nullish(),
    compensation: Compensation.nullish(),
    recordedBy: Ref.nullish().describe('the agent recording it: defaults to the signed-in person, who may not name anyone else (403); an API token (a helpdesk) names the agent it records for'),
    occurredAt: IsoTimestamp.optional().describe('when the customer complained; now when absent'),
  })
  .superRefine((b, ctx) => {
    if (!b.targetId && !b.targetRef) {
      ctx.addIssue({ code: 'custom', path: ['targetRef'], message: 'give targetRef or targetId', params: { i18n: 'target_required' } });
    }
    if (b.occurredAt && Date.parse(b.occurredAt) > Date.now() + 5 * 60_000) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'cannot be in the future', params: { i18n: 'occurred_in_future' } });
    }
  });
export type CreateComplaintInput = z.infer<typeof CreateComplaintBody>;

export const complaintActions = ['recorded', 'suggest_pull', 'auto_pulled', 'recurrence_pulled', 'attached', 'replayed'] as const;

export const ComplaintResult = z
  .object({
    complaint: Complaint,
    replayed: z.boolean().describe('true when this external id was already recorded: the original is returned'),
    action: z
      .enum(complaintActions)
      .describe(
        'recorded: no repeat yet; suggest_pull: the rule is met, pull the cord; auto_pulled: the system pulled it; recurrence_pulled: the problem came back during probation after a relist and was re-pulled at once; attached: joined the open andon; replayed: an earlier submission',
      ),
    repeat: RepeatEvidence,
    andon: Andon.nullable(),
    targetStatus: z.enum(['on_sale', 'suppressed', 'retired']),
  })
  .meta({ id: 'ComplaintResult' });
export type ComplaintResult = z.infer<typeof ComplaintResult>;

export const BatchBody = z.object({
  complaints: z.array(CreateComplaintBody).min(1).describe('up to ANDON_BATCH_MAX (default 5000) complaints'),
});

export const BatchItemResult = z.object({
  index: z.number().int(),
  status: z.number().int().describe('201 recorded, 200 replayed, or the problem status'),
  result: ComplaintResult.optional(),
  problem: ProblemSchema.optional(),
});

export const BatchResult = z
  .object({
    created: z.number().int(),
    replayed: z.number().int(),
    failed: z.number().int(),
    results: z.array(BatchItemResult),
  })
  .meta({ id: 'ComplaintBatchResult' });

export const ListComplaintsQuery = z.object({
  ...PageQuery,
  targetId: Id.optional(),
  issueCode: IssueCodeKey.optional(),
  customerRef: Ref.optional(),
  andonId: Id.optional(),
  externalId: Ref.optional(),
  since: IsoTimestamp.optional().describe('occurred at or after'),
});
export type ListComplaintsFilter = z.infer<typeof ListComplaintsQuery>;
