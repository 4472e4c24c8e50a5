import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseKinds,
  caseOutcomes,
  movements,
  type CaseKind,
  type CaseOutcome,
  type FactorObservation,
  type FlywheelCase,
  type Movement,
} from '#domain/flywheel/model.ts';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';

/** A factor the reader can pick (a component's, or one seen in other cases), with its name. */
export interface FactorChoice {
  key: string;
  label: string;
}

function emptyCase(id: string): FlywheelCase {
  return {
    id,
    kind: 'product',
    title: '',
    description: '',
    period: { start: String(new Date().getFullYear()), end: null },
    outcome: 'success',
    factors: [],
  };
}

/** Adds or changes a case: what it was, when, how it ended, and each factor seen moving (or not). */
export function CaseForm({
  initial,
  newId,
  choices,
  onSave,
  onCancel,
}: {
  initial: FlywheelCase | null;
  newId: string;
  choices: FactorChoice[];
  onSave: (c: FlywheelCase) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const submit = useSubmit();
  const [c, setC] = useState<FlywheelCase>(() => initial ?? emptyCase(newId));
  const set = (patch: Partial<FlywheelCase>) => setC((x) => ({ ...x, ...patch }));
  const setFactor = (i: number, patch: Partial<FactorObservation>) =>
    set({ factors: c.factors.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const unused = choices.find((ch) => !c.factors.some((f) => f.factor === ch.key));

  return (
    <form
      className="card form case-form"
      aria-labelledby={`${listId}-title`}
      data-testid="case-form"
      onSubmit={submit.onSubmit(() => onSave({ ...c, period: { ...c.period, end: c.period.end || null } }))}
    >
      <h3 id={`${listId}-title`}>{initial ? t('studio.cases.editTitle') : t('studio.cases.addTitle')}</h3>
      <TextField
        label={t('studio.cases.fields.title')}
        value={c.title}
        onValue={(title) => set({ title })}
        required
        maxLength={200}
        error={submit.fieldError('/title')}
      />
      <div className="field-row">
        <SelectField<CaseKind>
          label={t('studio.cases.fields.kind')}
          value={c.kind}
          onValue={(kind) => set({ kind })}
          options={caseKinds.map((k) => ({ value: k, label: t(`studio.cases.kind.${k}`) }))}
        />
        <SelectField<CaseOutcome>
          label={t('studio.cases.fields.outcome')}
          value={c.outcome}
          onValue={(outcome) => set({ outcome })}
          options={caseOutcomes.map((o) => ({ value: o, label: t(`studio.cases.outcome.${o}`) }))}
        />
        <TextField
          label={t('studio.cases.fields.start')}
          hint={t('studio.cases.fields.dateHint')}
          value={c.period.start}
          onValue={(start) => set({ period: { ...c.period, start } })}
          required
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          error={submit.fieldError('/period/start')}
        />
        <TextField
          label={t('studio.cases.fields.end')}
          hint={t('studio.cases.fields.endHint')}
          value={c.period.end ?? ''}
          onValue={(end) => set({ period: { ...c.period, end } })}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          error={submit.fieldError('/period/end')}
        />
      </div>
      <TextAreaField
        label={t('studio.cases.fields.description')}
        value={c.description}
        onValue={(description) => set({ description })}
        rows={2}
      />
      <fieldset className="factor-rows">
        <legend>{t('studio.cases.fields.factors')}</legend>
        <p className="field-note">{t('studio.cases.fields.factorsHint')}</p>
        <datalist id={`${listId}-factors`}>
          {choices.map((ch) => (
            <option key={ch.key} value={ch.key}>
              {ch.label}
            </option>
          ))}
        </datalist>
        {c.factors.map((f, i) => (
          <div className="factor-row" key={i} data-testid="factor-row">
            <TextField
              label={t('studio.cases.fields.factor', { n: i + 1 })}
              value={f.factor}
              onValue={(factor) => setFactor(i, { factor })}
              list={`${listId}-factors`}
              required
              error={submit.fieldError(`/factors/${i}/factor`)}
            />
            <SelectField<Movement>
              label={t('studio.cases.fields.movement', { n: i + 1 })}
              value={f.movement}
              onValue={(movement) => setFactor(i, { movement })}
              options={movements.map((m) => ({ value: m, label: t(`studio.movement.${m}`) }))}
            />
            <TextField
              label={t('studio.cases.fields.note', { n: i + 1 })}
              value={f.note}
              onValue={(note) => setFactor(i, { note })}
            />
            <button
              type="button"
              className="button-secondary"
              onClick={() => set({ factors: c.factors.filter((_, j) => j !== i) })}
            >
              {t('studio.cases.removeFactor', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            set({ factors: [...c.factors, { factor: unused?.key ?? '', movement: 'up', note: '' }] })
          }
        >
          {t('studio.cases.addFactor')}
        </button>
      </fieldset>
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
      <div className="inline-actions">
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {t('studio.cases.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('studio.cancel')}
        </button>
      </div>
    </form>
  );
}
