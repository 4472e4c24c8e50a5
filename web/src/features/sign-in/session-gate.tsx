import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSession, useSession } from '../../api/session.ts';
import { ChangePasswordPage } from './change-password-page.tsx';
import { SignInPage } from './sign-in-page.tsx';

/**
 * The app opens only to a signed-in person: until then (or once the session ends) the sign-in page,
 * at the same address, so signing in lands where the person was going. A temporary password must
 * be replaced first.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  useEffect(() => {
    void loadSession();
  }, []);
  if (session.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (session.status === 'signed-out') return <SignInPage expired={session.expired} />;
  if (session.me.user?.mustChangePassword) return <ChangePasswordPage />;
  return children;
}
