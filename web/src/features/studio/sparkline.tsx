import { useTranslation } from 'react-i18next';
import { bindingMovement } from '#domain/flywheel/metrics.ts';
import type { LiveSeries } from '../../api/flywheel-types.ts';

const arrows = { up: '↗', down: '↘', absent: '→' } as const;

/** The points of a sparkline's polyline in a w × h box (flat in the middle when all values are equal). */
export function sparkPoints(values: readonly number[], w: number, h: number): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const y = span === 0 ? h / 2 : h - 1 - ((v - min) / span) * (h - 2);
      return `${(i * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** A live metric's recent days as a small line, with its trend in words (the picture itself is decorative). */
export function Sparkline({
  series,
  label,
  compact = false,
}: {
  series: LiveSeries;
  label: string;
  compact?: boolean;
}) {
  // Green when the trend moves the component up (good), red when it moves it down.
  const moves = bindingMovement(series, series.trend);
  const { t } = useTranslation();
  const w = compact ? 90 : 140;
  const h = compact ? 22 : 30;
  const last = series.values.at(-1) ?? 0;
  const trend = t(`studio.live.trend.${series.trend.direction}`);
  return (
    <span
      className={`sparkline sparkline-${moves}`}
      data-testid="sparkline"
      data-trend={series.trend.direction}
      title={t('studio.live.sparkTitle', { metric: label, days: series.values.length })}
    >
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
        <polyline
          points={sparkPoints(series.values, w, h)}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      <span className="sparkline-trend">
        <span aria-hidden="true">{arrows[series.trend.direction]} </span>
        {compact ? trend : t('studio.live.summary', { metric: label, trend, last: formatValue(last) })}
      </span>
    </span>
  );
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100);
}
