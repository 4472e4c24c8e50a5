import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { InvalidReason } from '../../api/lifecycle-types.ts';
import type { AndonDetail } from '../../api/types.ts';
import { useCan } from '../../api/use-can.ts';
import { SelectField, TextAreaField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { FormButtons } from './form-buttons.tsx';

const reasons: InvalidReason[] = [
  'rule_not_met',
  'wrong_target',
  'wrong_issue_code',
  'duplicate',
  'customer_choice',
  'not_reproducible',
  'other',
];

/**
 * The manager's review, once: valid grants the agent's reward; invalid (with a reason code) voids it
 * without penalising the agent — it counts against the manager's bad-andon rate — and relists at once.
 * Shown only to those who may review (managers, directors, admins).
 */
export function ReviewForm({ andon, onDone }: { andon: AndonDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const identity = useIdentity();
  const submit = useSubmit();
  const [verdict, setVerdict] = useState<'valid' | 'invalid'>('valid');
  const [reasonCode, setReasonCode] = useState<InvalidReason>('rule_not_met');
  const [note, setNote] = useState('');
  const mayReview = useCan('andons:review');
  if (andon.review || !mayReview) return null;
  return (
    <section className="card" aria-labelledby="review-title" data-testid="review">
      <h2 id="review-title">{t('review.title')}</h2>
      <p className="field-note">{t('review.hint', { agent: andon.reward?.agentRef ?? andon.pulledBy })}</p>
      <form
        className="form"
        onSubmit={submit.onSubmit(async () => {
          await lifecycle.review(andon.id, {
            reviewedBy: identity,
            verdict,
            ...(verdict === 'invalid' ? { reasonCode } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          });
          onDone();
        })}
      >
        <fieldset className="choices">
          <legend>{t('review.verdict')}</legend>
          {(['valid', 'invalid'] as const).map((v) => (
            <label key={v} className="check">
              <input
                type="radio"
                name={`verdict-${andon.id}`}
                value={v}
                checked={verdict === v}
                onChange={() => setVerdict(v)}
              />
              {t(v === 'valid' ? 'review.valid' : 'review.invalid')}
            </label>
          ))}
        </fieldset>
        {verdict === 'invalid' ? (
          <SelectField
            label={t('review.reason')}
            value={reasonCode}
            onValue={setReasonCode}
            options={reasons.map((r) => ({ value: r, label: label('invalidReason', r) }))}
            error={submit.fieldError('/reasonCode')}
          />
        ) : null}
        <TextAreaField label={t('review.note')} rows={2} maxLength={2000} value={note} onValue={setNote} />
        {submit.error ? <ProblemMessage error={submit.error} /> : null}
        <FormButtons busy={submit.busy} identity={identity} submit={t('review.submit')} />
      </form>
    </section>
  );
}
