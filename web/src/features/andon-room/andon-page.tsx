import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { admin } from '../../api/admin-endpoints.ts';
import { ApiError } from '../../api/client.ts';
import { endpoints } from '../../api/endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { ComplaintList } from '../../components/complaint-list.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat, useNow } from '../../components/use-format.ts';
import { useTitle } from '../../components/use-title.ts';
import { lampColour } from '../board/lamp-colour.ts';
import { NextSteps } from './next-steps.tsx';
import { ReviewForm } from './review-form.tsx';
import { RoomHeader } from './room-header.tsx';
import { SimilarComplaints } from './similar-complaints.tsx';
import { Timeline } from './timeline.tsx';
import { type OrderContext, WorkOrderCard } from './work-order-card.tsx';
import './andon-room.css';
import './records.css';

const none = { items: [] };

async function loadRoom(id: string, signal: AbortSignal) {
  const [andon, timeline, teams, orgs, settings] = await Promise.all([
    endpoints.andon(id, signal),
    endpoints.timeline(id, signal),
    endpoints.teams(signal).catch(() => none),
    admin.organisations(signal).catch(() => none),
    admin.settings(signal).catch(() => null),
  ]);
  return {
    andon,
    timeline: timeline.items,
    teams: new Map(teams.items.map((team) => [team.id, team.name])),
    orgs: new Map(orgs.items.map((org) => [org.id, org.name])),
    minWhys: settings?.minWhys ?? 5,
  };
}

/** 按灯详情: the target, what is still missing, the work orders and their records, complaints, timeline. */
export function AndonPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const now = useNow(30_000);
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

  const data = room.data;
  const ctx: OrderContext = {
    now,
    minWhys: data.minWhys,
    teamName: (teamId) => (teamId ? (data.teams.get(teamId) ?? null) : null),
    orgName: (orgId) => (orgId ? (data.orgs.get(orgId) ?? null) : null),
    onChanged: room.reload,
  };
  const ofType = (type: string) => andon.workOrders.filter((o) => o.type === type);
  const main = [...ofType('supplier_inspection'), ...ofType('root_cause')];
  const actions = ofType('corrective_action');
  const acceptances = ofType('acceptance');
  return (
    <article className="room" aria-labelledby="room-title">
      <RoomHeader andon={andon} colour={lampColour(andon, now)} now={now} />
      <div className="room-steps">
        <NextSteps andon={andon} onChanged={room.reload} />
        <ReviewForm andon={andon} onDone={room.reload} />
      </div>

      <section aria-labelledby="work-orders-title">
        <h2 id="work-orders-title">{t('room.workOrders')}</h2>
        <div className="work-orders">
          {main.map((o) => (
            <WorkOrderCard key={o.id} order={o} ctx={ctx} />
          ))}
        </div>
        {actions.length ? (
          <>
            <h3 className="room-subhead">{t('room.actions', { n: f.number(actions.length) })}</h3>
            <div className="work-orders">
              {actions.map((o) => (
                <WorkOrderCard key={o.id} order={o} ctx={ctx} />
              ))}
            </div>
          </>
        ) : null}
        {acceptances.length ? (
          <>
            <h3 className="room-subhead">{t('room.acceptance')}</h3>
            <div className="work-orders">
              {acceptances.map((o) => (
                <WorkOrderCard key={o.id} order={o} ctx={ctx} />
              ))}
            </div>
          </>
        ) : null}
      </section>

      <div className="room-columns">
        <div className="room-stack">
          <section aria-labelledby="complaints-title">
            <h2 id="complaints-title">{t('room.complaints', { n: f.number(andon.complaints.length) })}</h2>
            <ComplaintList complaints={andon.complaints} />
          </section>
          <SimilarComplaints complaints={andon.complaints} />
        </div>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('room.timeline')}</h2>
          <Timeline events={data.timeline} testId="timeline" />
        </section>
      </div>
    </article>
  );
}
