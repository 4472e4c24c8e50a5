import { z } from 'zod';
import { findingCodes, findingSeverities } from '#domain/flywheel/checks.ts';
import { caseOutcomes, liveMetrics, movements } from '#domain/flywheel/model.ts';
import { replayPredictions, replayVerdicts } from '#domain/flywheel/replay.ts';
import {
  factorDefinitionSchema,
  flywheelCaseSchema,
  flywheelSchema,
  localTextSchema,
  simulationOptionsSchema,
} from '#domain/flywheel/schema.ts';
import { flywheelTemplates } from '#domain/flywheel/templates.ts';
import { targetKinds } from '#domain/targets.ts';
import { IsoTimestamp, text } from '../../http/common.ts';

const templateKeys = Object.keys(flywheelTemplates) as [keyof typeof flywheelTemplates, ...(keyof typeof flywheelTemplates)[]];

export const FlywheelParams = z.object({ id: z.string().min(1).max(100) });
export const CaseParams = FlywheelParams.extend({ caseId: z.string().min(1).max(64) });
export const ShareParams = z.object({ token: z.string().min(10).max(100) });

export const CreateFlywheelBody = z
  .object({
    template: z.enum(templateKeys).optional().describe("amazon: the seed's flywheel; blank: start empty"),
    name: localTextSchema.optional(),
    document: z.unknown().optional().describe('an exported JSON document to import instead of a template'),
  })
  .refine((b) => !(b.template && b.document !== undefined), { message: 'give a template or a document, not both', path: ['document'] });

export const SaveVersionBody = z.object({ note: text(500).default('') });
export const FactorsBody = z.object({ factors: z.array(factorDefinitionSchema).max(500) });
export const SimulateBody = z.object({
  // The options schema fills every slider's default, so an empty object is a full set.
  options: simulationOptionsSchema.default({ horizon: 36, dt: 0.05, sampleInterval: 0.5, push: {} }),
  version: z.number().int().min(1).optional(),
});
export const LiveQuery = z.object({ days: z.coerce.number().int().min(2).max(365).default(30) });

const Counts = z.object({ up: z.number().int(), down: z.number().int(), absent: z.number().int(), cases: z.number().int() });

const Loop = z.object({
  componentIds: z.array(z.string()),
  links: z.array(z.object({ from: z.string(), to: z.string(), polarity: z.enum(['+', '-']) })),
  negativeLinks: z.number().int(),
  polarity: z.enum(['reinforcing', 'balancing']),
});

export const FlywheelSummary = z
  .object({ id: z.string(), name: localTextSchema, components: z.number().int(), latestVersion: z.number().int(), updatedAt: IsoTimestamp })
  .meta({ id: 'FlywheelSummary' });

export const Studio = z
  .object({
    id: z.string(),
    flywheel: flywheelSchema,
    factors: z.array(factorDefinitionSchema),
    versions: z.array(z.object({ version: z.number().int(), note: z.string(), createdAt: IsoTimestamp })),
    cases: z.array(flywheelCaseSchema),
    shareToken: z.string().nullable().optional(),
    updatedAt: IsoTimestamp,
    discovery: z.array(
      z.object({
        factor: z.string(),
        score: z.number().describe('separation score (区分度), Laplace-smoothed, in (−2, 2)'),
        direction: z.enum(['positive', 'negative', 'none']),
        success: Counts,
        failure: Counts,
        supportCaseIds: z.array(z.string()),
      }),
    ),
    support: z.object({
      components: z.array(
        z.object({ componentId: z.string(), score: z.number(), success: Counts, failure: Counts, agreeingCaseIds: z.array(z.string()), contradictingCaseIds: z.array(z.string()) }),
      ),
      links: z.array(z.object({ from: z.string(), to: z.string(), supportingCaseIds: z.array(z.string()), contradictingCaseIds: z.array(z.string()) })),
    }),
    check: z.object({
      closed: z.boolean(),
      polarity: z.enum(['reinforcing', 'balancing']).nullable(),
      mainLoop: Loop.nullable(),
      loops: z.array(Loop),
      findings: z.array(z.object({ code: z.enum(findingCodes), severity: z.enum(findingSeverities), params: z.record(z.string(), z.unknown()), message: z.string() })),
    }),
    replay: z.object({
      columns: z.array(
        z.object({ key: z.string(), passed: z.number().int(), failed: z.number().int(), unclear: z.number().int(), agreementRate: z.number().nullable(), disagreements: z.array(z.string()) }),
      ),
      rows: z.array(
        z.object({
          caseId: z.string(),
          outcome: z.enum(caseOutcomes),
          cells: z.array(z.object({ key: z.string(), prediction: z.enum(replayPredictions), verdict: z.enum(replayVerdicts), score: z.number() })),
        }),
      ),
    }),
  })
  .meta({ id: 'FlywheelStudio' });

export const SimulationResult = z
  .object({
    times: z.array(z.number()),
    series: z.record(z.string(), z.array(z.number())),
    growth: z.array(z.number()),
    growthRate: z.array(z.number()),
    loops: z.array(Loop.extend({ gain: z.number() })),
    mainLoop: Loop.extend({ gain: z.number() }).nullable(),
    tipping: z.object({ gain: z.number(), tipped: z.boolean(), strengthFactor: z.number().nullable() }).nullable(),
    accelerationStart: z.number().nullable(),
  })
  .meta({ id: 'FlywheelSimulation' });

export const LiveBinding = z.object({
  componentId: z.string(),
  metric: z.enum(liveMetrics),
  targetKind: z.enum(targetKinds).nullable(),
  invert: z.boolean(),
  days: z.array(z.string()),
  values: z.array(z.number()),
  trend: z.object({ direction: z.enum(movements), slope: z.number(), relativeChange: z.number() }),
});
