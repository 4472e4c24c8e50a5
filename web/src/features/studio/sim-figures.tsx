import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor, type Flywheel } from '#domain/flywheel/model.ts';
import type { SimulationResult } from '#domain/flywheel/simulate.ts';
import { currentLocale } from '../../i18n/index.ts';
import { SimChart } from './sim-chart.tsx';
import { nameOf } from './studio-model.ts';

const palette = ['#0b57d0', '#1e6b34', '#b3261e', '#8a5300', '#6b2fa0', '#00696f', '#50535a', '#c2185b'];

/** The loop gain G and the tipping point, the components and the centre over time, and the figures as a table. */
export function SimFigures({ draft, result }: { draft: Flywheel; result: SimulationResult }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = nameOf(draft, locale);
  const n3 = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(v);
  const n1 = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  const tip = result.tipping;
  const centre = labelFor(draft.centre, locale, '');

  const charts = useMemo(() => {
    const axis = { type: 'value', nameLocation: 'middle', nameGap: 28, axisLabel: { color: '#50535a' } };
    const base = {
      grid: { left: 56, right: 24, top: 48, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: { ...axis, name: t('studio.sim.time'), max: result.times.at(-1) },
      yAxis: { ...axis, nameGap: 40 },
      aria: { enabled: true },
    };
    const components: EChartsCoreOption = {
      ...base,
      color: palette,
      legend: { top: 0, type: 'scroll', textStyle: { color: '#1b1b1f' } },
      series: draft.components.map((c) => ({
        type: 'line',
        name: name(c.id),
        showSymbol: false,
        data: result.times.map((time, i) => [time, result.series[c.id]?.[i] ?? 0]),
      })),
    };
    const growth: EChartsCoreOption = {
      ...base,
      color: ['#1b1b1f'],
      legend: { top: 0, textStyle: { color: '#1b1b1f' } },
      series: [
        {
          type: 'line',
          name: centre,
          showSymbol: false,
          lineStyle: { width: 3 },
          data: result.times.map((time, i) => [time, result.growth[i]]),
          markLine:
            result.accelerationStart === null
              ? undefined
              : {
                  symbol: 'none',
                  label: { formatter: t('studio.sim.fasterMark'), color: '#8c1d18' },
                  lineStyle: { color: '#b3261e', type: 'dashed' },
                  data: [{ xAxis: result.accelerationStart }],
                },
        },
      ],
    };
    return { components, growth };
  }, [draft, result, centre, name, t]);

  const every = Math.max(1, Math.round(result.times.length / 12));
  const sampled = result.times
    .map((time, i) => ({ time, i }))
    .filter(({ i }) => i % every === 0 || i === result.times.length - 1);
  return (
    <>
      <dl
        className="tiles sim-tiles"
        data-testid="sim-figures"
        data-gain={tip?.gain ?? ''}
        data-tipped={tip ? String(tip.tipped) : ''}
        data-acceleration={result.accelerationStart ?? ''}
        data-final-growth={result.growth.at(-1)}
      >
        <div className="tile">
          <dt>{t('studio.sim.gain')}</dt>
          <dd data-testid="loop-gain">{tip ? n3(tip.gain) : '—'}</dd>
        </div>
        <div className={`tile ${tip?.tipped ? 'tile-tipped' : ''}`}>
          <dt>{t('studio.sim.tipping')}</dt>
          <dd data-testid="tipping">
            {tip ? t(tip.tipped ? 'studio.sim.tipped' : 'studio.sim.notTipped') : t('studio.sim.noLoop')}
          </dd>
        </div>
        <div className="tile">
          <dt>{t('studio.sim.acceleration')}</dt>
          <dd>
            {result.accelerationStart === null
              ? t('studio.sim.never')
              : t('studio.sim.fromTime', { time: n1(result.accelerationStart) })}
          </dd>
        </div>
      </dl>
      <div className="card sim-explain" data-testid="tipping-explain">
        <p>{t('studio.sim.gainExplain')}</p>
        {tip && tip.strengthFactor !== null ? (
          <p>
            {tip.tipped
              ? t('studio.sim.factorTipped', { factor: n3(tip.strengthFactor) })
              : t('studio.sim.factorBelow', { factor: n3(tip.strengthFactor) })}
          </p>
        ) : null}
        {result.loops.length > 0 ? (
          <ul className="loops">
            {result.loops.map((loop) => (
              <li key={loop.componentIds.join('>')}>
                {[...loop.componentIds, loop.componentIds[0]!].map(name).join(' → ')}: G = {n3(loop.gain)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <section className="card" aria-labelledby="sim-components-title">
        <h3 id="sim-components-title">{t('studio.sim.componentsChart')}</h3>
        <SimChart option={charts.components} testId="sim-chart-components" />
      </section>
      <section className="card" aria-labelledby="sim-growth-title">
        <h3 id="sim-growth-title">{t('studio.sim.growthChart', { centre })}</h3>
        <SimChart option={charts.growth} testId="sim-chart-growth" height={240} />
      </section>
      <details className="card sim-table">
        <summary>{t('studio.sim.asTable')}</summary>
        <div className="table-scroll">
          <table className="studio-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('studio.sim.time')}
                </th>
                {draft.components.map((c) => (
                  <th key={c.id} scope="col" className="num">
                    {name(c.id)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {centre}
                </th>
              </tr>
            </thead>
            <tbody>
              {sampled.map(({ time, i }) => (
                <tr key={i}>
                  <th scope="row" className="num">
                    {n1(time)}
                  </th>
                  {draft.components.map((c) => (
                    <td key={c.id} className="num">
                      {n3(result.series[c.id]?.[i] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{n3(result.growth[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
