import { z } from 'zod';
import { IsoTimestamp, PageQuery, text } from '../../http/common.ts';

export const IssueCodeKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'lower-case letters, digits, _ . -; e.g. pages_not_cut');

export const IssueCode = z
  .object({
    code: IssueCodeKey,
    nameZh: z.string(),
    nameEn: z.string(),
    descriptionZh: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    counts: z.boolean().describe('false for customer-choice reasons: such complaints never trigger a pull'),
    safetyCritical: z.boolean().describe('one complaint is enough (threshold 1)'),
    active: z.boolean(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'IssueCode' });
export type IssueCode = z.infer<typeof IssueCode>;

export const CreateIssueCodeBody = z.object({
  code: IssueCodeKey,
  nameZh: text(200).pipe(z.string().min(1)),
  nameEn: text(200).pipe(z.string().min(1)),
  descriptionZh: text(2000).nullish(),
  descriptionEn: text(2000).nullish(),
  counts: z.boolean().default(true),
  safetyCritical: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type CreateIssueCodeInput = z.infer<typeof CreateIssueCodeBody>;

export const UpdateIssueCodeBody = z
  .object({
    nameZh: text(200).pipe(z.string().min(1)),
    nameEn: text(200).pipe(z.string().min(1)),
    descriptionZh: text(2000).nullable(),
    descriptionEn: text(2000).nullable(),
    counts: z.boolean(),
    safetyCritical: z.boolean(),
    active: z.boolean(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type UpdateIssueCodeInput = z.infer<typeof UpdateIssueCodeBody>;

export const IssueCodeParams = z.object({ code: IssueCodeKey });
export const ListIssueCodesQuery = z.object({
  ...PageQuery,
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
