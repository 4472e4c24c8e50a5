import type { SimulationResult } from '#domain/flywheel/simulate.ts';

/** The fixed numerics of the studio's runs (the sliders set the rest). */
export const SIM_STEP = { dt: 0.05, sampleInterval: 0.5 } as const;

/** The same numbers, to the last bit? (The browser and the server run one domain module.) */
export function sameRun(
  a: Pick<SimulationResult, 'times' | 'growth' | 'series' | 'tipping'>,
  b: Pick<SimulationResult, 'times' | 'growth' | 'series' | 'tipping'>,
): boolean {
  return (
    JSON.stringify([a.times, a.growth, a.series, a.tipping?.gain ?? null]) ===
    JSON.stringify([b.times, b.growth, b.series, b.tipping?.gain ?? null])
  );
}
