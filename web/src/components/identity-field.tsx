import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../api/session.ts';
import type { enAccess } from '../i18n/locales/en-access.ts';

type Role = keyof typeof enAccess.session.roles;

/** "Who am I": the signed-in person, their role, and the way out. */
export function IdentityField() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { me } = session;
  const role = me.role ? t(`session.roles.${me.role as Role}`) : me.via;
  return (
    <div className="field-inline identity" data-testid="identity">
      <span title={me.user?.email ?? me.ref}>{t('session.signedInAs', { name: me.name, role })}</span>
      <button type="button" className="button-secondary" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
