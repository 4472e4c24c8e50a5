import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../api/session.ts';
import type { enAccess } from '../i18n/locales/en-access.ts';

type Role = keyof typeof enAccess.session.roles;

/**
 * "Who am I": the signed-in person and the way out. The top bar shows the name (the role and email
 * on hover); screen readers hear the whole sentence, role included.
 */
export function IdentityField() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { me } = session;
  const role = me.role ? t(`session.roles.${me.role as Role}`) : me.via;
  return (
    <div className="field-inline identity" data-testid="identity">
      <span className="identity-who" title={`${me.user?.email ?? me.ref} · ${role}`}>
        <span className="visually-hidden">{t('session.signedInAs', { name: me.name, role })}</span>
        <span className="identity-name" aria-hidden="true">
          {me.name}
        </span>
      </span>
      <button type="button" className="button-secondary button-small" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
