import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { componentFactorKeys, labelFor, type FlywheelCase } from '#domain/flywheel/model.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CaseForm, type FactorChoice } from './case-form.tsx';
import type { StepProps } from './studio-page.tsx';

const arrows = { up: '↑', down: '↓', absent: '·' } as const;

/** The factors a case can name: each component's, the named factors, and those other cases used. */
export function factorChoices(props: Pick<StepProps, 'draft' | 'studio'>): FactorChoice[] {
  const locale = currentLocale();
  const out = new Map<string, string>();
  for (const c of props.draft.components)
    for (const key of componentFactorKeys(c)) out.set(key, labelFor(c.label, locale, key));
  for (const f of props.studio.factors) if (!out.has(f.key)) out.set(f.key, labelFor(f.label, locale, f.key));
  for (const c of props.studio.cases)
    for (const f of c.factors) if (!out.has(f.factor)) out.set(f.factor, f.factor);
  return [...out].map(([key, label]) => ({ key, label }));
}

/** Steps 1 and 2: the success and failure cases, each with the factors observed. */
export function CasesStep(props: StepProps) {
  const { t } = useTranslation();
  const { studio, id, canEdit } = props;
  const [editing, setEditing] = useState<FlywheelCase | 'new' | null>(null);
  const remove = useSubmit();
  const choices = factorChoices(props);
  const labelOf = new Map(choices.map((c) => [c.key, c.label]));
  const [newId, setNewId] = useState('');

  async function save(c: FlywheelCase) {
    await flywheels.saveCase(id, c);
    setEditing(null);
    await props.reload();
  }

  const successes = studio.cases.filter((c) => c.outcome === 'success').length;
  return (
    <section className="studio-step" aria-labelledby="cases-title" data-testid="cases-step">
      <h2 id="cases-title">{t('studio.cases.title')}</h2>
      <p className="muted">{t('studio.cases.intro')}</p>
      <p data-testid="case-counts">
        {t('studio.cases.counts', { success: successes, failure: studio.cases.length - successes })}
      </p>
      {studio.cases.length === 0 ? (
        <p className="muted">{t('studio.cases.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="studio-table" data-testid="cases">
            <caption className="visually-hidden">{t('studio.cases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('studio.cases.fields.title')}</th>
                <th scope="col">{t('studio.cases.fields.outcome')}</th>
                <th scope="col">{t('studio.cases.fields.kind')}</th>
                <th scope="col">{t('studio.cases.period')}</th>
                <th scope="col">{t('studio.cases.fields.factors')}</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('studio.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {studio.cases.map((c) => (
                <tr key={c.id} data-testid="case" data-outcome={c.outcome}>
                  <th scope="row">
                    {c.title}
                    {c.description ? (
                      <span className="field-note case-description">{c.description}</span>
                    ) : null}
                  </th>
                  <td>
                    <span className={`tag tag-${c.outcome}`}>{t(`studio.cases.outcome.${c.outcome}`)}</span>
                  </td>
                  <td>{t(`studio.cases.kind.${c.kind}`)}</td>
                  <td>
                    {c.period.end
                      ? `${c.period.start} – ${c.period.end}`
                      : t('studio.cases.since', { start: c.period.start })}
                  </td>
                  <td>
                    <ul className="factor-list">
                      {c.factors.map((f) => (
                        <li key={f.factor} title={f.note || undefined}>
                          <span aria-hidden="true">{arrows[f.movement]} </span>
                          {labelOf.get(f.factor) ?? f.factor}
                          <span className="visually-hidden"> {t(`studio.movement.${f.movement}`)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  {canEdit ? (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => setEditing(c)}
                        aria-label={t('studio.cases.editNamed', { title: c.title })}
                      >
                        {t('studio.edit')}
                      </button>
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('studio.cases.removeNamed', { title: c.title })}
                        onClick={() =>
                          void remove.run(async () => {
                            await flywheels.removeCase(id, c.id);
                            await props.reload();
                          })
                        }
                      >
                        {t('studio.remove')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.error ? <ProblemMessage error={remove.error} /> : null}
      {!canEdit ? null : editing ? (
        <CaseForm
          key={editing === 'new' ? newId : editing.id}
          initial={editing === 'new' ? null : editing}
          newId={newId}
          choices={choices}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            setNewId(`case-${Date.now().toString(36)}`);
            setEditing('new');
          }}
        >
          {t('studio.cases.add')}
        </button>
      )}
    </section>
  );
}
