import { z } from 'zod';
import type { FieldIssue } from '#domain/errors.ts';
import { targetKinds } from '#domain/targets.ts';
import {
  caseKinds,
  caseOutcomes,
  FLYWHEEL_FORMAT_VERSION,
  liveMetrics,
  movements,
  polarities,
  type FactorDefinition,
  type Flywheel,
  type FlywheelCase,
  type FlywheelDocument,
  type FlywheelVersion,
} from './model.ts';
import { MAX_STEPS, type SimulationOptions } from './simulate.ts';

/** The most components and links one flywheel may hold (six is the advice; this is the hard stop). */
export const FLYWHEEL_LIMITS = { components: 24, links: 120, cases: 500, factorsPerCase: 50 } as const;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'letters, digits, _ . : - (at most 64)');
const factorKey = z.string().trim().min(1).max(100);
const text = (max: number) => z.string().trim().max(max);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const localTextSchema = z
  .object({ en: text(200).optional(), 'zh-CN': text(200).optional() })
  .refine((t) => Boolean(t.en || t['zh-CN']), { message: 'give the text in at least one language' })
  .meta({ id: 'FlywheelLocalText' });

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

export const flywheelComponentSchema = z
  .object({
    id,
    label: localTextSchema,
    factorKeys: z.array(factorKey).max(20).default([]).describe('empty: the component id is the factor key'),
    decay: z.number().positive().max(100).default(0.5).describe('simulation: decay rate d per time unit'),
    capacity: z.number().positive().max(1e9).default(100).describe('simulation: saturation level K'),
    initial: z.number().finite().default(1).describe('simulation: level at time zero'),
    position: positionSchema.nullable().default(null),
  })
  .meta({ id: 'FlywheelComponent' });

export const causalLinkSchema = z
  .object({
    from: id,
    to: id,
    polarity: z.enum(polarities).describe('+: drives the target up; -: drives it down'),
    strength: z.number().positive().max(100).default(0.6).describe('simulation: gain λ per time unit'),
    delay: z.number().min(0).max(1000).nullable().default(null).describe('simulation: first-order delay'),
    note: localTextSchema.nullable().default(null),
  })
  .meta({ id: 'FlywheelLink' });

export const metricBindingSchema = z
  .object({
    componentId: id,
    metric: z.enum(liveMetrics),
    targetKind: z.enum(targetKinds).nullable().default(null),
    invert: z.boolean().default(false).describe('true: the metric going up moves the component down'),
  })
  .meta({ id: 'FlywheelMetricBinding' });

export const flywheelSchema = z
  .object({
    id,
    name: localTextSchema,
    centre: localTextSchema,
    components: z.array(flywheelComponentSchema).max(FLYWHEEL_LIMITS.components),
    links: z.array(causalLinkSchema).max(FLYWHEEL_LIMITS.links),
    bindings: z.array(metricBindingSchema).default([]),
  })
  .superRefine((f, ctx) => {
    const ids = new Set<string>();
    f.components.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['components', i, 'id'], message: `duplicate id ${c.id}` });
      ids.add(c.id);
    });
    const pairs = new Set<string>();
    f.links.forEach((l, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(l[end]))
          ctx.addIssue({ code: 'custom', path: ['links', i, end], message: `no component ${l[end]}` });
      }
      if (l.from === l.to)
        ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: 'a link joins two components' });
      if (pairs.has(`${l.from}>${l.to}`)) {
        ctx.addIssue({ code: 'custom', path: ['links', i], message: `a second link ${l.from} → ${l.to}` });
      }
      pairs.add(`${l.from}>${l.to}`);
    });
    const bound = new Set<string>();
    f.bindings.forEach((b, i) => {
      if (!ids.has(b.componentId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bindings', i, 'componentId'],
          message: `no component ${b.componentId}`,
        });
      }
      if (bound.has(b.componentId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bindings', i, 'componentId'],
          message: 'one metric per component',
        });
      }
      bound.add(b.componentId);
    });
  })
  .meta({ id: 'Flywheel' });

export const factorObservationSchema = z.object({
  factor: factorKey,
  movement: z.enum(movements),
  note: text(2000).default(''),
});

