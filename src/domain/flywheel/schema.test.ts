import { describe, expect, it } from 'vitest';
import { buildCase, buildFlywheel } from './factories.ts';
import { FLYWHEEL_FORMAT_VERSION } from './model.ts';
import {
  causalLinkSchema,
  exportFlywheelDocument,
  flywheelCaseSchema,
  flywheelComponentSchema,
  flywheelSchema,
  parseFlywheelDocument,
  simulationOptionsSchema,
} from './schema.ts';
import { amazonFlywheel } from './templates.ts';

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('flywheel schemas', () => {
  it('fill in the simulation defaults of a new component and link', () => {
    expect(flywheelComponentSchema.parse({ id: 'traffic', label: { 'zh-CN': '流量' } })).toEqual({
      id: 'traffic',
      label: { 'zh-CN': '流量' },
      factorKeys: [],
      decay: 0.5,
      capacity: 100,
      initial: 1,
      position: null,
    });
    expect(causalLinkSchema.parse({ from: 'a', to: 'b', polarity: '-' })).toEqual({
      from: 'a',
      to: 'b',
      polarity: '-',
      strength: 0.6,
      delay: null,
      note: null,
    });
  });
  it('want a label in at least one language and a known polarity', () => {
    expect(flywheelComponentSchema.safeParse({ id: 'a', label: {} }).success).toBe(false);
    expect(flywheelComponentSchema.safeParse({ id: 'a', label: { en: '  ' } }).success).toBe(false);
    expect(causalLinkSchema.safeParse({ from: 'a', to: 'b', polarity: '−' }).success).toBe(false);
  });
  it('refuse links to unknown components, self-links, doubled links and doubled ids', () => {
    const wheel = buildFlywheel(
      ['a', 'b', 'a'],
      [
        ['a', 'b'],
        ['a', 'b'],
        ['b', 'b'],
        ['b', 'zz'],
      ],
    );
    expect(issuesOf(flywheelSchema.safeParse(wheel))).toEqual([
      ['components.2.id', 'duplicate id a'],
      ['links.1', 'a second link a → b'],
      ['links.2.to', 'a link joins two components'],
      ['links.3.to', 'no component zz'],
    ]);
  });
  it('refuse a binding to an unknown component, or two on one component', () => {
    const wheel = {
      ...buildFlywheel(['a'], []),
      bindings: [
        { componentId: 'a', metric: 'relist_rate' },
        { componentId: 'a', metric: 'bad_andon_rate' },
        { componentId: 'b', metric: 'gmv_paused' },
      ],
    };
    expect(issuesOf(flywheelSchema.safeParse(wheel)).map(([path]) => path)).toEqual([
      'bindings.1.componentId',
      'bindings.2.componentId',
    ]);
  });
  it('refuse a case that records a factor twice or ends before it starts', () => {
    const c = { ...buildCase('c1', 'success', { a: 'up' }), period: { start: '2024-05', end: '2023' } };
    c.factors.push({ factor: 'a', movement: 'down', note: '' });
    expect(issuesOf(flywheelCaseSchema.safeParse(c))).toEqual([
      ['factors.1.factor', 'recorded twice'],
      ['period.end', 'ends before it starts'],
    ]);
  });
  it('bound the simulation’s step count', () => {
    expect(simulationOptionsSchema.parse({})).toEqual({
      horizon: 36,
      dt: 0.05,
      sampleInterval: 0.5,
      push: {},
    });
    expect(simulationOptionsSchema.safeParse({ horizon: 10_000, dt: 0.001 }).success).toBe(false);
  });
});

describe('the JSON document', () => {
  const parts = {
    flywheel: amazonFlywheel(),
    versions: [
      { version: 1, note: 'first draw', createdAt: '2026-01-05T08:00:00.000Z', flywheel: amazonFlywheel() },
    ],
    cases: [buildCase('prime', 'success', { customer_experience: 'up' })],
    factors: [{ key: 'customer_experience', label: { en: 'Customer experience', 'zh-CN': '用户体验' } }],
  };
  it('round-trips through export and import, carrying its format version', () => {
    const json = exportFlywheelDocument(parts);
    const parsed = JSON.parse(json) as { format: string; formatVersion: number };
    expect([parsed.format, parsed.formatVersion]).toEqual(['andon.flywheel', FLYWHEEL_FORMAT_VERSION]);
    expect(parseFlywheelDocument(parsed)).toEqual({
      ok: true,
      document: { format: 'andon.flywheel', formatVersion: FLYWHEEL_FORMAT_VERSION, ...parts },
    });
  });
  it('refuses a newer format version with a stable code', () => {
    const parsed = {
      ...(JSON.parse(exportFlywheelDocument(parts)) as object),
      formatVersion: FLYWHEEL_FORMAT_VERSION + 1,
    };
    expect(parseFlywheelDocument(parsed)).toEqual({
      ok: false,
      issues: [
        {
          path: ['formatVersion'],
          code: 'format_version_unsupported',
          params: { version: FLYWHEEL_FORMAT_VERSION + 1, supported: FLYWHEEL_FORMAT_VERSION },
        },
      ],
    });
  });
  it('reports where an invalid document is wrong', () => {
    const result = parseFlywheelDocument({
      format: 'andon.flywheel',
      formatVersion: 1,
      flywheel: { id: 'x' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join('.'))).toContain('flywheel.components');
  });
});
