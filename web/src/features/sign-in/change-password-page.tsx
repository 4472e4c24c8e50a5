import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword, signOut } from '../../api/session.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useTitle } from '../../components/use-title.ts';
import { AccessFrame } from './access-frame.tsx';

/** After a reset: the person replaces the temporary password before anything else opens. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  useTitle(t('password.title'));
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mismatch = repeat !== '' && next !== repeat;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const field = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    autoComplete: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="password"
        autoComplete={autoComplete}
        required
        maxLength={200}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
  return (
    <AccessFrame title={t('password.title')} intro={t('password.intro')}>
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="change-password">
        {field('current', t('password.current'), current, setCurrent, 'current-password')}
        {field('next', t('password.next'), next, setNext, 'new-password')}
        {field('repeat', t('password.repeat'), repeat, setRepeat, 'new-password')}
        {mismatch ? (
          <p className="field-error" role="alert">
            {t('password.mismatch')}
          </p>
        ) : null}
        {error ? <ProblemMessage error={error} /> : null}
        <div className="inline-actions">
          <button type="submit" className="button-primary" disabled={busy || mismatch}>
            {busy ? t('password.busy') : t('password.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void signOut()}>
            {t('session.signOut')}
          </button>
        </div>
      </form>
    </AccessFrame>
  );
}
