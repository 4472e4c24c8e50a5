import { useTranslation } from 'react-i18next';
import { componentSupport } from '#domain/flywheel/discovery.ts';
import { componentFactorKeys, type LocalText } from '#domain/flywheel/model.ts';
import type { MovementCounts } from '../../api/flywheel-types.ts';
import { currentLocale } from '../../i18n/index.ts';
import { factorChoices } from './cases-step.tsx';
import { addComponent, nameOf } from './studio-model.ts';
import type { StepProps } from './studio-page.tsx';

/** Counts as "↑2 ↓0 ·1 of 3", spelled out for screen readers. */
function Counts({ counts }: { counts: MovementCounts }) {
  const { t } = useTranslation();
  return (
    <span className="counts">
      <span aria-hidden="true">{t('studio.discovery.countsShort', { ...counts })}</span>
      <span className="visually-hidden">{t('studio.discovery.countsLong', { ...counts })}</span>
    </span>
  );
}

const signed = (n: number, locale: string) =>
  new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(n);

/** Step 3: the factors ranked by how well they separate success from failure; the reader picks the components. */
export function DiscoveryStep({ studio, draft, edit, canEdit }: StepProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const labelOf = new Map(factorChoices({ studio, draft }).map((c) => [c.key, c.label]));
  const used = new Set(draft.components.flatMap((c) => componentFactorKeys(c)));
  const caseTitle = new Map(studio.cases.map((c) => [c.id, c.title]));
  const name = nameOf(draft, locale);
  // The name in the other language too, when it has one (both are kept).
  const otherName = (label: LocalText) => label[locale === 'en' ? 'zh-CN' : 'en'] ?? '';
  return (
    <section className="studio-step" aria-labelledby="discovery-title" data-testid="discovery-step">
      <h2 id="discovery-title">{t('studio.discovery.title')}</h2>
      <p className="muted">{t('studio.discovery.intro')}</p>
      <p className="field-note">{t('studio.discovery.formula')}</p>
      {studio.discovery.length === 0 ? (
        <p className="muted">{t('studio.discovery.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="studio-table" data-testid="discovery">
            <caption className="visually-hidden">{t('studio.discovery.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('studio.discovery.factor')}</th>
                <th scope="col" className="num">
                  {t('studio.discovery.score')}
                </th>
                <th scope="col">{t('studio.discovery.inSuccesses')}</th>
                <th scope="col">{t('studio.discovery.inFailures')}</th>
                <th scope="col">{t('studio.discovery.reading')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('studio.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {studio.discovery.map((d) => {
                const label = labelOf.get(d.factor) ?? d.factor;
                return (
                  <tr key={d.factor} data-testid="factor" data-factor={d.factor}>
                    <th scope="row">
                      {label}
                      {label !== d.factor ? <span className="factor-key"> {d.factor}</span> : null}
                    </th>
                    <td className="num score" data-score={d.score}>
                      {signed(d.score, locale)}
                    </td>
                    <td>
                      <Counts counts={d.success} />
                    </td>
                    <td>
                      <Counts counts={d.failure} />
                    </td>
                    <td>{t(`studio.discovery.direction.${d.direction}`)}</td>
                    <td>
                      {used.has(d.factor) ? (
                        <span className="tag tag-success">{t('studio.discovery.inUse')}</span>
                      ) : canEdit ? (
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t('studio.discovery.useNamed', { factor: label })}
                          onClick={() => edit((f) => addComponent(f, label, locale, [d.factor]).draft)}
                        >
                          {t('studio.discovery.use')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('studio.discovery.supportTitle')}</h3>
      {draft.components.length === 0 ? (
        <p className="muted">{t('studio.discovery.noComponents')}</p>
      ) : (
        <ul className="support-list" data-testid="component-support">
          {draft.components.map((c) => {
            const s = componentSupport(c, studio.cases);
            const titles = (ids: string[]) =>
              ids.map((x) => caseTitle.get(x) ?? x).join(t('studio.listSeparator'));
            return (
              <li key={c.id} className="card support-card">
                <strong>{name(c.id)}</strong> <span className="muted">{otherName(c.label)}</span>
                <p>
                  {s.agreeingCaseIds.length
                    ? t('studio.discovery.withCases', {
                        what: t('studio.discovery.agrees', { count: s.agreeingCaseIds.length }),
                        cases: titles(s.agreeingCaseIds),
                      })
                    : t('studio.discovery.agrees', { count: 0 })}
                </p>
                <p>
                  {s.contradictingCaseIds.length
                    ? t('studio.discovery.withCases', {
                        what: t('studio.discovery.contradicts', { count: s.contradictingCaseIds.length }),
                        cases: titles(s.contradictingCaseIds),
                      })
                    : t('studio.discovery.contradicts', { count: 0 })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
