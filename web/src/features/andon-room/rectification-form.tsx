import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { AndonDetail } from '../../api/types.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { FormButtons } from './form-buttons.tsx';

/** 整改: the fix that was made, its evidence, and the criteria an independent verifier will check. */
export function RectificationForm({
  andon,
  blocked,
  onDone,
}: {
  andon: AndonDetail;
  blocked: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const submit = useSubmit();
  const [summary, setSummary] = useState('');
  const [evidence, setEvidence] = useState('');
  const [criteria, setCriteria] = useState('');
  const e = submit.fieldError;
  return (
    <form
      className="form record-form"
      aria-labelledby="rectification-title"
      onSubmit={submit.onSubmit(async () => {
        await lifecycle.rectification(andon.id, {
          recordedBy: identity,
          summary,
          evidence,
          criteria: criteria
            .split('\n')
            .map((c) => c.trim())
            .filter(Boolean),
        });
        onDone();
      })}
    >
      <h3 id="rectification-title">{t('rectification.title')}</h3>
      {blocked ? <p className="notice">{t('rectification.blocked')}</p> : null}
      {blocked ? null : (
        <>
          <TextAreaField
            label={t('rectification.summary')}
            required
            rows={2}
            maxLength={5000}
            value={summary}
            onValue={setSummary}
            error={e('/summary')}
          />
          <TextAreaField
            label={t('rectification.evidence')}
            required
            rows={2}
            maxLength={5000}
            value={evidence}
            onValue={setEvidence}
            error={e('/evidence')}
          />
          <TextAreaField
            label={t('rectification.criteria')}
            hint={t('rectification.criteriaHint')}
            required
            rows={3}
            value={criteria}
            onValue={setCriteria}
            error={e('/criteria')}
          />
          {submit.error ? <ProblemMessage error={submit.error} /> : null}
          <FormButtons busy={submit.busy} identity={identity} submit={t('rectification.submit')} />
        </>
      )}
    </form>
  );
}
