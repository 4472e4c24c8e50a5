import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_MANUAL_REASON_LENGTH } from '#domain/andon.ts';
import { endpoints } from '../../api/endpoints.ts';
import type { AndonDetail, RepeatEvidence, Target } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { Dialog } from '../../components/dialog.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';

interface Props {
  open: boolean;
  target: Target;
  issueCode: string;
  evidence: RepeatEvidence;
  complaintId: string | null;
  onClose: () => void;
  onPulled: (andon: AndonDetail) => void;
}

/** The confirmation says what will happen: off sale at once, two work orders, a reward pending. */
export function PullDialog({ open, target, issueCode, evidence, complaintId, onClose, onPulled }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const identity = useIdentity();
  const rule = useResource(open ? (signal) => endpoints.rule(evidence.ruleId, signal) : null, [
    open,
    evidence.ruleId,
  ]);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const manual = !evidence.met;

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const andon = await endpoints.pullCord({
        ...(complaintId ? { complaintId } : { targetId: target.id, issueCode }),
        pulledBy: identity,
        ...(manual ? { reason: reason.trim() } : {}),
      });
      onPulled(andon);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const reward = rule.data?.reward;
  return (
    <Dialog open={open} onClose={onClose} labelledBy={`${id}-title`}>
      <form onSubmit={(e) => void confirm(e)} className="pull-confirm">
        <h2 id={`${id}-title`}>{t('pull.title')}</h2>
        <p>
          {manual
            ? t('pull.manual', { count: evidence.distinctCustomers, threshold: evidence.threshold })
            : t('pull.ruleMet', { count: evidence.distinctCustomers })}
        </p>
        <ul className="consequences">
          <li>
            <strong>{t('pull.offSale', { target: target.name })}</strong>
            {target.monthlyGmv ? ` ${t('pull.gmv', { amount: f.money(target.monthlyGmv) })}` : ''}
          </li>
          <li>
            {t('pull.workOrders')}
            <ul>
              <li>{t('pull.inspection')}</li>
              <li>{t('pull.rootCause')}</li>
            </ul>
          </li>
          <li>
            {reward && reward.amountMinor > 0
              ? t('pull.reward', { amount: f.money(reward) })
              : t('pull.rewardNoAmount')}
          </li>
          <li>{t('pull.noApproval')}</li>
        </ul>
        {manual ? (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('pull.reason')}</label>
            <textarea
              id={`${id}-reason`}
              required
              minLength={MIN_MANUAL_REASON_LENGTH}
              maxLength={2000}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        ) : null}
        {error ? <ProblemMessage error={error} /> : null}
        <div className="dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('pull.cancel')}
          </button>
          <button type="submit" className="button-danger" disabled={busy} autoFocus={!manual}>
            {busy ? t('pull.pulling') : t('pull.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
