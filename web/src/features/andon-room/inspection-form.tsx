import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { Disposition, InspectionScope } from '../../api/lifecycle-types.ts';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { type OrderFormProps, RecordForm } from './record-form.tsx';

const dispositions: Record<InspectionScope, Disposition[]> = {
  batch: ['return_batch', 'scrap', 'release'],
  units: ['rework_repack', 'scrap', 'release'],
};

const count = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** The supplier's inspection: open all stock; batch-wide → return the batch, single units → fix and repack. */
export function InspectionForm({ order, onDone, onCancel }: OrderFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const identity = useIdentity();
  const submit = useSubmit();
  const [inspected, setInspected] = useState('');
  const [defective, setDefective] = useState('');
  const [returned, setReturned] = useState('0');
  const [lots, setLots] = useState('');
  const [scope, setScope] = useState<InspectionScope>('batch');
  const [disposition, setDisposition] = useState<Disposition>('return_batch');
  const [evidence, setEvidence] = useState('');
  const e = submit.fieldError;

  const chooseScope = (next: InspectionScope) => {
    setScope(next);
    if (!dispositions[next].includes(disposition)) setDisposition(dispositions[next][0]!);
  };

  return (
    <RecordForm
      label={t('inspection.title')}
      submit={submit}
      identity={identity}
      submitLabel={t('inspection.submit')}
      onCancel={onCancel}
      onSubmit={async () => {
        await lifecycle.inspection(order.id, {
          recordedBy: identity,
          inspectedQuantity: count(inspected),
          defectiveQuantity: count(defective),
          returnedQuantity: count(returned) || 0,
          lots: lots
            .split(/[,，\s]+/)
            .map((l) => l.trim())
            .filter(Boolean),
          scope,
          disposition,
          evidence,
        });
        onDone();
      }}
    >
      <h4>{t('inspection.title')}</h4>
      <div className="field-row">
        <TextField
          label={t('inspection.inspected')}
          type="number"
          min={0}
          required
          inputMode="numeric"
          value={inspected}
          onValue={setInspected}
          error={e('/inspectedQuantity')}
        />
        <TextField
          label={t('inspection.defective')}
          type="number"
          min={0}
          required
          inputMode="numeric"
          value={defective}
          onValue={setDefective}
          error={e('/defectiveQuantity')}
        />
        <TextField
          label={t('inspection.returned')}
          type="number"
          min={0}
          inputMode="numeric"
          value={returned}
          onValue={setReturned}
          error={e('/returnedQuantity')}
        />
      </div>
      <TextField
        label={t('inspection.lots')}
        hint={t('inspection.lotsHint')}
        value={lots}
        onValue={setLots}
        error={e('/lots')}
      />
      <fieldset className="choices">
        <legend>{t('inspection.scope')}</legend>
        {(['batch', 'units'] as const).map((s) => (
          <label key={s} className="check">
            <input
              type="radio"
              name={`scope-${order.id}`}
              value={s}
              checked={scope === s}
              onChange={() => chooseScope(s)}
            />
            {label('scope', s)}
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t('inspection.disposition')}
        value={disposition}
        onValue={setDisposition}
        options={dispositions[scope].map((d) => ({ value: d, label: label('disposition', d) }))}
        error={e('/disposition')}
      />
      <TextAreaField
        label={t('inspection.evidence')}
        hint={t('inspection.evidenceHint')}
        required
        rows={3}
        maxLength={5000}
        value={evidence}
        onValue={setEvidence}
        error={e('/evidence')}
      />
    </RecordForm>
  );
}
