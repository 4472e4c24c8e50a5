import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { type OrderFormProps, RecordForm } from './record-form.tsx';

/** A corrective or preventive action is done: what was done, and the evidence. */
export function CompleteActionForm({ order, onDone, onCancel }: OrderFormProps) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  return (
    <RecordForm
      label={t('order.markDone')}
      submit={submit}
      identity={identity}
      submitLabel={t('order.markDone')}
      onCancel={onCancel}
      onSubmit={async () => {
        await lifecycle.complete(order.id, {
          completedBy: identity,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
        });
        onDone();
      }}
    >
      <TextAreaField
        label={t('order.doneNote')}
        rows={2}
        maxLength={5000}
        value={note}
        onValue={setNote}
        error={submit.fieldError('/note')}
      />
      <TextAreaField
        label={t('order.doneEvidence')}
        rows={2}
        maxLength={5000}
        value={evidence}
        onValue={setEvidence}
        error={submit.fieldError('/evidence')}
      />
    </RecordForm>
  );
}
