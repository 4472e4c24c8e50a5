import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveMetricInfo } from '#domain/flywheel/metrics.ts';
import {
  labelFor,
  liveMetrics,
  type Flywheel,
  type FlywheelLocale,
  type LiveMetric,
} from '#domain/flywheel/model.ts';
import { targetKinds, type TargetKind } from '#domain/targets.ts';
import type { LiveSeries } from '../../api/flywheel-types.ts';
import { CheckField, SelectField } from '../../components/fields.tsx';
import { useLabel } from '../../components/use-label.ts';
import { Sparkline } from './sparkline.tsx';
import { setBinding } from './studio-model.ts';

/** The words for a binding's metric: "complaint rate (products)". */
export function useMetricName() {
  const { t } = useTranslation();
  const label = useLabel();
  return useCallback(
    (metric: LiveMetric, kind: TargetKind | null) =>
      t('studio.live.metricFor', {
        metric: t(`studio.live.metric.${metric}`),
        kind: kind ? label('targetKind', kind) : t('studio.live.allKinds'),
      }),
    [t, label],
  );
}

/**
 * Binds components to live andon metrics; each binding shows its recent days and trend (`readOnly`:
 * the bindings only, nothing to bind or unbind).
 */
export function LiveBindings({
  draft,
  locale,
  edit,
  live,
  readOnly = false,
}: {
  draft: Flywheel;
  locale: FlywheelLocale;
  edit: (change: (d: Flywheel) => Flywheel) => void;
  live: Map<string, LiveSeries>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const metricName = useMetricName();
  const [component, setComponent] = useState('');
  const [metric, setMetric] = useState<LiveMetric>('complaint_rate');
  const [kind, setKind] = useState<TargetKind | 'all'>('all');
  const [invert, setInvert] = useState(true);
  const chosen = component || draft.components[0]?.id || '';
  const perKind = liveMetricInfo[metric].perTargetKind;
  const name = (id: string) => labelFor(draft.components.find((c) => c.id === id)?.label, locale, id);
  return (
    <section className="card side-card" aria-labelledby="live-title" data-testid="live-bindings">
      <h3 id="live-title">{t('studio.live.title')}</h3>
      <p className="field-note">{t('studio.live.intro')}</p>
      {draft.components.length === 0 || readOnly ? null : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            edit((d) =>
              setBinding(d, chosen, { metric, targetKind: perKind && kind !== 'all' ? kind : null, invert }),
            );
          }}
        >
          <div className="field-row">
            <SelectField
              label={t('studio.live.component')}
              value={chosen}
              onValue={setComponent}
              options={draft.components.map((c) => ({ value: c.id, label: name(c.id) }))}
            />
            <SelectField<LiveMetric>
              label={t('studio.live.metricLabel')}
              value={metric}
              onValue={(m) => {
                setMetric(m);
                setInvert(liveMetricInfo[m].better === 'lower');
              }}
              options={liveMetrics.map((m) => ({ value: m, label: t(`studio.live.metric.${m}`) }))}
            />
            {perKind ? (
              <SelectField<TargetKind | 'all'>
                label={t('studio.live.kind')}
                value={kind}
                onValue={setKind}
                options={[
                  { value: 'all', label: t('studio.live.allKinds') },
                  ...targetKinds.map((k) => ({ value: k, label: label('targetKind', k) })),
                ]}
              />
            ) : null}
          </div>
          <CheckField
            label={t('studio.live.invert')}
            hint={t('studio.live.invertHint')}
            checked={invert}
            onChecked={setInvert}
          />
          <button type="submit" className="button-primary">
            {t('studio.live.bind')}
          </button>
        </form>
      )}
      <ul className="side-list">
        {draft.bindings.map((b) => {
          const series = live.get(b.componentId);
          return (
            <li key={b.componentId} data-testid="binding" data-component={b.componentId}>
              <div>
                <strong>{name(b.componentId)}</strong> ← {metricName(b.metric, b.targetKind)}
                {b.invert ? <span className="muted"> {t('studio.live.inverted')}</span> : null}
                <div>
                  {series ? (
                    <Sparkline series={series} label={metricName(b.metric, b.targetKind)} />
                  ) : (
                    <span className="muted">{t('studio.live.waiting')}</span>
                  )}
                </div>
              </div>
              {readOnly ? null : (
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('studio.live.unbindNamed', { name: name(b.componentId) })}
                  onClick={() => edit((d) => setBinding(d, b.componentId, null))}
                >
                  {t('studio.live.unbind')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
