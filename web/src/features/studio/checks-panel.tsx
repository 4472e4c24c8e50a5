import { useTranslation } from 'react-i18next';
import { MAX_COMPONENTS, type Flywheel, type FlywheelCase } from '#domain/flywheel/model.ts';
import type { Studio } from '../../api/flywheel-types.ts';
import { currentLocale } from '../../i18n/index.ts';
import { checkLocally, nameOf } from './studio-model.ts';

/**
 * The checks in plain words: the server's own findings once the draft is saved, and the same rules
 * run here, at once, while it is being edited (one domain module, so the words are the same).
 */
export function ChecksPanel({
  draft,
  cases,
  studio,
  saved,
}: {
  draft: Flywheel;
  cases: readonly FlywheelCase[];
  studio: Studio;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const local = checkLocally(draft, cases, locale);
  const findings = saved ? studio.check.findings : local.messages;
  const name = nameOf(draft, locale);
  const count = draft.components.length;
  return (
    <section
      className="card checks"
      aria-labelledby="checks-title"
      data-testid="checks"
      data-source={saved ? 'server' : 'local'}
    >
      <h3 id="checks-title">{t('studio.checks.title')}</h3>
      <ul className="check-summary">
        <li
          data-testid="check-closed"
          data-value={String(local.closed)}
          className={local.closed ? 'ok' : 'bad'}
        >
          {local.closed ? t('studio.checks.closed') : t('studio.checks.open')}
        </li>
        <li
          data-testid="check-polarity"
          data-value={local.polarity ?? 'none'}
          className={local.polarity === 'reinforcing' ? 'ok' : 'bad'}
        >
          {local.polarity ? t(`studio.checks.polarity.${local.polarity}`) : t('studio.checks.noLoop')}
        </li>
        <li data-testid="check-count" className={count > MAX_COMPONENTS ? 'bad' : 'ok'}>
          {t('studio.checks.count', { count, limit: MAX_COMPONENTS })}
        </li>
      </ul>
      <ul className="findings" aria-live="polite">
        {findings.map((f, i) => (
          <li
            key={`${f.code}-${i}`}
            className={`finding finding-${f.severity}`}
            data-code={f.code}
            data-testid="finding"
          >
            <span className="finding-severity">{t(`studio.checks.severity.${f.severity as 'info'}`)}</span>{' '}
            {f.message}
          </li>
        ))}
      </ul>
      <p className="field-note">{saved ? t('studio.checks.fromServer') : t('studio.checks.fromHere')}</p>
      {local.loops.length > 0 ? (
        <>
          <h4>{t('studio.checks.loops', { count: local.loops.length })}</h4>
          <ol className="loops" data-testid="loops">
            {local.loops.map((loop) => (
              <li key={loop.componentIds.join('>')} data-polarity={loop.polarity}>
                {[...loop.componentIds, loop.componentIds[0]!].map(name).join(' → ')}{' '}
                <span className="muted">
                  ({t(`studio.checks.loopPolarity.${loop.polarity}`, { count: loop.negativeLinks })})
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
