import type { EChartsCoreOption } from 'echarts/core';
import type {
  AndonMetrics,
  BadAndonRates,
  MissedAndons,
  RootCausePareto,
  Scorecards,
} from '../../api/metrics-types.ts';
import { currencyDigits } from '#domain/money.ts';
import type { Cell } from './csv.ts';

export type Format = 'text' | 'int' | 'percent' | 'hours' | 'money';
export interface Column {
  label: string;
  format: Format;
  /** For money: the column holding the row's currency. */
  currencyColumn?: number;
}

/** One chart of the dashboard, with the same figures as a table (and as CSV). */
export interface Figure {
  id: string;
  title: string;
  note: string;
  columns: Column[];
  rows: Cell[][];
  option: EChartsCoreOption;
  /** Pixels: taller for a long list of bars. */
  height: number;
}

export interface Metrics {
  total: AndonMetrics;
  weekly: AndonMetrics;
  bad: BadAndonRates;
  missed: MissedAndons;
  pareto: RootCausePareto;
  scorecards: Scorecards;
}

/** Words the figures need, in the reader's language (keys of `dashboard.*`, labels of categories). */
export interface Words {
  t: (key: string, options?: Record<string, unknown>) => string;
  category: (code: string) => string;
  kind: (code: string) => string;
  week: (iso: string) => string;
  /** A week on a chart's axis: short (6 Oct). */
  weekShort: (iso: string) => string;
}

/** Colours with at least 3:1 against white (WCAG non-text contrast). */
export const palette = ['#0b57d0', '#b3261e', '#1e6b34', '#8a5a00', '#6a3fa0'];

const axis = {
  axisLabel: { color: '#50535a', hideOverlap: true },
  axisLine: { lineStyle: { color: '#8a8f98' } },
};
const percentAxis = {
  type: 'value',
  max: 100,
  ...axis,
  axisLabel: { ...axis.axisLabel, formatter: '{value}%' },
};
const base = (legend: boolean): EChartsCoreOption => ({
  color: palette,
  textStyle: { color: '#1b1b1f' },
  grid: { left: 8, right: 16, top: legend ? 36 : 16, bottom: 8, containLabel: true },
  tooltip: { trigger: 'axis' },
  ...(legend ? { legend: { top: 0, textStyle: { color: '#1b1b1f' } } } : {}),
});
const major = (m: { amountMinor: number; currency: string }) =>
  m.amountMinor / 10 ** currencyDigits(m.currency);
const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

function bars(
  categories: string[],
  series: { name: string; data: (number | null)[]; stack?: string }[],
  horizontal = false,
  percent = false,
  counts = true,
): EChartsCoreOption {
  const cat = {
    type: 'category',
    data: categories,
    ...axis,
    axisLabel: { ...axis.axisLabel, hideOverlap: false, interval: 0, width: 120, overflow: 'truncate' },
  };
  const val = percent
    ? { ...percentAxis, max: undefined }
    : { type: 'value', ...(counts ? { minInterval: 1 } : {}), ...axis };
  return {
    ...base(series.length > 1),
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? cat : val,
    series: series.map((s) => ({ type: 'bar', barMaxWidth: 48, ...s })),
  };
}

