import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RepeatEvidence as Evidence } from '../../api/types.ts';
import { ComplaintList } from '../../components/complaint-list.tsx';

interface Props {
  evidence: Evidence;
  openAndonId: string | null;
  highlight?: string | undefined;
  canPull: boolean;
  onPull: () => void;
}

/** The repeat evidence the agent sees at once, and the cord when the rule is met. */
export function RepeatEvidence({ evidence, openAndonId, highlight, canPull, onPull }: Props) {
  const { t } = useTranslation();
  const { distinctCustomers: count, threshold, windowDays: days } = evidence;
  const met = evidence.met && evidence.counts;
  return (
    <div className={`evidence${met && !openAndonId ? ' evidence-met' : ''}`} data-testid="evidence">
      <p className="evidence-count">
        <meter min={0} max={threshold} value={Math.min(count, threshold)} aria-hidden="true" />
        <strong>{t('desk.evidenceCount', { count, threshold, days })}</strong>
      </p>
      {!evidence.counts ? <p>{t('desk.notCounting')}</p> : null}
      {evidence.safetyCritical ? <p>{t('desk.safety')}</p> : null}
      {evidence.counts ? (
        <p role="status">{met ? t('desk.ruleMet', { count }) : t('desk.ruleNotMet')}</p>
      ) : null}
      {openAndonId ? (
        <p className="notice">
          {t('desk.alreadyOpen')} <Link href={`/andons/${openAndonId}`}>{t('desk.openAndon')}</Link>
        </p>
      ) : canPull ? (
        met ? (
          <button type="button" className="button-danger button-big" onClick={onPull}>
            {t('desk.pull')}
          </button>
        ) : (
          <button type="button" className="button-secondary" onClick={onPull}>
            {t('desk.pullAnyway')}
          </button>
        )
      ) : null}
      {evidence.complaints.length ? (
        <ComplaintList complaints={evidence.complaints} highlight={highlight} />
      ) : (
        <p className="muted">{t('desk.noOthers')}</p>
      )}
    </div>
  );
}
