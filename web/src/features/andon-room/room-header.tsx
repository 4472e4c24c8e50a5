import { useTranslation } from 'react-i18next';
import type { AndonDetail } from '../../api/types.ts';
import { EscalationBadge } from '../../components/escalation-badge.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useLabel } from '../../components/use-label.ts';
import { gmvPausedSince } from '../../i18n/format.ts';
import type { LampColour } from '../board/lamp-colour.ts';

/** The andon at a glance: lamp, target, problem, how it was pulled, GMV paused, reward and review. */
export function RoomHeader({
  andon,
  colour,
  now,
}: {
  andon: AndonDetail;
  colour: LampColour | null;
  now: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const { nameOf } = useIssueCodes();
  const gmv = andon.monthlyGmv ?? andon.target.monthlyGmv;
  return (
    <header
      className={`room-header lamp-${colour ?? 'off'}`}
      data-testid="room-header"
      data-state={andon.state}
    >
      <p className="room-state">
        <span className="lamp-dot" aria-hidden="true" /> {label('state', andon.state)}
        <EscalationBadge level={andon.escalationLevel} />
      </p>
      <h1 id="room-title" tabIndex={-1}>
        {andon.target.name}
      </h1>
      <p className="room-sub">
        <span>{andon.target.ref}</span> <StatusBadge status={andon.target.status} />
      </p>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('room.problem')}</dt>
          <dd>{nameOf(andon.issueCode)}</dd>
        </div>
        <div>
          <dt>{t('room.trigger')}</dt>
          <dd>
            {label('trigger', andon.trigger)} ·{' '}
            {t('room.pulledBy', { who: andon.pulledBy, when: f.relative(andon.pulledAt, now) })}
          </dd>
        </div>
        {andon.reason ? (
          <div>
            <dt>{t('room.reason')}</dt>
            <dd>{andon.reason}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('room.customers')}</dt>
          <dd>{f.number(andon.distinctCustomers)}</dd>
        </div>
        {gmv ? (
          <div>
            <dt>{t('room.gmv')}</dt>
            <dd>
              {f.money(gmv)} ·{' '}
              {t('room.gmvPaused', {
                amount: f.money(
                  gmvPausedSince(gmv, andon.pulledAt, andon.closedAt ? Date.parse(andon.closedAt) : now),
                ),
              })}
            </dd>
          </div>
        ) : null}
        {andon.reward ? (
          <div>
            <dt>{t('room.reward')}</dt>
            <dd>
              {t('room.rewardLine', {
                amount: f.money(andon.reward.amount),
                agent: andon.reward.agentRef,
                status: label('rewardStatus', andon.reward.status),
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('review.title')}</dt>
          <dd data-testid="review-status">
            {andon.review
              ? t(andon.review.verdict === 'valid' ? 'review.doneValid' : 'review.doneInvalid', {
                  who: andon.review.reviewedBy,
                  reason: andon.review.reasonCode ? label('invalidReason', andon.review.reasonCode) : '',
                })
              : t('review.notYet')}
          </dd>
        </div>
        {andon.rootCause ? (
          <div className="facts-span">
            <dt>{t('room.rootCause')}</dt>
            <dd>
              {andon.rootCause.statement} ({label('rootCauseCategory', andon.rootCause.category)})
            </dd>
          </div>
        ) : null}
        {andon.probationUntil && andon.state === 'relisted' ? (
          <div>
            <dt>{t('room.probation')}</dt>
            <dd>{t('room.probationUntil', { when: f.dateTime(andon.probationUntil) })}</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
