import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { AndonDetail } from '../../api/types.ts';
import { useCan } from '../../api/use-can.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { FormButtons } from './form-buttons.tsx';
import { RectificationForm } from './rectification-form.tsx';

const steps = ['containment', 'root_cause', 'corrective_actions', 'rectification', 'acceptance'] as const;

/**
 * From pull to relist: what is done and exactly what is still missing (the server's
 * missingForRelist), the rectification when it is due, then relist — or retire. The rectification,
 * relist and retire are offered only to those whose role may record them.
 */
export function NextSteps({ andon, onChanged }: { andon: AndonDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const identity = useIdentity();
  const relist = useSubmit();
  const retire = useSubmit();
  const [retiring, setRetiring] = useState(false);
  const [reason, setReason] = useState('');
  const mayRelist = useCan('andons:relist');
  const mayRectify = useCan('andons:rectify');
  if (andon.closedAt !== null) return null;
  const missing = new Set(andon.missingForRelist);
  const ready = missing.size === 0;
  const canRectify = mayRectify && andon.state === 'root_caused' && andon.rectification === null;
  return (
    <section className="card next-steps" aria-labelledby="next-steps-title" data-testid="next-steps">
      <h2 id="next-steps-title">{t('steps.title')}</h2>
      <ol className="checklist" data-testid="missing">
        {steps.map((s) => (
          <li
            key={s}
            className={missing.has(s) ? 'step-missing' : 'step-done'}
            data-step={s}
            data-done={!missing.has(s)}
          >
            <span aria-hidden="true">{missing.has(s) ? '○' : '✓'}</span> {label('missing', s)}{' '}
            <span className="step-word">{t(missing.has(s) ? 'steps.missing' : 'steps.done')}</span>
          </li>
        ))}
      </ol>
      <p className="steps-summary" aria-live="polite">
        {ready
          ? t('steps.ready')
          : t('steps.stillMissing', {
              items: [...missing].map((m) => label('missing', m)).join(t('steps.separator')),
            })}
      </p>
      {canRectify ? (
        <RectificationForm andon={andon} blocked={missing.has('corrective_actions')} onDone={onChanged} />
      ) : null}
      {mayRelist ? (
        <div className="inline-actions">
          <button
            type="button"
            className="button-primary"
            disabled={!ready || relist.busy || !identity}
            aria-describedby="next-steps-title"
            onClick={() =>
              void relist.run(async () => {
                await lifecycle.relist(andon.id, { relistedBy: identity });
                onChanged();
              })
            }
          >
            {t('steps.relist')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-expanded={retiring}
            onClick={() => setRetiring((r) => !r)}
          >
            {t('steps.retire')}
          </button>
        </div>
      ) : null}
      {relist.error ? <ProblemMessage error={relist.error} /> : null}
      {retiring && mayRelist ? (
        <form
          className="form record-form"
          aria-label={t('steps.retire')}
          onSubmit={retire.onSubmit(async () => {
            await lifecycle.retire(andon.id, { retiredBy: identity, reason: reason.trim() });
            onChanged();
          })}
        >
          <p className="field-note">{t('steps.retireHint')}</p>
          <TextAreaField
            label={t('steps.retireReason')}
            required
            rows={2}
            maxLength={2000}
            value={reason}
            onValue={setReason}
            error={retire.fieldError('/reason')}
          />
          {retire.error ? <ProblemMessage error={retire.error} /> : null}
          <FormButtons
            busy={retire.busy}
            identity={identity}
            submit={t('steps.retireConfirm')}
            onCancel={() => setRetiring(false)}
            danger
          />
        </form>
      ) : null}
    </section>
  );
}