export const flywheelCaseSchema = z
  .object({
    id,
    kind: z.enum(caseKinds),
    title: text(200).pipe(z.string().min(1)),
    description: text(10_000).default(''),
    period: z.object({ start: partialDate, end: partialDate.nullable().default(null) }),
    outcome: z.enum(caseOutcomes),
    factors: z.array(factorObservationSchema).max(FLYWHEEL_LIMITS.factorsPerCase),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.factors.forEach((o, i) => {
      if (seen.has(o.factor))
        ctx.addIssue({ code: 'custom', path: ['factors', i, 'factor'], message: 'recorded twice' });
      seen.add(o.factor);
    });
    if (c.period.end !== null && c.period.end < c.period.start) {
      ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: 'ends before it starts' });
    }
  })
  .meta({ id: 'FlywheelCase' });

export const factorDefinitionSchema = z.object({ key: factorKey, label: localTextSchema });

export const flywheelVersionSchema = z
  .object({
    version: z.number().int().min(1),
    note: text(2000).default(''),
    createdAt: z.iso.datetime({ offset: true }),
    flywheel: flywheelSchema,
  })
  .meta({ id: 'FlywheelVersion' });

export const flywheelDocumentSchema = z
  .object({
    format: z.literal('andon.flywheel'),
    formatVersion: z.literal(FLYWHEEL_FORMAT_VERSION),
    flywheel: flywheelSchema,
    versions: z.array(flywheelVersionSchema).default([]),
    cases: z.array(flywheelCaseSchema).max(FLYWHEEL_LIMITS.cases).default([]),
    factors: z.array(factorDefinitionSchema).default([]),
  })
  .meta({ id: 'FlywheelDocument' });

export const simulationOptionsSchema = z
  .object({
    horizon: z.number().positive().max(10_000).default(36),
    dt: z.number().min(0.001).max(10).default(0.05),
    sampleInterval: z.number().positive().max(1000).default(0.5),
    push: z.record(id, z.number().finite()).default({}),
  })
  .refine((o) => o.horizon / o.dt <= MAX_STEPS, {
    message: `horizon ÷ dt must be at most ${MAX_STEPS}`,
    path: ['dt'],
  })
  .meta({ id: 'FlywheelSimulationOptions' });

// Compile-time: each schema's output is exactly the model's type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.output<typeof flywheelSchema>, Flywheel>;
true satisfies Same<z.output<typeof flywheelCaseSchema>, FlywheelCase>;
true satisfies Same<z.output<typeof flywheelVersionSchema>, FlywheelVersion>;
true satisfies Same<z.output<typeof factorDefinitionSchema>, FactorDefinition>;
true satisfies Same<z.output<typeof flywheelDocumentSchema>, FlywheelDocument>;
true satisfies Same<z.output<typeof simulationOptionsSchema>, SimulationOptions>;

/** The outcome of reading an exported JSON document. */
export type DocumentParse = { ok: true; document: FlywheelDocument } | { ok: false; issues: FieldIssue[] };

/** Reads an imported document (already JSON-parsed), refusing a newer format version than this code knows. */
export function parseFlywheelDocument(input: unknown): DocumentParse {
  if (typeof input === 'object' && input !== null && 'formatVersion' in input) {
    const version = (input as { formatVersion: unknown }).formatVersion;
    if (typeof version === 'number' && version > FLYWHEEL_FORMAT_VERSION) {
      return {
        ok: false,
        issues: [
          {
            path: ['formatVersion'],
            code: 'format_version_unsupported',
            params: { version, supported: FLYWHEEL_FORMAT_VERSION },
          },
        ],
      };
    }
  }
  const result = flywheelDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      code: issue.code,
      message: issue.message,
    })),
  };
}

/** The export document of a flywheel, its versions and cases, as pretty JSON. */
export function exportFlywheelDocument(parts: Omit<FlywheelDocument, 'format' | 'formatVersion'>): string {
  const document: FlywheelDocument = {
    format: 'andon.flywheel',
    formatVersion: FLYWHEEL_FORMAT_VERSION,
    ...parts,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
