import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { SelectField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useNow } from '../../components/use-format.ts';
import { useTitle } from '../../components/use-title.ts';
import { NotificationsPanel } from './notifications-panel.tsx';
import { OrderList } from './order-list.tsx';
import { loadOrderSubjects } from './use-order-subjects.ts';
import { useTeams } from './use-teams.ts';
import './queues.css';

async function loadQueues(identity: string, teamId: string, signal: AbortSignal) {
  const [mine, team] = await Promise.all([
    identity ? lifecycle.workOrders({ assignee: identity, open: true }, signal) : { items: [] },
    teamId ? lifecycle.workOrders({ ownerTeamId: teamId, open: true }, signal) : { items: [] },
  ]);
  const subjects = await loadOrderSubjects([...mine.items, ...team.items], signal);
  return { mine: mine.items, team: team.items, subjects };
}

/** 工作队列: my own work orders and my team's, with SLA countdowns and escalations; my notifications. */
export function QueuesPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('queues.title'));
  const identity = useIdentity();
  const now = useNow(30_000);
  const teams = useTeams();
  const [chosen, setChosen] = useState<string | null>(null);
  const teamId = chosen ?? teams.data?.teamOf(identity) ?? '';
  const queues = useResource(teams.data ? (signal) => loadQueues(identity, teamId, signal) : null, [
    identity,
    teamId,
    i18n.language,
    Boolean(teams.data),
  ]);
  useLiveRefresh(queues.reload, (m) => m.type === 'work_order.changed' || m.type === 'andon.pulled');
  const teamName = teams.data?.teams.find((x) => x.id === teamId)?.name;
  return (
    <div className="queues">
      <h1 tabIndex={-1}>{t('queues.title')}</h1>
      {!identity ? <p className="notice">{t('app.identity.missing')}</p> : null}
      {teams.error ? <ProblemMessage error={teams.error} onRetry={teams.reload} /> : null}
      <NotificationsPanel teamId={teamId} />
      {queues.error ? <ProblemMessage error={queues.error} onRetry={queues.reload} /> : null}
      <div className="queue-columns">
        <section className="card" aria-labelledby="mine-title">
          <h2 id="mine-title">{t('queues.mine', { who: identity || '—' })}</h2>
          {queues.data ? (
            <OrderList
              orders={queues.data.mine}
              subjects={queues.data.subjects}
              now={now}
              onChanged={queues.reload}
              testId="my-orders"
            />
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="team-title">
          <div className="section-head">
            <h2 id="team-title">{teamName ? t('queues.team', { team: teamName }) : t('queues.teamNone')}</h2>
            <SelectField
              label={t('queues.chooseTeam')}
              value={teamId}
              onValue={setChosen}
              options={[
                { value: '', label: t('queues.noTeam') },
                ...(teams.data?.teams.map((x) => ({ value: x.id, label: x.name })) ?? []),
              ]}
            />
          </div>
          {queues.data ? (
            <OrderList
              orders={queues.data.team}
              subjects={queues.data.subjects}
              now={now}
              onChanged={queues.reload}
              testId="team-orders"
            />
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
