import { z } from 'zod';
import { ruleModes } from '#domain/rules.ts';
import { targetKinds } from '#domain/targets.ts';
import { IsoTimestamp, Money, PageQuery, text } from '../../http/common.ts';
import { IssueCodeKey } from '../issue-codes/issue-codes.schema.ts';

export const Rule = z
  .object({
    id: z.string(),
    name: z.string(),
    targetKind: z.enum(targetKinds).nullable().describe('null: any kind'),
    issueCode: z.string().nullable().describe('null: any issue code'),
    threshold: z.number().int().describe('distinct customers needed'),
    windowDays: z.number().int(),
    mode: z.enum(ruleModes).describe('suggest: the agent decides; auto: the system pulls'),
    reward: Money,
    inspectionDueHours: z.number().int(),
    rootCauseDueHours: z.number().int(),
    active: z.boolean(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Rule' });
export type RuleRecord = z.infer<typeof Rule>;

const fields = {
  name: text(200).pipe(z.string().min(1)),
  threshold: z.number().int().min(1).max(1000),
  windowDays: z.number().int().min(1).max(3650),
  mode: z.enum(ruleModes),
  reward: Money,
  inspectionDueHours: z.number().int().min(1).max(8760),
  rootCauseDueHours: z.number().int().min(1).max(8760),
  active: z.boolean(),
};

export const CreateRuleBody = z.object({
  name: fields.name,
  targetKind: z.enum(targetKinds).nullable().default(null),
  issueCode: IssueCodeKey.nullable().default(null),
  threshold: fields.threshold.default(2),
  windowDays: fields.windowDays.default(30),
  mode: fields.mode.default('suggest'),
  reward: fields.reward.optional(),
  inspectionDueHours: fields.inspectionDueHours.default(24),
  rootCauseDueHours: fields.rootCauseDueHours.default(72),
  active: fields.active.default(true),
});
export type CreateRuleInput = z.infer<typeof CreateRuleBody>;

export const UpdateRuleBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type UpdateRuleInput = z.infer<typeof UpdateRuleBody>;

export const ListRulesQuery = z.object({ ...PageQuery });
