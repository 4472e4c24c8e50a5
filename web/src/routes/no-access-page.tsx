import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { allows, type Need, useGrants } from '../api/use-can.ts';
import { useSession } from '../api/session.ts';
import { useTitle } from '../components/use-title.ts';
import type { enAccess } from '../i18n/locales/en-access.ts';
import { homeFor, navItems } from './routes.tsx';

type Role = keyof typeof enAccess.session.roles;

/** A page the person's role may not use: said plainly, in their language, with the way to their own start. */
export function NoAccessPage() {
  const { t } = useTranslation();
  const session = useSession();
  const grants = useGrants();
  useTitle(t('app.access.title'));
  const role = session.status === 'signed-in' ? session.me.role : null;
  const home = homeFor(grants);
  const homeItem = navItems.find((item) => item.href === home);
  return (
    <div className="no-access" data-testid="no-access">
      <h1 tabIndex={-1}>{t('app.access.title')}</h1>
      <div className="card">
        <p>
          {role
            ? t('app.access.body', { role: t(`session.roles.${role as Role}`) })
            : t('app.access.bodyToken')}
        </p>
        <p className="muted">{t('app.access.ask')}</p>
        {homeItem ? (
          <p>
            <Link href={homeItem.href}>{t('app.access.home', { page: t(homeItem.label) })}</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A page, opened only to a person whose grants meet its need; everyone else is told they have no access. */
export function Guarded({ need, children }: { need: Need; children: ReactNode }) {
  return allows(useGrants(), need) ? children : <NoAccessPage />;
}
