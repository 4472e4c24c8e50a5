import { describe, expect, it } from 'vitest';
import { bindingMovement, liveMetricInfo, metricTrend } from './metrics.ts';
import { liveMetrics } from './model.ts';

describe('metricTrend', () => {
  it('fits a least-squares slope and calls its direction', () => {
    expect(metricTrend([1, 2, 3, 4])).toEqual({ direction: 'up', slope: 1, relativeChange: 3 / 2.5 });
    expect(metricTrend([4, 3, 2, 1]).direction).toBe('down');
  });
  it('calls a small change flat, and a too-short series flat', () => {
    expect(metricTrend([100, 101, 99, 100.5]).direction).toBe('absent');
    expect(metricTrend([5]).direction).toBe('absent');
    expect(metricTrend([0, 0, 0]).direction).toBe('absent');
  });
});

describe('bindingMovement', () => {
  it('moves the component with its metric, or against it when inverted', () => {
    expect(bindingMovement({ invert: false }, { direction: 'up' })).toBe('up');
    expect(bindingMovement({ invert: true }, { direction: 'up' })).toBe('down');
    expect(bindingMovement({ invert: true }, { direction: 'absent' })).toBe('absent');
  });
  it('knows which way every live metric is good', () => {
    expect(Object.keys(liveMetricInfo)).toEqual([...liveMetrics]);
    expect(liveMetricInfo.relist_rate.better).toBe('higher');
    expect(liveMetricInfo.bad_andon_rate.better).toBe('lower');
  });
});
