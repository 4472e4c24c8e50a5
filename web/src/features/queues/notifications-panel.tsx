import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { Notification } from '../../api/lifecycle-types.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { CheckField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { notificationsRead } from '../../components/use-unread.ts';

/** A notice in words: which work is stuck and how far it went up the ladder (the server's words otherwise). */
function useDescribeNotice() {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  return (n: Notification): string => {
    const level = n.level ? label('escalationLevel', n.level) : null;
    const p = n.params;
    if (!level || n.kind !== 'escalation') return n.message;
    if (n.subjectType === 'andon' && typeof p['pulledAt'] === 'string')
      return t('queues.notice.lamp', { when: f.dateTime(p['pulledAt']), level });
    const type = label('workOrderType', String(p['workOrderType'] ?? ''));
    if (typeof p['dueAt'] === 'string' && Date.parse(p['dueAt']) <= Date.parse(n.createdAt))
      return t('queues.notice.due', { type, when: f.dateTime(p['dueAt']), level });
    return t('queues.notice.ack', { type, level });
  };
}

/** In-app notifications (escalations) for me, and for my team when nobody on its ladder is named; live. */
export function NotificationsPanel({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const identity = useIdentity();
  const mark = useSubmit();
  const describe = useDescribeNotice();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const list = useResource(
    identity || teamId
      ? async (signal) => {
          const unread = unreadOnly ? true : undefined;
          const [mine, team] = await Promise.all([
            identity ? lifecycle.notifications({ recipientRef: identity, unread }, signal) : { items: [] },
            teamId ? lifecycle.notifications({ teamId, unread }, signal) : { items: [] },
          ]);
          const byId = new Map(
            [...mine.items, ...team.items.filter((n) => n.recipientRef === null)].map((n) => [n.id, n]),
          );
          return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        }
      : null,
    [identity, teamId, unreadOnly, i18n.language],
  );
  useLiveRefresh(list.reload, (m) => m.type === 'notification.created');
  const done = () => {
    notificationsRead();
    list.reload();
  };
  return (
    <section className="card" aria-labelledby="notifications-title" data-testid="notifications">
      <div className="section-head">
        <h2 id="notifications-title">{t('queues.notifications')}</h2>
        <CheckField label={t('queues.unreadOnly')} checked={unreadOnly} onChecked={setUnreadOnly} />
        {identity ? (
          <button
            type="button"
            className="button-secondary"
            disabled={mark.busy}
            onClick={() =>
              void mark.run(async () => {
                await lifecycle.markAllRead(identity);
                done();
              })
            }
          >
            {t('queues.markAllRead')}
          </button>
        ) : null}
      </div>
      {list.error ? <ProblemMessage error={list.error} onRetry={list.reload} /> : null}
      {mark.error ? <ProblemMessage error={mark.error} /> : null}
      {list.data && list.data.length === 0 ? <p className="muted">{t('queues.noNotifications')}</p> : null}
      <ul className="notifications">
        {list.data?.map((n) => (
          <li
            key={n.id}
            className={n.readAt ? 'notification' : 'notification notification-unread'}
            data-testid="notification"
          >
            <p>
              {n.readAt ? null : <span className="tag tag-pending">{t('queues.unread')}</span>}{' '}
              {n.level ? (
                <span className="tag tag-escalation">{label('escalationLevel', n.level)}</span>
              ) : null}{' '}
              {describe(n)}
            </p>
            <p className="notification-meta">
              <time dateTime={n.createdAt}>{f.dateTime(n.createdAt)}</time>
              {n.recipientRef ? null : <span>{t('queues.forTeam')}</span>}
              {n.andonId ? <Link href={`/andons/${n.andonId}`}>{t('desk.openAndon')}</Link> : null}
              {n.readAt ? null : (
                <button
                  type="button"
                  className="button-link"
                  disabled={mark.busy}
                  onClick={() =>
                    void mark.run(async () => {
                      await lifecycle.markRead(n.id);
                      done();
                    })
                  }
                >
                  {t('queues.markRead')}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
