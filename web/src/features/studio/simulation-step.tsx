import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { simulateFlywheel, type SimulationOptions } from '#domain/flywheel/simulate.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { currentLocale } from '../../i18n/index.ts';
import { SimFigures } from './sim-figures.tsx';
import { SIM_STEP, sameRun } from './sim-options.ts';
import { Slider } from './slider.tsx';
import { nameOf, updateComponent, updateLink } from './studio-model.ts';
import type { StepProps } from './studio-page.tsx';

/** The simulation: sliders for the horizon, pushes, link strengths and decays, computed here as they move. */
export function SimulationStep(props: StepProps) {
  const { t } = useTranslation();
  const { draft, edit, id } = props;
  const locale = currentLocale();
  const name = nameOf(draft, locale);
  const [horizon, setHorizon] = useState(36);
  const [push, setPush] = useState<Record<string, number>>({});
  const [verdict, setVerdict] = useState<'same' | 'different' | null>(null);
  const compare = useSubmit();
  const options: SimulationOptions = useMemo(() => ({ horizon, push, ...SIM_STEP }), [horizon, push]);
  const run = useMemo(() => {
    try {
      return { ok: true as const, result: simulateFlywheel(draft, options) };
    } catch (error) {
      return { ok: false as const, error };
    }
  }, [draft, options]);
  const fixed = (n: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(n);

  return (
    <section className="studio-step" aria-labelledby="sim-title" data-testid="simulation-step">
      <h2 id="sim-title">{t('studio.sim.title')}</h2>
      <p className="muted">{t('studio.sim.intro')}</p>
      <div className="sim-layout">
        <form
          className="card form sim-controls"
          aria-label={t('studio.sim.controls')}
          onSubmit={(e) => e.preventDefault()}
        >
          <Slider
            label={t('studio.sim.horizon')}
            value={horizon}
            min={6}
            max={120}
            step={6}
            onValue={setHorizon}
            testId="slider-horizon"
          />
          <fieldset>
            <legend>{t('studio.sim.push')}</legend>
            <p className="field-note">{t('studio.sim.pushHint')}</p>
            {draft.components.map((c) => (
              <Slider
                key={c.id}
                label={name(c.id)}
                value={push[c.id] ?? 0}
                min={0}
                max={2}
                step={0.05}
                format={fixed}
                testId={`slider-push-${c.id}`}
                onValue={(v) => setPush((p) => ({ ...p, [c.id]: v }))}
              />
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('studio.sim.strengths')}</legend>
            {draft.links.map((l) => (
              <Slider
                key={`${l.from}>${l.to}`}
                label={`${name(l.from)} → ${name(l.to)} (${l.polarity === '+' ? '+' : '−'})`}
                value={l.strength}
                min={0.05}
                max={3}
                step={0.05}
                format={fixed}
                testId={`slider-strength-${l.from}-${l.to}`}
                onValue={(strength) => edit((d) => updateLink(d, l.from, l.to, { strength }))}
              />
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('studio.sim.decays')}</legend>
            <p className="field-note">{t('studio.sim.decayHint')}</p>
            {draft.components.map((c) => (
              <Slider
                key={c.id}
                label={name(c.id)}
                value={c.decay}
                min={0.05}
                max={3}
                step={0.05}
                format={fixed}
                testId={`slider-decay-${c.id}`}
                onValue={(decay) => edit((d) => updateComponent(d, c.id, { decay }))}
              />
            ))}
          </fieldset>
        </form>
        <div className="sim-results">
          {run.ok ? <SimFigures draft={draft} result={run.result} /> : <ProblemMessage error={run.error} />}
          <div className="card">
            <p className="field-note">{t('studio.sim.serverHint')}</p>
            <button
              type="button"
              className="button-secondary"
              disabled={compare.busy || !run.ok}
              onClick={() =>
                void compare.run(async () => {
                  setVerdict(null);
                  await props.flush();
                  const server = await flywheels.simulate(id, { options });
                  setVerdict(run.ok && sameRun(run.result, server) ? 'same' : 'different');
                })
              }
            >
              {t('studio.sim.compare')}
            </button>
            {verdict ? (
              <p
                className={verdict === 'same' ? 'notice' : 'problem'}
                role="status"
                data-testid="server-verdict"
                data-verdict={verdict}
              >
                {t(`studio.sim.verdict.${verdict}`)}
              </p>
            ) : null}
            {compare.error ? <ProblemMessage error={compare.error} /> : null}
          </div>
        </div>
      </div>
    </section>
  );
}
