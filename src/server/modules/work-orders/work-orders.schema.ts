import { z } from 'zod';
import { workOrderTypes } from '#domain/andon.ts';
import { actionKinds, rootCauseCategories } from '#domain/five-whys.ts';
import { type Acting, actorRef, Id, IsoTimestamp, PageQuery, Ref, text } from '../../http/common.ts';

export const workOrderStatuses = ['open', 'acknowledged', 'done', 'cancelled'] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

export const inspectionScopes = ['batch', 'units'] as const;
/** return_batch: 整批退货; rework_repack: 单件处理，封箱打包; scrap; release: the stock proved clean. */
export const dispositions = ['return_batch', 'rework_repack', 'scrap', 'release'] as const;

const evidence = text(5000).pipe(z.string().min(1));
const required = (max: number) => text(max).pipe(z.string().min(1));

/** Supplier inspection (containment): prove the stock is clean or send it back. */
export const InspectionBody = z
  .object({
    recordedBy: actorRef('who inspected'),
    inspectedQuantity: z.number().int().min(0).max(1_000_000_000),
    defectiveQuantity: z.number().int().min(0).max(1_000_000_000),
    returnedQuantity: z.number().int().min(0).max(1_000_000_000).default(0),
    lots: z.array(Ref).max(100).default([]).describe('lot or batch ids inspected'),
    scope: z.enum(inspectionScopes).describe('batch: the defect is batch-wide; units: single units are bad'),
    disposition: z.enum(dispositions),
    evidence: evidence.describe('what was checked and how (photos, counts, the supplier’s report)'),
  })
  .superRefine((b, ctx) => {
    const issue = (path: string, i18n: string) => ctx.addIssue({ code: 'custom', path: [path], message: i18n.replaceAll('_', ' '), params: { i18n } });
    if (b.defectiveQuantity > b.inspectedQuantity) issue('defectiveQuantity', 'defective_exceeds_inspected');
    if (b.disposition === 'release' && b.defectiveQuantity > 0) issue('disposition', 'release_with_defects');
    if (b.scope === 'batch' && b.disposition === 'rework_repack') issue('disposition', 'disposition_mismatch');
    if (b.scope === 'units' && b.disposition === 'return_batch') issue('disposition', 'disposition_mismatch');
  });
export type InspectionInput = Acting<z.infer<typeof InspectionBody>, 'recordedBy'>;

export const Why = z.object({ why: required(1000), because: required(1000), evidence: text(2000) }).meta({ id: 'Why' });
export const RootCauseAction = z
  .object({ kind: z.enum(actionKinds), description: required(2000), owner: Ref.describe('one owner'), dueAt: IsoTimestamp })
  .meta({ id: 'RootCauseAction' });

/** The five whys: an ordered chain down to a process-level cause, with actions. */
export const RootCauseBody = z.object({
  recordedBy: actorRef('who led the five whys'),
  whys: z.array(Why).min(1).max(20).describe('in order: each why with its because and evidence (at least the configured minimum, 5 by default)'),
  statement: required(2000).describe('the root cause, at the process level (a bare "human error" is refused)'),
  category: z.enum(rootCauseCategories),
  processLevel: z.boolean().describe('the cause is in the process, not in a person'),
  actions: z.array(RootCauseAction).max(20).describe('at least one corrective and one preventive action'),
});
export type RootCauseInput = Acting<z.infer<typeof RootCauseBody>, 'recordedBy'>;

export const CompleteBody = z.object({ completedBy: actorRef('who did it'), note: text(5000).optional(), evidence: text(5000).optional() });
export type CompleteInput = Acting<z.infer<typeof CompleteBody>, 'completedBy'>;

export const CriterionResult = z.object({ criterion: required(1000), met: z.boolean(), note: text(2000).optional() }).meta({ id: 'CriterionResult' });

/** Acceptance by an independent verifier: pass or fail against the stated criteria, with evidence. */
export const AcceptanceBody = z
  .object({
    verifiedBy: actorRef('the verifier: not whoever recorded the rectification or completed a corrective action'),
    result: z.enum(['pass', 'fail']),
    criteria: z.array(CriterionResult).min(1).max(50),
    evidence,
  })
  .superRefine((b, ctx) => {
    b.criteria.forEach((c, i) => {
      if (b.result === 'pass' && !c.met) {
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'met'], message: 'a pass needs every criterion met', params: { i18n: 'criterion_not_met' } });
      }
    });
    if (b.result === 'fail' && b.criteria.every((c) => c.met)) {
      ctx.addIssue({ code: 'custom', path: ['result'], message: 'every criterion is met: record a pass', params: { i18n: 'fail_without_unmet_criterion' } });
    }
  });
export type AcceptanceInput = Acting<z.infer<typeof AcceptanceBody>, 'verifiedBy'>;

export const AssignBody = z
  .object({
    assignee: Ref.nullish().describe('a person'),
    ownerTeamId: Id.nullish().describe('a team'),
    organisationId: Id.nullish().describe('a supplier or partner organisation'),
    dueAt: IsoTimestamp.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'give at least one field to change' });
export type AssignInput = z.infer<typeof AssignBody>;

export const AcknowledgeBody = z.object({ by: actorRef('who acknowledges') });
export const CommentBody = z.object({ authorRef: actorRef('who writes'), body: required(10_000) });

export const WorkOrderComment = z
  .object({ id: z.string(), workOrderId: z.string(), authorRef: z.string(), body: z.string(), createdAt: IsoTimestamp })
  .meta({ id: 'WorkOrderComment' });
export type WorkOrderComment = z.infer<typeof WorkOrderComment>;

export const WorkOrder = z
  .object({
    id: z.string(),
    andonId: z.string(),
    type: z.enum(workOrderTypes),
    ownerTeamId: z.string().nullable(),
    organisationId: z.string().nullable(),
    assignee: z.string().nullable(),
    status: z.enum(workOrderStatuses),
    title: z.string(),
    instructions: z.string(),
    description: z.string().nullable().describe('for a corrective or preventive action: what to do'),
    parentId: z.string().nullable().describe('the root-cause work order a corrective action was spawned from'),
    dueAt: IsoTimestamp,
    overdue: z.boolean(),
    acknowledgedAt: IsoTimestamp.nullable(),
    acknowledgedBy: z.string().nullable(),
    completedAt: IsoTimestamp.nullable(),
    completedBy: z.string().nullable(),
    outcome: z.string().nullable().describe('inspection: the disposition; acceptance: pass or fail; action: done'),
    details: z.record(z.string(), z.unknown()).nullable().describe("the type's own record: inspection report, five whys, action, acceptance"),
    escalationLevel: z.string().nullable().describe('the highest rung this order has been escalated to'),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'WorkOrder' });
export type WorkOrder = z.infer<typeof WorkOrder>;

export const ListWorkOrdersQuery = z.object({
  ...PageQuery,
  andonId: Id.optional(),
  ownerTeamId: Id.optional(),
  organisationId: Id.optional(),
  assignee: Ref.optional(),
  type: z.enum(workOrderTypes).optional(),
  status: z.enum(workOrderStatuses).optional(),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  overdueAt: IsoTimestamp.optional().describe('only open orders due before this moment'),
});
export type ListWorkOrdersFilter = z.infer<typeof ListWorkOrdersQuery>;
