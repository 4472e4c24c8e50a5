import type { LiveMetric, MetricBinding, Movement } from './model.ts';

/** Which way each live metric is good, and whether it is counted per target kind. */
export const liveMetricInfo = {
  complaint_rate: { better: 'lower', perTargetKind: true },
  repeat_complaint_rate: { better: 'lower', perTargetKind: true },
  bad_andon_rate: { better: 'lower', perTargetKind: false },
  relist_rate: { better: 'higher', perTargetKind: true },
  lamp_on_time: { better: 'lower', perTargetKind: true },
  gmv_paused: { better: 'lower', perTargetKind: true },
  open_andons: { better: 'lower', perTargetKind: true },
} as const satisfies Record<LiveMetric, { better: 'higher' | 'lower'; perTargetKind: boolean }>;

/** The trend of a sparkline. */
export interface MetricTrend {
  direction: Movement;
  /** Least-squares slope per sample. */
  slope: number;
  /** The fitted change over the window relative to the mean absolute value (0.1 = 10%). */
  relativeChange: number;
}

/**
 * The trend of a metric's recent values (oldest first): the least-squares slope, and "absent"
 * (flat) when the fitted change over the window is within `flatWithin` of the mean level.
 */
export function metricTrend(values: readonly number[], flatWithin = 0.05): MetricTrend {
  const n = values.length;
  if (n < 2) return { direction: 'absent', slope: 0, relativeChange: 0 };
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = num / den;
  const scale = values.reduce((a, b) => a + Math.abs(b), 0) / n;
  const change = slope * (n - 1);
  const relativeChange = scale === 0 ? 0 : change / scale;
  const direction: Movement = Math.abs(relativeChange) <= flatWithin ? 'absent' : change > 0 ? 'up' : 'down';
  return { direction, slope, relativeChange };
}

/** How a bound component moves with its metric's trend (reversed when the binding inverts it). */
export function bindingMovement(
  binding: Pick<MetricBinding, 'invert'>,
  trend: Pick<MetricTrend, 'direction'>,
): Movement {
  if (!binding.invert || trend.direction === 'absent') return trend.direction;
  return trend.direction === 'up' ? 'down' : 'up';
}
