import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { WorkOrder } from '../../api/types.ts';
import { CheckField, TextAreaField, TextField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { type OrderFormProps, RecordForm } from './record-form.tsx';

/** The criteria the rectification stated for its acceptance (kept on the acceptance order). */
export function criteriaOf(order: WorkOrder): string[] {
  const list = order.details?.['criteria'];
  return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
}

/**
 * 验收: an independent verifier checks each stated criterion; all met is a pass, any unmet a fail
 * (the andon goes back for a new fix). The server refuses a verifier who made the fix.
 */
export function AcceptanceForm({ order, onDone, onCancel }: OrderFormProps) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const submit = useSubmit();
  const criteria = criteriaOf(order);
  const [met, setMet] = useState<boolean[]>(() => criteria.map(() => false));
  const [notes, setNotes] = useState<string[]>(() => criteria.map(() => ''));
  const [evidence, setEvidence] = useState('');
  const pass = met.length > 0 && met.every(Boolean);
  const fixer = typeof order.details?.['rectifiedBy'] === 'string' ? order.details['rectifiedBy'] : null;
  return (
    <RecordForm
      label={t('acceptance.title')}
      submit={submit}
      identity={identity}
      submitLabel={t(pass ? 'acceptance.submitPass' : 'acceptance.submitFail')}
      danger={!pass}
      onCancel={onCancel}
      onSubmit={async () => {
        await lifecycle.acceptance(order.id, {
          verifiedBy: identity,
          result: pass ? 'pass' : 'fail',
          criteria: criteria.map((criterion, i) => ({
            criterion,
            met: met[i] ?? false,
            ...(notes[i]?.trim() ? { note: notes[i].trim() } : {}),
          })),
          evidence,
        });
        onDone();
      }}
    >
      <h4>{t('acceptance.title')}</h4>
      <p className="field-note">
        {fixer ? t('acceptance.independentOf', { who: fixer }) : t('acceptance.independent')}
      </p>
      {submit.fieldError('/verifiedBy') ? (
        <p className="field-error">{submit.fieldError('/verifiedBy')}</p>
      ) : null}
      <ol className="criteria">
        {criteria.map((c, i) => (
          <li key={c}>
            <CheckField
              label={t('acceptance.met', { criterion: c })}
              checked={met[i] ?? false}
              onChecked={(v) => setMet((m) => m.map((x, j) => (j === i ? v : x)))}
              error={submit.fieldError(`/criteria/${i}/met`)}
            />
            <TextField
              label={t('acceptance.note', { n: i + 1 })}
              value={notes[i] ?? ''}
              maxLength={2000}
              onValue={(v) => setNotes((n) => n.map((x, j) => (j === i ? v : x)))}
            />
          </li>
        ))}
      </ol>
      <TextAreaField
        label={t('acceptance.evidence')}
        hint={t('acceptance.evidenceHint')}
        required
        rows={3}
        maxLength={5000}
        value={evidence}
        onValue={setEvidence}
        error={submit.fieldError('/evidence')}
      />
      <p className="acceptance-result" aria-live="polite" data-testid="acceptance-result">
        {t(pass ? 'acceptance.willPass' : 'acceptance.willFail')}
      </p>
    </RecordForm>
  );
}
