import { describe, expect, it } from 'vitest';
import { buildFlywheel, type LinkTuple } from './factories.ts';
import { integrateRk4, loopGain, simulateFlywheel, tippingPoint } from './simulate.ts';
import { amazonFlywheel } from './templates.ts';

/** A ring a → b → c → a with per-link strengths and per-component decays (decay[i] of component i). */
function ring(
  strengths: number[],
  decays: number[],
  options: { capacity?: number; initial?: number; delay?: number } = {},
) {
  const ids = strengths.map((_, i) => `c${i}`);
  const links = ids.map((id, i): LinkTuple => [
    id,
    ids[(i + 1) % ids.length]!,
    '+',
    strengths[i],
    options.delay ?? null,
  ]);
  const wheel = buildFlywheel(ids, links, {
    capacity: options.capacity ?? 1e12,
    initial: options.initial ?? 1,
  });
  wheel.components.forEach((c, i) => (c.decay = decays[i]!));
  return wheel;
}

describe('integrateRk4', () => {
  it('solves y′ = a·y to within 1e-7 of e^(at), with fourth-order convergence', () => {
    const error = (dt: number) => {
      const { states } = integrateRk4((_t, y) => [-0.7 * y[0]!], [1], { t1: 3, dt });
      return Math.abs(states.at(-1)![0]! - Math.exp(-0.7 * 3));
    };
    expect(error(0.05)).toBeLessThan(1e-7);
    const ratio = error(0.1) / error(0.05);
    expect(ratio).toBeGreaterThan(14);
    expect(ratio).toBeLessThan(18);
  });
  it('solves the harmonic oscillator y″ = −y over a full period', () => {
    const { times, states } = integrateRk4((_t, [y, v]) => [v!, -y!], [1, 0], { t1: 2 * Math.PI, dt: 0.01 });
    expect(times.at(-1)).toBe(2 * Math.PI);
    expect(states.at(-1)![0]).toBeCloseTo(1, 8);
    expect(states.at(-1)![1]).toBeCloseTo(0, 8);
  });
  it('handles a time-dependent right-hand side: y′ = cos t gives sin t', () => {
    const { states } = integrateRk4((t) => [Math.cos(t)], [0], { t1: 1.3, dt: 0.01 });
    expect(states.at(-1)![0]).toBeCloseTo(Math.sin(1.3), 9);
  });
  it('samples every n-th step and always the last, landing on t1', () => {
    const { times } = integrateRk4(() => [0], [0], { t1: 1, dt: 0.3, sampleEvery: 2 });
    // ceil(1 / 0.3) = 4 steps of 0.25
    expect(times).toEqual([0, 0.5, 1]);
  });
  it('refuses a step or span that is not positive', () => {
    expect(() => integrateRk4(() => [0], [0], { t1: 1, dt: 0 })).toThrow(RangeError);
    expect(() => integrateRk4(() => [0], [0], { t1: 0, dt: 0.1 })).toThrow(RangeError);
  });
});

describe('loop gain and tipping point', () => {
  it('is the product of strength ÷ decay of each link’s target, signed', () => {
    const wheel = ring([2, 0.5, 1.5], [1, 0.8, 1.2]);
    const result = simulateFlywheel(wheel, { horizon: 1 });
    // c0→c1: 2/0.8, c1→c2: 0.5/1.2, c2→c0: 1.5/1
    expect(result.mainLoop!.gain).toBeCloseTo((2 / 0.8) * (0.5 / 1.2) * (1.5 / 1), 12);
    wheel.links[1]!.polarity = '-';
    expect(loopGain(wheel, { links: wheel.links })).toBeCloseTo(-(2 / 0.8) * (0.5 / 1.2) * 1.5, 12);
  });
  it('tips at G = 1, and says by how much to scale the loop’s links to get there', () => {
    expect(tippingPoint(1.2, 3).tipped).toBe(true);
    expect(tippingPoint(0.9, 3).tipped).toBe(false);
    const { strengthFactor } = tippingPoint(1.728, 3);
    expect(strengthFactor).toBeCloseTo(1 / 1.2, 12);
    expect(tippingPoint(-2, 3).strengthFactor).toBeNull();
  });
});