/** Every figure of the dashboard, from the metrics of one period. */
export function buildFigures(m: Metrics, w: Words): Figure[] {
  const { t } = w;
  const manager = (r: BadAndonRates['items'][number]) =>
    `${r.managerRef ?? t('dashboard.nobody')}${r.teamName ? ` (${r.teamName})` : ''}`;
  const s = m.total.total;
  const lead: [string, number | null][] = [
    [t('dashboard.lead.pull'), s.medianHoursToPull],
    [t('dashboard.lead.containment'), s.medianHoursToContainment],
    [t('dashboard.lead.rootCause'), s.medianHoursToRootCause],
    [t('dashboard.lead.relist'), s.medianHoursToRelist],
    [t('dashboard.lead.lampOn'), s.medianLampOnHours],
  ];
  const weeks = m.weekly.groups
    .filter((g) => g.key !== null)
    .sort((a, b) => String(a.key).localeCompare(String(b.key)));
  const currency = s.gmvPaused[0]?.currency ?? 'CNY';
  const gmvRows: Cell[][] = weeks.flatMap((g) =>
    g.summary.gmvPaused.map((money) => [w.week(String(g.key)), money.currency, major(money)]),
  );
  return [
    {
      id: 'bad-andon-rate',
      title: t('dashboard.bad.title'),
      note: t('dashboard.bad.note'),
      columns: [
        { label: t('dashboard.col.manager'), format: 'text' },
        { label: t('dashboard.col.pulls'), format: 'int' },
        { label: t('dashboard.col.invalid'), format: 'int' },
        { label: t('dashboard.col.rate'), format: 'percent' },
      ],
      rows: m.bad.items.map((r) => [manager(r), r.pulls, r.invalid, r.rate]),
      option: bars(
        m.bad.items.map(manager),
        [{ name: t('dashboard.col.rate'), data: m.bad.items.map((r) => pct(r.rate)) }],
        false,
        true,
      ),
      height: 280,
    },
    {
      id: 'missed-andons',
      title: t('dashboard.missed.title'),
      note: t('dashboard.missed.note', { hours: m.missed.hours }),
      columns: [
        { label: t('dashboard.col.team'), format: 'text' },
        { label: t('dashboard.col.ruleMet'), format: 'int' },
        { label: t('dashboard.col.pulledInTime'), format: 'int' },
        { label: t('dashboard.col.missed'), format: 'int' },
      ],
      rows: m.missed.items.map((r) => [
        r.teamName ?? t('dashboard.nobody'),
        r.ruleMet,
        r.pulledInTime,
        r.missed,
      ]),
      option: bars(
        m.missed.items.map((r) => r.teamName ?? t('dashboard.nobody')),
        [
          {
            name: t('dashboard.col.pulledInTime'),
            data: m.missed.items.map((r) => r.pulledInTime),
            stack: 'all',
          },
          { name: t('dashboard.col.missed'), data: m.missed.items.map((r) => r.missed), stack: 'all' },
        ],
      ),
      height: 280,
    },
    {
      id: 'lead-times',
      title: t('dashboard.lead.title'),
      note: t('dashboard.lead.note'),
      columns: [
        { label: t('dashboard.col.measure'), format: 'text' },
        { label: t('dashboard.col.medianHours'), format: 'hours' },
      ],
      rows: lead,
      option: bars(
        lead.map(([k]) => k),
        [{ name: t('dashboard.col.medianHours'), data: lead.map(([, v]) => v) }],
        true,
        false,
        false,
      ),
      height: 280,
    },
    {
      id: 'relist-retire',
      title: t('dashboard.rates.title'),
      note: t('dashboard.rates.note'),
      columns: [
        { label: t('dashboard.col.week'), format: 'text' },
        { label: t('dashboard.col.pulls'), format: 'int' },
        { label: t('dashboard.col.relisted'), format: 'int' },
        { label: t('dashboard.col.retired'), format: 'int' },
        { label: t('dashboard.col.relistRate'), format: 'percent' },
        { label: t('dashboard.col.retireRate'), format: 'percent' },
      ],
      rows: [
        ...weeks.map((g) => [
          w.week(String(g.key)),
          g.summary.pulls,
          g.summary.relisted,
          g.summary.retired,
          g.summary.relistRate,
          g.summary.retireRate,
        ]),
        [t('dashboard.all'), s.pulls, s.relisted, s.retired, s.relistRate, s.retireRate],
      ],
      option: {
        ...base(true),
        xAxis: { type: 'category', data: weeks.map((g) => w.weekShort(String(g.key))), ...axis },
        yAxis: percentAxis,
        series: [
          {
            type: 'line',
            name: t('dashboard.col.relistRate'),
            data: weeks.map((g) => pct(g.summary.relistRate)),
            connectNulls: true,
          },
          {
            type: 'line',
            name: t('dashboard.col.retireRate'),
            data: weeks.map((g) => pct(g.summary.retireRate)),
            connectNulls: true,
          },
        ],
      },
      height: 280,
    },
    {
      id: 'root-causes',
      title: t('dashboard.pareto.title'),
      note: t('dashboard.pareto.note'),
      columns: [
        { label: t('dashboard.col.category'), format: 'text' },
        { label: t('dashboard.col.count'), format: 'int' },
        { label: t('dashboard.col.share'), format: 'percent' },
        { label: t('dashboard.col.cumulative'), format: 'percent' },
      ],
      rows: m.pareto.items.map((r) => [w.category(r.category), r.count, r.share, r.cumulativeShare]),
      option: {
        ...base(true),
        xAxis: { type: 'category', data: m.pareto.items.map((r) => w.category(r.category)), ...axis },
        yAxis: [{ type: 'value', minInterval: 1, ...axis }, percentAxis],
        series: [
          { type: 'bar', name: t('dashboard.col.count'), data: m.pareto.items.map((r) => r.count) },
          {
            type: 'line',
            name: t('dashboard.col.cumulative'),
            yAxisIndex: 1,
            data: m.pareto.items.map((r) => pct(r.cumulativeShare)),
          },
        ],
      },
      height: 280,
    },
    {
      id: 'scorecards',
      title: t('dashboard.scorecards.title'),
      note: t('dashboard.scorecards.note'),
      columns: [
        { label: t('dashboard.col.organisation'), format: 'text' },
        { label: t('dashboard.col.kind'), format: 'text' },
        { label: t('dashboard.col.targetsPulled'), format: 'int' },
        { label: t('dashboard.col.pulls'), format: 'int' },
        { label: t('dashboard.col.relisted'), format: 'int' },
        { label: t('dashboard.col.retired'), format: 'int' },
        { label: t('dashboard.col.relistRate'), format: 'percent' },
        { label: t('dashboard.col.lampOn'), format: 'hours' },
      ],
      rows: m.scorecards.items.map((o) => [
        o.name,
        w.kind(o.kind),
        o.targetsPulled,
        o.summary.pulls,
        o.summary.relisted,
        o.summary.retired,
        o.summary.relistRate,
        o.summary.medianLampOnHours,
      ]),
      option: bars(
        m.scorecards.items.map((o) => o.name),
        (['pulls', 'relisted', 'retired'] as const).map((k) => ({
          name: t(`dashboard.col.${k}`),
          data: m.scorecards.items.map((o) => o.summary[k]),
        })),
        true,
      ),
      height: Math.max(280, 60 + m.scorecards.items.length * 48),
    },
    {
      id: 'gmv-paused',
      title: t('dashboard.gmv.title'),
      note: t('dashboard.gmv.note'),
      columns: [
        { label: t('dashboard.col.week'), format: 'text' },
        { label: t('dashboard.col.currency'), format: 'text' },
        { label: t('dashboard.col.amount'), format: 'money', currencyColumn: 1 },
      ],
      rows: gmvRows,
      option: bars(
        weeks.map((g) => w.weekShort(String(g.key))),
        [
          {
            name: currency,
            data: weeks.map((g) =>
              major(g.summary.gmvPaused.find((x) => x.currency === currency) ?? { amountMinor: 0, currency }),
            ),
          },
        ],
      ),
      height: 280,
    },
  ];
}
