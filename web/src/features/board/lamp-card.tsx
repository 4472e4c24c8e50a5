import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EscalationBadge } from '../../components/escalation-badge.tsx';
import { useFormat } from '../../components/use-format.ts';
import { gmvPausedSince } from '../../i18n/format.ts';
import type { Lamp } from './use-board.ts';

/** One lamp: colour and its word, target, problem, age, customers, escalation, GMV paused. */
export function LampCard({
  lamp,
  problem,
  now,
  fresh,
}: {
  lamp: Lamp;
  problem: string;
  now: number;
  fresh: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { andon, target, colour } = lamp;
  const name = target?.name ?? andon.targetId;
  const gmv = andon.monthlyGmv ?? target?.monthlyGmv ?? null;
  const since = colour === 'green' && andon.closedAt ? andon.closedAt : andon.pulledAt;
  return (
    <li
      className={`lamp lamp-${colour}${fresh ? ' lamp-fresh' : ''}`}
      data-testid="lamp"
      data-andon-id={andon.id}
      data-colour={colour}
    >
      <Link
        href={`/andons/${andon.id}`}
        className="lamp-link"
        aria-label={t('board.openRoom', { target: name })}
      >
        <span className="lamp-state">
          <span className="lamp-dot" aria-hidden="true" />
          {t(`board.colour.${colour}`)}
        </span>
        <span className="lamp-target">{name}</span>
        {target ? <span className="lamp-ref">{target.ref}</span> : null}
        <span className="lamp-problem">{problem}</span>
        <span className="lamp-facts">
          <time dateTime={since}>
            {t(colour === 'green' ? 'board.relisted' : 'board.pulled', { age: f.relative(since, now) })}
          </time>
          <span>{t('board.customers', { count: andon.distinctCustomers })}</span>
          <EscalationBadge level={andon.escalationLevel} />
        </span>
        {gmv && colour !== 'green' ? (
          <span className="lamp-gmv">
            <span className="lamp-gmv-label">{t('board.gmvPaused')}</span>{' '}
            <strong>{f.money(gmvPausedSince(gmv, andon.pulledAt, now), true)}</strong>{' '}
            <span className="lamp-gmv-rate">{t('board.perMonth', { amount: f.money(gmv, true) })}</span>
          </span>
        ) : null}
      </Link>
    </li>
  );
}
