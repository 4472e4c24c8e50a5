import { useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { RootCauseCategory } from '../../api/lifecycle-types.ts';
import { CheckField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { AnalysisCheck } from './analysis-check.tsx';
import { ActionsEditor } from './actions-editor.tsx';
import { analysisIssues, editFiveWhys, emptyDraft, toRootCauseBody } from './five-whys-model.ts';
import { type OrderFormProps, RecordForm } from './record-form.tsx';

const categories: RootCauseCategory[] = ['process', 'supplier', 'design', 'system', 'people_in_process'];

/**
 * 五个为什么: why → because pairs with their evidence (add, reorder, remove), down to a cause in
 * the process; its category; corrective and preventive actions, each with one owner and a date. It
 * says, as you type, why the analysis is not yet acceptable; the server's refusal is shown per field.
 */
export function FiveWhysEditor({ order, minWhys, onDone, onCancel }: OrderFormProps & { minWhys: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  const identity = useIdentity();
  const submit = useSubmit();
  const [draft, edit] = useReducer(editFiveWhys, minWhys, emptyDraft);
  const issues = useMemo(() => analysisIssues(draft, minWhys, new Date()), [draft, minWhys]);
  const e = submit.fieldError;
  const last = draft.whys.length - 1;

  return (
    <RecordForm
      label={t('whys.title')}
      className="form record-form five-whys"
      submit={submit}
      identity={identity}
      submitLabel={t('whys.submit')}
      onCancel={onCancel}
      onSubmit={async () => {
        await lifecycle.rootCause(order.id, toRootCauseBody(draft, identity));
        onDone();
      }}
    >
      <h4>{t('whys.title')}</h4>
      <p className="field-note">{t('whys.intro', { min: minWhys })}</p>
      <ol className="whys" data-testid="whys">
        {draft.whys.map((w, i) => (
          <li key={w.key} className="why">
            <fieldset>
              <legend>{t('whys.level', { n: i + 1 })}</legend>
              <TextField
                label={t('whys.why')}
                value={w.why}
                maxLength={1000}
                onValue={(value) => edit({ type: 'setWhy', index: i, field: 'why', value })}
                error={e(`/whys/${i}/why`)}
              />
              <TextField
                label={t('whys.because')}
                value={w.because}
                maxLength={1000}
                onValue={(value) => edit({ type: 'setWhy', index: i, field: 'because', value })}
                error={e(`/whys/${i}/because`)}
              />
              <TextField
                label={t('whys.evidence')}
                hint={i === 0 ? t('whys.evidenceHint') : undefined}
                value={w.evidence}
                maxLength={2000}
                onValue={(value) => edit({ type: 'setWhy', index: i, field: 'evidence', value })}
                error={e(`/whys/${i}/evidence`)}
              />
              <div className="inline-actions">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={i === 0}
                  aria-label={t('whys.moveUp', { n: i + 1 })}
                  onClick={() => edit({ type: 'moveWhy', index: i, by: -1 })}
                >
                  ↑ <span aria-hidden="true">{t('whys.up')}</span>
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={i === last}
                  aria-label={t('whys.moveDown', { n: i + 1 })}
                  onClick={() => edit({ type: 'moveWhy', index: i, by: 1 })}
                >
                  ↓ <span aria-hidden="true">{t('whys.down')}</span>
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={draft.whys.length <= 1}
                  aria-label={t('whys.remove', { n: i + 1 })}
                  onClick={() => edit({ type: 'removeWhy', index: i })}
                >
                  <span aria-hidden="true">{t('whys.removeShort')}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button-secondary" onClick={() => edit({ type: 'addWhy' })}>
        {t('whys.add')}
      </button>
      <TextAreaField
        label={t('whys.statement')}
        hint={t('whys.statementHint')}
        rows={2}
        maxLength={2000}
        value={draft.statement}
        onValue={(value) => edit({ type: 'set', field: 'statement', value })}
        error={e('/statement')}
      />
      <div className="field-row">
        <SelectField
          label={t('whys.category')}
          value={draft.category}
          onValue={(value) => edit({ type: 'setCategory', value })}
          options={categories.map((c) => ({ value: c, label: label('rootCauseCategory', c) }))}
          error={e('/category')}
        />
        <CheckField
          label={t('whys.processLevel')}
          checked={draft.processLevel}
          onChecked={(value) => edit({ type: 'setProcessLevel', value })}
          error={e('/processLevel')}
        />
      </div>
      <ActionsEditor actions={draft.actions} edit={edit} fieldError={e} />
      <AnalysisCheck issues={issues} whys={draft.whys.length} />
    </RecordForm>
  );
}
