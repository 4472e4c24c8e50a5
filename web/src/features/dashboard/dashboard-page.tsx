import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { metrics, type PeriodQuery } from '../../api/metrics-endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useLabel } from '../../components/use-label.ts';
import { useTitle } from '../../components/use-title.ts';
import { FigureCard } from './figure-card.tsx';
import { buildFigures, type Metrics } from './figures.ts';
import { localDate, type PeriodChoice, periodOf } from './period.ts';
import { PeriodFilter } from './period-filter.tsx';
import { Tiles } from './tiles.tsx';
import './dashboard.css';

async function loadMetrics(p: PeriodQuery, signal: AbortSignal): Promise<Metrics> {
  const [total, weekly, bad, missed, pareto, scorecards] = await Promise.all([
    metrics.andons(p, 'none', signal),
    metrics.andons(p, 'period', signal),
    metrics.badAndonRate(p, signal),
    metrics.missedAndons(p, signal),
    metrics.rootCauses(p, signal),
    metrics.scorecards(p, signal),
  ]);
  return { total, weekly, bad, missed, pareto, scorecards };
}

/** 看板数据: the lifecycle's figures for a period, each as a chart, a table and a CSV file. */
export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  useTitle(t('dashboard.title'));
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 90 });
  // A preset's end is "now" as of choosing it (so live reloads do not shift the period each time).
  const [chosenAt, setChosenAt] = useState(() => new Date());
  const period = useMemo(() => periodOf(choice, chosenAt), [choice, chosenAt]);
  const data = useResource(period ? (signal) => loadMetrics(period, signal) : null, [period]);
  useLiveRefresh(data.reload, (m) => m.type === 'andon.changed' || m.type === 'andon.pulled', 2000);
  const figures = useMemo(
    () =>
      data.data
        ? buildFigures(data.data, {
            t: (key, options) => String(t(key as never, options as never)),
            category: (c) => label('rootCauseCategory', c),
            kind: (k) => t(k === 'supplier' ? 'dashboard.supplier' : 'dashboard.partner'),
            week: (iso) => t('dashboard.weekOf', { date: f.date(iso) }),
            weekShort: (iso) =>
              new Intl.DateTimeFormat(f.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
                new Date(`${iso}T00:00:00Z`),
              ),
          })
        : [],
    [data.data, t, label, f],
  );
  const periodName = period ? `${localDate(new Date(period.from))}_${localDate(new Date(period.to))}` : '';
  return (
    <div className="dashboard">
      <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
      <PeriodFilter
        choice={choice}
        onChoice={(next) => {
          setChoice(next);
          setChosenAt(new Date());
        }}
        invalid={period === null}
      />
      {data.error ? <ProblemMessage error={data.error} onRetry={data.reload} /> : null}
      {!data.data && !data.error ? <p className="muted">{t('app.loading')}</p> : null}
      {data.data ? <Tiles summary={data.data.total.total} /> : null}
      <div className="figures">
        {figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} period={periodName} />
        ))}
      </div>
    </div>
  );
}
