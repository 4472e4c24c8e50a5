import { z } from 'zod';
import { rootCauseCategories } from '#domain/five-whys.ts';
import { IsoTimestamp, Money } from '../../http/common.ts';
import { organisationKinds } from '../organisations/organisations.schema.ts';

const nullableRate = z.number().nullable();
const nullableHours = z.number().nullable();

export const AndonSummary = z
  .object({
    pulls: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    unreviewed: z.number().int(),
    open: z.number().int().describe('lamps still lit'),
    relisted: z.number().int(),
    retired: z.number().int(),
    relistRate: nullableRate.describe('relisted ÷ pulls that were not invalid (the used-car platform: 18%)'),
    retireRate: nullableRate,
    recurrences: z.number().int().describe('re-pulls during probation after a relist'),
    recurrenceAfterRelistRate: nullableRate.describe('of the relisted andons, the share whose problem came back'),
    complaintsAfterPull: z.number().int().describe('complaints about the same target and problem after the pull (should be none)'),
    medianHoursToPull: nullableHours.describe('from the qualifying complaint (the rule met) to the pull'),
    medianHoursToContainment: nullableHours,
    medianHoursToRootCause: nullableHours,
    medianHoursToRelist: nullableHours.describe('from the pull to the relist, of the relisted andons'),
    lampOnHours: z.number(),
    medianLampOnHours: nullableHours,
    gmvPaused: z.array(Money).describe('monthly GMV × days off sale, per currency'),
  })
  .meta({ id: 'AndonSummary' });

const periodFields = {
  from: IsoTimestamp.optional().describe('pulled at or after (default: 90 days ago)'),
  to: IsoTimestamp.optional().describe('pulled before (default: now)'),
};
function checkPeriod(b: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (b.from && b.to && Date.parse(b.from) >= Date.parse(b.to)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from', params: { i18n: 'period_order' } });
  }
}
export const PeriodQuery = z.object(periodFields).superRefine(checkPeriod);
export type PeriodFilter = z.infer<typeof PeriodQuery>;

export const groupings = ['none', 'period', 'targetKind', 'organisation', 'team', 'issueCode'] as const;
export const AndonMetricsQuery = z
  .object({
    ...periodFields,
    groupBy: z.enum(groupings).default('none'),
    interval: z.enum(['month', 'week']).default('month').describe('for groupBy=period'),
  })
  .superRefine(checkPeriod);
export type AndonMetricsFilter = z.infer<typeof AndonMetricsQuery>;

const Period = { from: IsoTimestamp, to: IsoTimestamp };

export const AndonMetrics = z
  .object({
    ...Period,
    groupBy: z.enum(groupings),
    total: AndonSummary,
    groups: z.array(z.object({ key: z.string().nullable(), label: z.string().nullable(), summary: AndonSummary })),
  })
  .meta({ id: 'AndonMetrics' });

export const BadAndonRates = z
  .object({
    ...Period,
    items: z.array(
      z.object({
        managerRef: z.string().nullable().describe('charged to the manager of the pulling agent’s team, never to the agent'),
        teamId: z.string().nullable(),
        teamName: z.string().nullable(),
        pulls: z.number().int(),
        invalid: z.number().int(),
        rate: nullableRate,
      }),
    ),
  })
  .meta({ id: 'BadAndonRates' });

export const MissedAndonsQuery = z
  .object({ ...periodFields, hours: z.coerce.number().int().min(1).max(8760).optional().describe('default: the missedAndonHours setting') })
  .superRefine(checkPeriod);

export const MissedAndons = z
  .object({
    ...Period,
    hours: z.number().int(),
    items: z.array(
      z.object({
        teamId: z.string().nullable(),
        teamName: z.string().nullable(),
        ruleMet: z.number().int().describe('times the rule was met (suggest mode) on this team’s complaints'),
        pulledInTime: z.number().int(),
        missed: z.number().int().describe('the rule met and nobody pulled within the hours'),
      }),
    ),
  })
  .meta({ id: 'MissedAndons' });

export const RootCausePareto = z
  .object({
    ...Period,
    items: z.array(z.object({ category: z.enum(rootCauseCategories), count: z.number().int(), share: z.number(), cumulativeShare: z.number() })),
  })
  .meta({ id: 'RootCausePareto' });

export const ScorecardQuery = z.object({ ...periodFields, kind: z.enum(organisationKinds).optional() }).superRefine(checkPeriod);

export const Scorecards = z
  .object({
    ...Period,
    items: z.array(
      z.object({
        organisationId: z.string(),
        name: z.string(),
        kind: z.enum(organisationKinds),
        targetsPulled: z.number().int(),
        summary: AndonSummary,
        rootCauses: z.array(z.object({ category: z.enum(rootCauseCategories), count: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'Scorecards' });
