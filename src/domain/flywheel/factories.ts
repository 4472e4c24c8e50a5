import type { CaseOutcome, Flywheel, FlywheelCase, FlywheelComponent, Movement, Polarity } from './model.ts';

/** A link as a tuple: [from, to, polarity = '+', strength = 1, delay = null]. */
export type LinkTuple = [string, string, Polarity?, number?, (number | null)?];

/** Test and demo data: a flywheel from component ids and link tuples, with uniform parameters. */
export function buildFlywheel(
  componentIds: readonly string[],
  links: readonly LinkTuple[],
  params: Partial<Pick<FlywheelComponent, 'decay' | 'capacity' | 'initial'>> = {},
): Flywheel {
  return {
    id: 'test',
    name: { en: 'Test flywheel' },
    centre: { en: 'Business growth', 'zh-CN': '业务增长' },
    components: componentIds.map((id) => ({
      id,
      label: { en: id },
      factorKeys: [],
      decay: params.decay ?? 1,
      capacity: params.capacity ?? 1000,
      initial: params.initial ?? 1,
      position: null,
    })),
    links: links.map(([from, to, polarity = '+', strength = 1, delay = null]) => ({
      from,
      to,
      polarity,
      strength,
      delay,
      note: null,
    })),
    bindings: [],
  };
}

/** Test and demo data: a case from its outcome and factor movements. */
export function buildCase(id: string, outcome: CaseOutcome, factors: Record<string, Movement>): FlywheelCase {
  return {
    id,
    kind: 'product',
    title: id,
    description: '',
    period: { start: '2024', end: null },
    outcome,
    factors: Object.entries(factors).map(([factor, movement]) => ({ factor, movement, note: '' })),
  };
}
