import { enumerateLoops, mainLoop, type FlywheelLoop } from './graph.ts';
import { polaritySign, type Flywheel } from './model.ts';

/** The right-hand side of an ODE system y' = f(t, y). */
export type Derivative = (t: number, y: readonly number[]) => number[];

/** One classical fourth-order Runge–Kutta step from (t, y) over dt. */
export function rk4Step(f: Derivative, t: number, y: readonly number[], dt: number): number[] {
  const k1 = f(t, y);
  const k2 = f(
    t + dt / 2,
    y.map((v, i) => v + (dt / 2) * k1[i]!),
  );
  const k3 = f(
    t + dt / 2,
    y.map((v, i) => v + (dt / 2) * k2[i]!),
  );
  const k4 = f(
    t + dt,
    y.map((v, i) => v + dt * k3[i]!),
  );
  return y.map((v, i) => v + (dt / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
}

/** The most RK4 steps one integration may take (a guard for sliders in the browser). */
export const MAX_STEPS = 200_000;

/**
 * Integrates y' = f(t, y) from t0 to t1 with RK4 in equal steps of at most dt (the last lands on t1
 * exactly), keeping every `sampleEvery`-th state and the last. Deterministic: no adaptivity, no randomness.
 */
export function integrateRk4(
  f: Derivative,
  y0: readonly number[],
  options: { t0?: number; t1: number; dt: number; sampleEvery?: number },
): { times: number[]; states: number[][] } {
  const t0 = options.t0 ?? 0;
  const span = options.t1 - t0;
  if (!(options.dt > 0) || !(span > 0)) throw new RangeError('integrateRk4 needs dt > 0 and t1 > t0');
  const steps = Math.max(1, Math.ceil(span / options.dt - 1e-9));
  if (steps > MAX_STEPS)
    throw new RangeError(`integrateRk4 would take ${steps} steps (at most ${MAX_STEPS})`);
  const h = span / steps;
  const every = Math.max(1, Math.floor(options.sampleEvery ?? 1));
  const times = [t0];
  const states = [[...y0]];
  let y = [...y0];
  for (let k = 0; k < steps; k++) {
    // Times from the step index, not by accumulation, so the grid is the same on every machine.
    y = rk4Step(f, t0 + k * h, y, h);
    if ((k + 1) % every === 0 || k + 1 === steps) {
      times.push(k + 1 === steps ? options.t1 : t0 + (k + 1) * h);
      states.push(y);
    }
  }
  return { times, states };
}

/** The loop gain G of a loop: the product, around it, of (± link strength ÷ decay of the link's target). */
export function loopGain(
  flywheel: Pick<Flywheel, 'components' | 'links'>,
  loop: Pick<FlywheelLoop, 'links'>,
): number {
  let gain = 1;
  for (const l of loop.links) {
    const link = flywheel.links.find((x) => x.from === l.from && x.to === l.to);
    const target = flywheel.components.find((c) => c.id === l.to);
    if (!link || !target) return Number.NaN;
    gain *= (polaritySign(link.polarity) * link.strength) / target.decay;
  }
  return gain;
}

/** Where the wheel tips (临界点): G = 1. Below it every push fades; above it the wheel speeds itself up. */
export interface TippingPoint {
  gain: number;
  /** G > 1 (beyond rounding): the loop grows by itself, until saturation. */
  tipped: boolean;
  /**
   * The factor by which every link strength on the loop must be multiplied (or every decay on it
   * divided) to bring G to exactly 1: G^(−1/n). Above 1: how much stronger the links must get to
   * tip; below 1: how much weaker they may get before it stops tipping. Null for a balancing loop.
   */
  strengthFactor: number | null;
}

/** The tipping point of a loop with gain G and n links. */
export function tippingPoint(gain: number, links: number): TippingPoint {
  return {
    gain,
    tipped: gain > 1 + 1e-12,
    strengthFactor: gain > 0 && links > 0 ? gain ** (-1 / links) : null,
  };
}

/** The slider settings of a simulation run; the model's own parameters live on components and links. */
export interface SimulationOptions {
  /** Time units to simulate (months, say). */
  horizon: number;
  /** RK4 step. */
  dt: number;
  /** Time between samples in the result. */
  sampleInterval: number;
  /** A constant push p on components, by id ("pushed without letting up"). */
  push: Record<string, number>;
}

export const defaultSimulationOptions: SimulationOptions = {
  horizon: 36,
  dt: 0.05,
  sampleInterval: 0.5,
  push: {},
};

/** A simulation's time series and the loop figures beside them. */
export interface SimulationResult {
  times: number[];
  /** Each component's level over time, by id. */
  series: Record<string, number[]>;
  /** The centre (business growth): the sum of the components' levels. */
  growth: number[];
  /** The centre's rate of change, d(growth)/dt, at each sample. */
  growthRate: number[];
  loops: (FlywheelLoop & { gain: number })[];
  mainLoop: (FlywheelLoop & { gain: number }) | null;
  tipping: TippingPoint | null;
  /** The first sample time from which the centre grows faster and faster (its growth rate rises); null if never. */
  accelerationStart: number | null;
}

/**
 * The flywheel's deterministic continuous model, integrated with RK4. For component i with level xᵢ:
 * uᵢ = pᵢ + Σ ±λ·(source) over links into i, and dxᵢ/dt = uᵢ − |uᵢ|·xᵢ/Kᵢ − dᵢ·xᵢ, where the source
 * is the upstream level, or for a link with delay τ a lag z with dz/dt = (x_from − z)/τ. The |u|·x/K
 * term is a logistic cap that keeps xᵢ within ±Kᵢ and vanishes near zero, so near zero the model is
 * linear and a single ring grows exactly when its loop gain G = Π(λ/d) exceeds 1.
 */
export function simulateFlywheel(
  flywheel: Pick<Flywheel, 'components' | 'links'>,
  options: Partial<SimulationOptions> = {},
): SimulationResult {
  const o = { ...defaultSimulationOptions, ...options };
  const n = flywheel.components.length;
  const indexOf = new Map(flywheel.components.map((c, i) => [c.id, i]));
  for (const c of flywheel.components) {
    if (!(c.decay > 0) || !(c.capacity > 0))
      throw new RangeError(`component ${c.id} needs decay > 0 and capacity > 0`);
  }
  const decay = flywheel.components.map((c) => c.decay);
  const capacity = flywheel.components.map((c) => c.capacity);
  const push = flywheel.components.map((c) => o.push[c.id] ?? 0);

  // Each link reads its source from a component level, or from its own lag state when delayed.
  const links = flywheel.links.flatMap((link) => {
    const from = indexOf.get(link.from);
    const to = indexOf.get(link.to);
    return from === undefined || to === undefined
      ? []
      : [{ from, to, gain: polaritySign(link.polarity) * link.strength, delay: link.delay ?? 0 }];
  });
  const lags: { slot: number; from: number; tau: number }[] = [];
  const wired = links.map((l) => {
    if (l.delay <= 0) return { ...l, source: l.from };
    const slot = n + lags.length;
    lags.push({ slot, from: l.from, tau: l.delay });
    return { ...l, source: slot };
  });

  const inflow = (y: readonly number[]): number[] => {
    const u = [...push];
    for (const l of wired) u[l.to]! += l.gain * y[l.source]!;
    return u;
  };
  const f: Derivative = (_t, y) => {
    const u = inflow(y);
    const dy = new Array<number>(y.length);
    for (let i = 0; i < n; i++) dy[i] = u[i]! - (Math.abs(u[i]!) * y[i]!) / capacity[i]! - decay[i]! * y[i]!;
    for (const lag of lags) dy[lag.slot] = (y[lag.from]! - y[lag.slot]!) / lag.tau;
    return dy;
  };

  const y0 = [
    ...flywheel.components.map((c) => c.initial),
    ...lags.map((lag) => flywheel.components[lag.from]!.initial),
  ];
  const sampleEvery = Math.max(1, Math.round(o.sampleInterval / o.dt));
  const { times, states } = integrateRk4(f, y0, { t1: o.horizon, dt: o.dt, sampleEvery });

  const series = Object.fromEntries(flywheel.components.map((c, i) => [c.id, states.map((s) => s[i]!)]));
  const growth = states.map((s) => s.slice(0, n).reduce((a, b) => a + b, 0));
  const growthRate = states.map((s, k) =>
    f(times[k]!, s)
      .slice(0, n)
      .reduce((a, b) => a + b, 0),
  );

  const loops = enumerateLoops(flywheel).loops.map((loop) => ({ ...loop, gain: loopGain(flywheel, loop) }));
  const main = mainLoop(loops);
  return {
    times,
    series,
    growth,
    growthRate,
    loops,
    mainLoop: main,
    tipping: main ? tippingPoint(main.gain, main.links.length) : null,
    accelerationStart: accelerationStart(times, growthRate),
  };
}

/** The first sample time after which the growth rate is positive and rising; null if it never is. */
export function accelerationStart(times: readonly number[], growthRate: readonly number[]): number | null {
  for (let k = 1; k < growthRate.length; k++) {
    const before = growthRate[k - 1]!;
    const now = growthRate[k]!;
    // A relative tolerance, so rounding noise at a steady state does not count as acceleration.
    if (now > 0 && now - before > 1e-9 * Math.max(1, Math.abs(before))) return times[k - 1]!;
  }
  return null;
}