describe('simulateFlywheel: a single ring', () => {
  const sweep = [0.5, 0.8, 0.9, 1.1, 1.25, 2];
  const strengths = [2, 0.5, 1.5];
  const decays = [1, 0.8, 1.2];
  const baseGain = (2 / 0.8) * (0.5 / 1.2) * (1.5 / 1);

  it.each(sweep)('with G = %s grows exactly when G > 1', (gain) => {
    // Scale every link by the same factor so the ring's gain is exactly `gain`.
    const k = (gain / baseGain) ** (1 / 3);
    const wheel = ring(
      strengths.map((s) => s * k),
      decays,
    );
    const result = simulateFlywheel(wheel, { horizon: 400, dt: 0.05, sampleInterval: 10 });
    expect(result.mainLoop!.gain).toBeCloseTo(gain, 10);
    expect(result.tipping!.tipped).toBe(gain > 1);
    const [first, last] = [result.growth[0]!, result.growth.at(-1)!];
    if (gain > 1) expect(last).toBeGreaterThan(10 * first);
    else expect(last).toBeLessThan(first / 10);
  });

  it('follows e^((λ−d)t) exactly while far from saturation (uniform ring, uniform start)', () => {
    const result = simulateFlywheel(ring([1.3, 1.3, 1.3], [1, 1, 1]), {
      horizon: 5,
      dt: 0.01,
      sampleInterval: 1,
    });
    result.times.forEach((t, k) => expect(result.series['c0']![k]).toBeCloseTo(Math.exp(0.3 * t), 6));
  });

  it('holds still at G = 1 (a uniform ring tuned by its tipping factor)', () => {
    const wheel = ring([1.5, 1.5, 1.5], [1, 1, 1]);
    const { strengthFactor } = tippingPoint(loopGain(wheel, { links: wheel.links }), 3);
    wheel.links.forEach((l) => (l.strength *= strengthFactor!));
    const result = simulateFlywheel(wheel, { horizon: 50 });
    expect(result.growth.at(-1)).toBeCloseTo(3, 6);
  });

  it('saturates at the logistic equilibrium K(1 − d/λ) and never passes K', () => {
    const result = simulateFlywheel(ring([2, 2, 2], [1, 1, 1], { capacity: 10 }), { horizon: 60 });
    for (const level of result.series['c1']!) expect(level).toBeLessThanOrEqual(10);
    expect(result.series['c1']!.at(-1)).toBeCloseTo(5, 6);
  });

  it('levels off at p ÷ (d − λ) under a constant push when G < 1', () => {
    const result = simulateFlywheel(ring([0.5, 0.5, 0.5], [1, 1, 1], { initial: 0 }), {
      horizon: 80,
      push: { c0: 1, c1: 1, c2: 1 },
    });
    expect(result.series['c2']!.at(-1)).toBeCloseTo(2, 6);
    expect(result.accelerationStart).toBeNull();
  });

  it('keeps the G > 1 criterion when its links are delayed', () => {
    for (const [gain, grows] of [
      [1.3, true],
      [0.7, false],
    ] as const) {
      const k = gain ** (1 / 3);
      const result = simulateFlywheel(ring([k, k, k], [1, 1, 1], { delay: 2 }), {
        horizon: 400,
        sampleInterval: 10,
      });
      const ratio = result.growth.at(-1)! / result.growth[0]!;
      expect(ratio > 1).toBe(grows);
    }
  });

  it('speeds up from the start when G > 1, and never when every push fades', () => {
    expect(simulateFlywheel(ring([1.3, 1.3, 1.3], [1, 1, 1]), { horizon: 5 }).accelerationStart).toBe(0);
    expect(simulateFlywheel(ring([0.7, 0.7, 0.7], [1, 1, 1]), { horizon: 5 }).accelerationStart).toBeNull();
  });
});

describe('simulateFlywheel: balancing and determinism', () => {
  it('brings a balancing ring back to rest, within ±K', () => {
    const wheel = buildFlywheel(
      ['a', 'b'],
      [
        ['a', 'b', '+', 2],
        ['b', 'a', '-', 2],
      ],
      { decay: 0.5, capacity: 5 },
    );
    const result = simulateFlywheel(wheel, { horizon: 60 });
    expect(result.mainLoop!.polarity).toBe('balancing');
    for (const id of ['a', 'b']) {
      for (const level of result.series[id]!) expect(Math.abs(level)).toBeLessThanOrEqual(5);
      expect(Math.abs(result.series[id]!.at(-1)!)).toBeLessThan(1e-3);
    }
  });
  it('gives the same numbers on every run', () => {
    const options = { horizon: 24, push: { customer_experience: 0.5 } };
    const a = simulateFlywheel(amazonFlywheel(), options);
    const b = simulateFlywheel(amazonFlywheel(), options);
    expect(a).toEqual(b);
    expect(a.times).toHaveLength(24 / 0.5 + 1);
    expect(Object.keys(a.series)).toHaveLength(6);
  });
});
