import { useTranslation } from 'react-i18next';
import { labelFor } from '#domain/flywheel/model.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import { useResource } from '../../api/use-resource.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useTitle } from '../../components/use-title.ts';
import { currentLocale } from '../../i18n/index.ts';
import { flywheelSvg } from './diagram-svg.ts';
import { svgDataUrl } from './export-files.ts';
import { nameOf } from './studio-model.ts';
import './studio.css';
import './studio-loop.css';
import './studio-results.css';

/** A shared flywheel, read-only, for anyone with the link: no sign-in. */
export function SharedFlywheelPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const locale = currentLocale();
  const res = useResource((signal) => flywheels.shared(token, signal), [token, i18n.language]);
  const studio = res.data;
  const wheel = studio?.flywheel;
  const name = wheel ? labelFor(wheel.name, locale, wheel.id) : t('studio.shared.title');
  useTitle(name);
  const componentName = wheel ? nameOf(wheel, locale) : (id: string) => id;
  const title = new Map(studio?.cases.map((c) => [c.id, c.title]) ?? []);
  const percent = (r: number | null) =>
    r === null
      ? '—'
      : new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0 }).format(r);
  return (
    <div className="app shared-app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <span className="brand">
          <span className="brand-lamp" aria-hidden="true" />
          {t('app.name')}
        </span>
        <span className="muted">{t('studio.shared.readOnly')}</span>
        <div className="topbar-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="studio shared-studio" data-testid="shared-flywheel">
        {res.error ? <ProblemMessage error={res.error} /> : null}
        {!studio || !wheel ? (
          res.error ? null : (
            <p className="muted">{t('app.loading')}</p>
          )
        ) : (
          <>
            <h1>{name}</h1>
            <p className="muted">{t('studio.shared.intro')}</p>
            <img
              className="diagram-preview"
              src={svgDataUrl(flywheelSvg(wheel, locale))}
              alt={t('studio.share.previewAlt', { name })}
              data-testid="shared-diagram"
            />
            <div className="share-layout">
              <section className="card" aria-labelledby="shared-links">
                <h2 id="shared-links">{t('studio.loop.links.title')}</h2>
                <ul data-testid="shared-links">
                  {wheel.links.map((l) => (
                    <li key={`${l.from}>${l.to}`} data-polarity={l.polarity}>
                      {componentName(l.from)} → {componentName(l.to)}{' '}
                      <span
                        className={`polarity polarity-${l.polarity === '+' ? 'plus' : 'minus'}`}
                        aria-hidden="true"
                      >
                        {l.polarity === '+' ? '+' : '−'}
                      </span>
                      <span className="visually-hidden">{t(`studio.loop.polarity.${l.polarity}`)}</span>
                    </li>
                  ))}
                </ul>
              </section>
              <section className="card" aria-labelledby="shared-checks">
                <h2 id="shared-checks">{t('studio.checks.title')}</h2>
                <ul className="findings">
                  {studio.check.findings.map((x, i) => (
                    <li
                      key={i}
                      className={`finding finding-${x.severity}`}
                      data-testid="finding"
                      data-code={x.code}
                    >
                      <span className="finding-severity">{t(`studio.checks.severity.${x.severity}`)}</span>{' '}
                      {x.message}
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <section className="card" aria-labelledby="shared-replay">
              <h2 id="shared-replay">{t('studio.replay.title')}</h2>
              <ul>
                {studio.replay.columns.map((c) => (
                  <li key={c.key} data-testid="shared-agreement" data-column={c.key}>
                    {c.key === 'draft'
                      ? t('studio.replay.draft')
                      : t('studio.replay.version', { version: c.key.slice(1) })}
                    :{' '}
                    {t('studio.shared.agreement', {
                      rate: percent(c.agreementRate),
                      cases: studio.cases.length,
                    })}
                    {c.disagreements.length
                      ? ` — ${t('studio.shared.disagree', { cases: c.disagreements.map((x) => title.get(x) ?? x).join(t('studio.listSeparator')) })}`
                      : ''}
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
