import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/session.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useTitle } from '../../components/use-title.ts';
import { AccessFrame } from './access-frame.tsx';

/** Email and password; the server's answer (wrong password, paused after failures) in the reader's language. */
export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  useTitle(t('signIn.title'));
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(err);
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <AccessFrame title={t('signIn.title')} intro={t('signIn.intro')}>
      {expired ? (
        <p className="notice" role="status">
          {t('signIn.expired')}
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="sign-in">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? <ProblemMessage error={error} /> : null}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p className="muted">{t('signIn.demo')}</p>
    </AccessFrame>
  );
}
