import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { labelFor } from '#domain/flywheel/model.ts';
import { useCan } from '../../api/use-can.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useTitle } from '../../components/use-title.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CasesStep } from './cases-step.tsx';
import { DiscoveryStep } from './discovery-step.tsx';
import { ReplayStep } from './replay-step.tsx';
import { ShareStep } from './share-step.tsx';
import { SimulationStep } from './simulation-step.tsx';
import { type SaveState, useStudio, type StudioState } from './use-studio.ts';
import './studio.css';
import './studio-loop.css';
import './studio-results.css';

// The loop editor brings React Flow: its own chunk, loaded when the loop step is first opened.
const LoopStep = lazy(() => import('./loop-step.tsx').then((m) => ({ default: m.LoopStep })));

export const studioSteps = ['cases', 'discovery', 'loop', 'replay', 'simulation', 'share'] as const;
export type StudioStep = (typeof studioSteps)[number];

/**
 * Props every step gets: the studio as loaded, the draft, and how to change them; `canEdit` false for
 * a person who may only read flywheels (the steps then offer nothing that would be refused).
 */
export type StepProps = { id: string; canEdit: boolean } & Omit<
  StudioState,
  'studio' | 'draft' | 'loadError'
> & {
    studio: NonNullable<StudioState['studio']>;
    draft: NonNullable<StudioState['draft']>;
  };

const stepPages: Record<StudioStep, ComponentType<StepProps>> = {
  cases: CasesStep,
  discovery: DiscoveryStep,
  loop: LoopStep,
  replay: ReplayStep,
  simulation: SimulationStep,
  share: ShareStep,
};

function SaveStatus({ save }: { save: SaveState }) {
  const { t } = useTranslation();
  return (
    <p className={`save-status save-${save}`} role="status" data-testid="save-status" data-state={save}>
      {t(`studio.save.${save}`)}
    </p>
  );
}

/** 增长飞轮工作室: one flywheel, walked through the seed's six steps, plus simulation and sharing. */
export function StudioPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const canEdit = useCan('flywheels:write');
  const state = useStudio(id, canEdit);
  const locale = currentLocale();
  const name = state.draft ? labelFor(state.draft.name, locale, id) : t('studio.title');
  const current = studioSteps.find((s) => location.startsWith(`/${s}`));
  useTitle(current ? `${t(`studio.steps.${current}`)} · ${name}` : name);

  if (state.loadError && !state.studio)
    return <ProblemMessage error={state.loadError} onRetry={() => void state.reload()} />;
  if (!state.studio || !state.draft) return <p className="muted">{t('app.loading')}</p>;
  const props: StepProps = { ...state, id, canEdit, studio: state.studio, draft: state.draft };
  return (
    <div className="studio">
      <div className="studio-head">
        <p className="studio-crumb">
          <Link href="~/studio">{t('studio.list.title')}</Link>
        </p>
        <h1 tabIndex={-1}>{name}</h1>
        {canEdit ? <SaveStatus save={state.save} /> : null}
      </div>
      {canEdit ? null : (
        <p className="notice" data-testid="read-only">
          {t('can.studioReadOnly')}
        </p>
      )}
      {state.saveError ? <ProblemMessage error={state.saveError} /> : null}
      <nav aria-label={t('studio.steps.label')} className="tabs studio-steps">
        <ol>
          {studioSteps.map((s) => (
            <li key={s}>
              <Link href={`/${s}`} aria-current={current === s ? 'page' : undefined}>
                <span className="step-number" aria-hidden="true">
                  {t(`studio.steps.number.${s}`)}
                </span>{' '}
                {t(`studio.steps.${s}`)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <Switch>
          {studioSteps.map((s) => {
            const Step = stepPages[s];
            return (
              <Route key={s} path={`/${s}`}>
                <Step {...props} />
              </Route>
            );
          })}
          <Route>
            <Redirect to="/cases" replace />
          </Route>
        </Switch>
      </Suspense>
    </div>
  );
}
