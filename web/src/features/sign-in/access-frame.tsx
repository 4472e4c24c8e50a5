import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import './sign-in.css';

/** The frame of the pages before the app: the brand, the language, one card. */
export function AccessFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="app access">
      <header className="topbar">
        <span className="brand">
          <span className="brand-lamp" aria-hidden="true" />
          {t('app.name')}
        </span>
        <div className="topbar-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="access-main">
        <section className="card access-card" aria-labelledby="access-title">
          <h1 id="access-title">{title}</h1>
          <p>{intro}</p>
          {children}
        </section>
      </main>
    </div>
  );
}
