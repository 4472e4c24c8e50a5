import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { endpoints } from '../../api/endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { ComplaintList } from '../../components/complaint-list.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFormat, useNow } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useLabel } from '../../components/use-label.ts';
import { useTitle } from '../../components/use-title.ts';
import { gmvPausedSince } from '../../i18n/format.ts';
import { lampColour } from '../board/lamp-colour.ts';
import { Timeline } from './timeline.tsx';
import { WorkOrderCard } from './work-order-card.tsx';
import './andon-room.css';

async function loadRoom(id: string, signal: AbortSignal) {
  const [andon, timeline, teams] = await Promise.all([
    endpoints.andon(id, signal),
    endpoints.timeline(id, signal),
    endpoints.teams(signal).catch(() => ({ items: [] })),
  ]);
  return { andon, timeline: timeline.items, teams: new Map(teams.items.map((team) => [team.id, team.name])) };
}

/** 按灯详情: the target, the complaints, the two work orders side by side, the timeline. */
export function AndonPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const now = useNow(30_000);
  const { nameOf } = useIssueCodes();
  // Work orders come worded in the reader's language: reload when it changes.
  const room = useResource((signal) => loadRoom(id, signal), [id, i18n.language]);
  useLiveRefresh(
    room.reload,
    (m) =>
      ('andonId' in m && m.andonId === id) || ('targetId' in m && m.targetId === room.data?.andon.targetId),
  );
  const andon = room.data?.andon;
  useTitle(andon ? `${andon.target.name} · ${t('room.title')}` : t('room.title'));

  if (room.error && !andon) {
    const missing = room.error instanceof ApiError && room.error.status === 404;
    return (
      <div className="room">
        <h1 tabIndex={-1}>{t('room.title')}</h1>
        {missing ? <p>{t('room.notFound')}</p> : <ProblemMessage error={room.error} onRetry={room.reload} />}
        <Link href="/board">{t('room.back')}</Link>
      </div>
    );
  }
  if (!andon || !room.data) return <p className="muted">{t('app.loading')}</p>;

  const colour = lampColour(andon, now);
  const gmv = andon.monthlyGmv ?? andon.target.monthlyGmv;
  return (
    <article className="room" aria-labelledby="room-title">
      <header className={`room-header lamp-${colour ?? 'off'}`}>
        <p className="room-state">
          <span className="lamp-dot" aria-hidden="true" /> {label('state', andon.state)}
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
        </dl>
      </header>

      <section aria-labelledby="work-orders-title">
        <h2 id="work-orders-title">{t('room.workOrders')}</h2>
        <div className="work-orders">
          {andon.workOrders.map((o) => (
            <WorkOrderCard
              key={o.id}
              order={o}
              team={o.ownerTeamId ? (room.data?.teams.get(o.ownerTeamId) ?? null) : null}
              now={now}
            />
          ))}
        </div>
      </section>

      <div className="room-columns">
        <section aria-labelledby="complaints-title">
          <h2 id="complaints-title">{t('room.complaints', { n: f.number(andon.complaints.length) })}</h2>
          <ComplaintList complaints={andon.complaints} />
        </section>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('room.timeline')}</h2>
          <Timeline events={room.data.timeline} />
        </section>
      </div>
    </article>
  );
}
