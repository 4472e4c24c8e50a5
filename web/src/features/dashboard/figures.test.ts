import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/locales/en.ts';
import { zhCN } from '../../i18n/locales/zh-CN.ts';
import type { AndonSummary } from '../../api/metrics-types.ts';
import { buildFigures, type Metrics } from './figures.ts';

const summary = (over: Partial<AndonSummary> = {}): AndonSummary => ({
  pulls: 4,
  valid: 2,
  invalid: 1,
  unreviewed: 1,
  open: 1,
  relisted: 1,
  retired: 1,
  relistRate: 0.3333,
  retireRate: 0.3333,
  recurrences: 0,
  medianHoursToPull: 2,
  medianHoursToContainment: 20,
  medianHoursToRootCause: 48,
  medianHoursToRelist: 120,
  lampOnHours: 300,
  medianLampOnHours: 100,
  gmvPaused: [{ amountMinor: 25_000_000, currency: 'CNY' }],
  ...over,
});
const period = { from: '2026-06-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' };
const metrics: Metrics = {
  total: { ...period, groupBy: 'none', total: summary(), groups: [] },
  weekly: {
    ...period,
    groupBy: 'period',
    total: summary(),
    groups: [{ key: '2026-06-08', label: null, summary: summary() }],
  },
  bad: {
    ...period,
    items: [{ managerRef: 'manager.lu', teamId: 't', teamName: 'Books', pulls: 4, invalid: 1, rate: 0.25 }],
  },
  missed: {
    ...period,
    hours: 24,
    items: [{ teamId: 't', teamName: 'Books', ruleMet: 3, pulledInTime: 2, missed: 1 }],
  },
  pareto: { ...period, items: [{ category: 'process', count: 3, share: 0.75, cumulativeShare: 0.75 }] },
  scorecards: {
    ...period,
    items: [
      {
        organisationId: 'o',
        name: 'Everbright Press',
        kind: 'supplier',
        targetsPulled: 1,
        summary: summary(),
      },
    ],
  },
};

/** A `t` over one locale's messages that fails on a key it does not have. */
function strict(messages: object) {
  return (key: string, options: Record<string, unknown> = {}) => {
    let node: unknown = messages;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`missing message ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(options[v]));
  };
}

describe('the dashboard’s figures', () => {
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ])('are worded completely in %s, each chart with its table', (_, messages) => {
    const figures = buildFigures(metrics, {
      t: strict(messages),
      category: (c) => c,
      kind: (k) => k,
      week: (w) => w,
      weekShort: (w) => w,
    });
    expect(figures.map((f) => f.id)).toEqual([
      'bad-andon-rate',
      'missed-andons',
      'lead-times',
      'relist-retire',
      'root-causes',
      'scorecards',
      'gmv-paused',
    ]);
    for (const f of figures) {
      expect(f.rows.length).toBeGreaterThan(0);
      for (const row of f.rows) expect(row).toHaveLength(f.columns.length);
    }
    const bad = figures[0]!;
    expect(bad.rows).toEqual([['manager.lu (Books)', 4, 1, 0.25]]);
    expect(figures.find((f) => f.id === 'gmv-paused')!.rows).toEqual([['2026-06-08', 'CNY', 250_000]]);
    expect(figures.find((f) => f.id === 'lead-times')!.rows.map((r) => r[1])).toEqual([2, 20, 48, 120, 100]);
  });
});
