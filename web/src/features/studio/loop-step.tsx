import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { componentsOnCycles } from '#domain/flywheel/graph.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import type { LiveSeries } from '../../api/flywheel-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { currentLocale } from '../../i18n/index.ts';
import { ChecksPanel } from './checks-panel.tsx';
import { ComponentsEditor } from './components-editor.tsx';
import { LinksEditor } from './links-editor.tsx';
import { LiveBindings, useMetricName } from './live-bindings.tsx';
import { LoopDiagram } from './loop-diagram.tsx';
import type { StepProps } from './studio-page.tsx';

/** The days of live data shown beside bound components. */
export const LIVE_DAYS = 30;

/** The live series of the saved bindings, by component (reloaded when the saved bindings change). */
export function useLiveSeries(id: string, saved: StepProps['studio']): Map<string, LiveSeries> {
  const key = JSON.stringify(saved.flywheel.bindings);
  const res = useResource(
    saved.flywheel.bindings.length ? (signal) => flywheels.live(id, LIVE_DAYS, signal) : null,
    [id, key],
  );
  return useMemo(() => new Map((res.data?.items ?? []).map((s) => [s.componentId, s])), [res.data]);
}

/** Steps 4 and 5: close the components into a causal loop around the centre, and check it. */
export function LoopStep(props: StepProps) {
  const { t } = useTranslation();
  const { draft, studio, edit, id, canEdit } = props;
  const locale = currentLocale();
  const [selectedLink, setSelectedLink] = useState<string | null>(null);
  const onLoop = useMemo(() => componentsOnCycles(draft), [draft]);
  const live = useLiveSeries(id, studio);
  const metricNameOf = useMetricName();
  const metricName = useCallback(
    (componentId: string) => {
      const b = draft.bindings.find((x) => x.componentId === componentId);
      return b ? metricNameOf(b.metric, b.targetKind) : null;
    },
    [draft.bindings, metricNameOf],
  );
  return (
    <section className="studio-step" aria-labelledby="loop-title" data-testid="loop-step">
      <h2 id="loop-title">{t('studio.loop.title')}</h2>
      <p className="muted">{t('studio.loop.intro')}</p>
      <div className="loop-layout">
        <div className="loop-main">
          <LoopDiagram
            draft={draft}
            locale={locale}
            onLoop={onLoop}
            live={live}
            metricName={metricName}
            edit={edit}
            readOnly={!canEdit}
            selectedLink={selectedLink}
            onSelectLink={setSelectedLink}
          />
          {canEdit ? <p className="field-note">{t('studio.loop.howTo')}</p> : null}
          <ChecksPanel draft={draft} cases={studio.cases} studio={studio} saved={props.save === 'saved'} />
        </div>
        <div className="loop-side">
          <ComponentsEditor draft={draft} locale={locale} edit={edit} readOnly={!canEdit} />
          <LinksEditor
            draft={draft}
            locale={locale}
            edit={edit}
            selected={selectedLink}
            readOnly={!canEdit}
          />
          <LiveBindings draft={draft} locale={locale} edit={edit} live={live} readOnly={!canEdit} />
        </div>
      </div>
    </section>
  );
}
