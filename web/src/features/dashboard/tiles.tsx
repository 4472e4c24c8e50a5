import { useTranslation } from 'react-i18next';
import type { AndonSummary } from '../../api/metrics-types.ts';
import { useFormat } from '../../components/use-format.ts';

/** The period at a glance: pulls, lamps still lit, relist and retire rates, bad pulls, GMV paused. */
export function Tiles({ summary: s }: { summary: AndonSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const pct = (r: number | null) =>
    r === null
      ? '—'
      : new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
  const tiles: [string, string][] = [
    [t('dashboard.tile.pulls'), f.number(s.pulls)],
    [t('dashboard.tile.open'), f.number(s.open)],
    [t('dashboard.tile.relistRate'), pct(s.relistRate)],
    [t('dashboard.tile.retireRate'), pct(s.retireRate)],
    [t('dashboard.tile.badRate'), pct(s.pulls ? s.invalid / s.pulls : null)],
    [t('dashboard.tile.gmvPaused'), s.gmvPaused.map((m) => f.money(m, true)).join(' + ') || '—'],
  ];
  return (
    <dl className="tiles" data-testid="tiles">
      {tiles.map(([k, v]) => (
        <div key={k} className="tile">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
