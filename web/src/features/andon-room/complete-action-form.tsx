import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { WorkOrder } from '../../api/types.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { FormButtons } from './form-buttons.tsx';

/** A corrective or preventive action is done: what was done, and the evidence. */
export function CompleteActionForm({
  order,
  onDone,
  onCancel,
}: {
  order: WorkOrder;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  return (
    <form
      className="form record-form"
      aria-label={t('order.markDone')}
      onSubmit={submit.onSubmit(async () => {
        await lifecycle.complete(order.id, {
          completedBy: identity,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
        });
        onDone();
      })}
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
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
      <FormButtons busy={submit.busy} identity={identity} submit={t('order.markDone')} onCancel={onCancel} />
    </form>
  );
}
