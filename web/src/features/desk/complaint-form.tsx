import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, compensationKinds } from '#domain/targets.ts';
import { endpoints } from '../../api/endpoints.ts';
import type { ComplaintResult, CreateComplaint, Target } from '../../api/types.ts';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { IssuePicker } from './issue-picker.tsx';
import { PreviewHint } from './preview-hint.tsx';
import { TargetSearch } from './target-search.tsx';

type Channel = NonNullable<CreateComplaint['channel']>;
type Compensation = NonNullable<CreateComplaint['compensation']>['kind'];

interface Props {
  target: Target | null;
  issueCode: string;
  onTarget: (t: Target | null) => void;
  onIssueCode: (code: string) => void;
  onRecorded: (result: ComplaintResult) => void;
}

/** Log a complaint fast: target, problem, customer, their words; the rest is optional. */
export function ComplaintForm({ target, issueCode, onTarget, onIssueCode, onRecorded }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const identity = useIdentity();
  const [customerRef, setCustomerRef] = useState('');
  const [text, setText] = useState('');
  const [orderRef, setOrderRef] = useState('');
  const [lotRef, setLotRef] = useState('');
  const [channel, setChannel] = useState<Channel>('phone');
  const [compensation, setCompensation] = useState<Compensation>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [needIdentity, setNeedIdentity] = useState(false);
  const [needTarget, setNeedTarget] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!identity) {
      setNeedIdentity(true);
      return;
    }
    setNeedIdentity(false);
    if (!target || !issueCode) {
      setNeedTarget(!target);
      return;
    }
    setNeedTarget(false);
    setBusy(true);
    setError(null);
    try {
      const result = await endpoints.recordComplaint({
        targetId: target.id,
        issueCode,
        customerRef: customerRef.trim(),
        text,
        orderRef: orderRef.trim() || null,
        lotRef: lotRef.trim() || null,
        channel,
        compensation: { kind: compensation },
        recordedBy: identity,
      });
      onRecorded(result);
      setCustomerRef('');
      setText('');
      setOrderRef('');
      setLotRef('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby={field('title')}>
      <h2 id={field('title')}>{t('desk.complaint')}</h2>
      <TargetSearch value={target} onChange={onTarget} />
      <IssuePicker value={issueCode} onChange={onIssueCode} />
      <div className="field">
        <label htmlFor={field('customer')}>{t('desk.customer')}</label>
        <input
          id={field('customer')}
          name="customerRef"
          required
          maxLength={200}
          value={customerRef}
          onChange={(e) => setCustomerRef(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={field('said')}>{t('desk.said')}</label>
        <textarea
          id={field('said')}
          name="text"
          rows={4}
          maxLength={10_000}
          aria-describedby={`${field('said-hint')} ${field('said-alike')}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={field('said-hint')} className="field-note">
          {t('desk.saidHint')}
        </p>
        <PreviewHint targetId={target?.id ?? null} text={text} id={field('said-alike')} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={field('order')}>
            {t('desk.order')} <span className="muted">{t('desk.optional')}</span>
          </label>
          <input
            id={field('order')}
            name="orderRef"
            maxLength={200}
            value={orderRef}
            onChange={(e) => setOrderRef(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('lot')}>
            {t('desk.lot')} <span className="muted">{t('desk.optional')}</span>
          </label>
          <input
            id={field('lot')}
            name="lotRef"
            maxLength={200}
            value={lotRef}
            onChange={(e) => setLotRef(e.target.value)}
          />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={field('channel')}>{t('desk.channel')}</label>
          <select
            id={field('channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
          >
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('compensation')}>{t('desk.compensation')}</label>
          <select
            id={field('compensation')}
            value={compensation}
            onChange={(e) => setCompensation(e.target.value as Compensation)}
          >
            {compensationKinds.map((c) => (
              <option key={c} value={c}>
                {t(`compensation.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {needIdentity && !identity ? (
        <p className="problem" role="alert">
          {t('app.identity.missing')}
        </p>
      ) : null}
      {needTarget && !target ? (
        <p className="problem" role="alert">
          {t('desk.chooseTarget')}
        </p>
      ) : null}
      {error ? <ProblemMessage error={error} /> : null}
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('desk.recording') : t('desk.record')}
      </button>
    </form>
  );
}
