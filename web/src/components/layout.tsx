import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useLiveStatus } from '../api/live.tsx';
import { useGrants } from '../api/use-can.ts';
import { homeFor, navFor } from '../routes/routes.tsx';
import { IdentityField } from './identity-field.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useUnreadCount } from './use-unread.ts';

/** The count of my unread notifications, beside the work queue's link. */
function UnreadBadge() {
  const { t } = useTranslation();
  const count = useUnreadCount();
  if (count === 0) return null;
  return (
    <span className="nav-count" data-testid="unread-count">
      <span aria-hidden="true">{count >= 50 ? '50+' : count}</span>
      <span className="visually-hidden">{t('app.nav.unread', { count })}</span>
    </span>
  );
}

function LiveIndicator() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  return (
    <span className={`live live-${status}`} data-testid="live-status" data-status={status}>
      <span className="live-dot" aria-hidden="true" />
      {t(`app.live.${status}`)}
    </span>
  );
}

/** The frame of every page: skip link, brand, the navigation the person may use, live status, who am I, language. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const wall = new URLSearchParams(useSearch()).has('wall');
  const grants = useGrants();
  const items = navFor(grants);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After moving to another page, put the reader at its heading (as a full page load would).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location]);

  return (
    <div className={wall ? 'app app-wall' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      {wall ? null : (
        <header className="topbar">
          <Link href={homeFor(grants) ?? '/board'} className="brand">
            <span className="brand-lamp" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <nav aria-label={t('app.nav.label')}>
            <ul>
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={location.startsWith(item.href) ? 'page' : undefined}>
                    {t(item.label)}
                    {item.href === '/queues' ? <UnreadBadge /> : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="topbar-tools">
            {/* Only those who may read every andon follow the live stream (see LiveProvider). */}
            {grants['andons:read'] === 'all' ? <LiveIndicator /> : null}
            <IdentityField />
            <LanguageSwitch compact />
          </div>
        </header>
      )}
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
