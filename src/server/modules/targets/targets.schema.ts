import { z } from 'zod';
import { targetKinds, targetStatuses } from '#domain/targets.ts';
import { Id, IsoTimestamp, Money, PageQuery, Ref, text } from '../../http/common.ts';

export const Target = z
  .object({
    id: z.string(),
    ref: z.string().describe("the caller's own id (SKU, shop id …), used by the status look-up"),
    kind: z.enum(targetKinds),
    name: z.string(),
    organisationId: z.string().nullable().describe('the supplier or partner behind it'),
    supplierTeamId: z.string().nullable().describe('supplier-management owner; the default team when null'),
    qualityTeamId: z.string().nullable().describe('quality owner; the default team when null'),
    monthlyGmv: Money.nullable().describe('sales per month, to show what a stop costs'),
    status: z.enum(targetStatuses),
    onSale: z.boolean(),
    statusReason: z.string().nullable(),
    statusAndonId: z.string().nullable(),
    statusChangedAt: IsoTimestamp.nullable(),
    attributes: z.record(z.string(), z.unknown()),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

const Attributes = z
  .record(z.string().max(100), z.unknown())
  .refine((a) => Object.keys(a).length <= 100, { message: 'at most 100 attributes' })
  .refine((a) => JSON.stringify(a).length <= 16_384, { message: 'at most 16 KiB of attributes' });

export const CreateTargetBody = z.object({
  ref: Ref,
  kind: z.enum(targetKinds),
  name: text(500).pipe(z.string().min(1)),
  organisationId: Id.nullish(),
  supplierTeamId: Id.nullish(),
  qualityTeamId: Id.nullish(),
  monthlyGmv: Money.nullish(),
  attributes: Attributes.optional(),
});
export type CreateTargetInput = z.infer<typeof CreateTargetBody>;

export const UpdateTargetBody = CreateTargetBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'give at least one field to change',
});
export type UpdateTargetInput = z.infer<typeof UpdateTargetBody>;

export const ListTargetsQuery = z.object({
  ...PageQuery,
  kind: z.enum(targetKinds).optional(),
  status: z.enum(targetStatuses).optional(),
  organisationId: Id.optional(),
  ref: Ref.optional().describe('exact ref'),
  q: z.string().trim().min(1).max(200).optional().describe('part of the name or ref (find as you type)'),
});
export type ListTargetsFilter = z.infer<typeof ListTargetsQuery>;
