import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../api/types.ts';
import { useFormat } from '../../components/use-format.ts';
import { useLabel } from '../../components/use-label.ts';

/** A work order: what to do, which team owns it, and its SLA countdown. */
export function WorkOrderCard({ order, team, now }: { order: WorkOrder; team: string | null; now: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const overdue = Date.parse(order.dueAt) < now && !['done', 'cancelled'].includes(order.status);
  return (
    <article
      className="card work-order"
      data-testid="work-order"
      data-type={order.type}
      aria-labelledby={`wo-${order.id}`}
    >
      <p className="work-order-type">{label('workOrderType', order.type)}</p>
      <h3 id={`wo-${order.id}`}>{order.title}</h3>
      <dl className="facts">
        <div>
          <dt>{t('room.owner')}</dt>
          <dd>{team ?? '—'}</dd>
        </div>
        {order.assignee ? (
          <div>
            <dt>{t('room.assignee')}</dt>
            <dd>{order.assignee}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('room.due')}</dt>
          <dd>
            <time dateTime={order.dueAt}>{f.dateTime(order.dueAt)}</time>{' '}
            <span className={overdue ? 'tag tag-overdue' : 'tag'}>
              {overdue
                ? t('room.overdue', { when: f.relative(order.dueAt, now) })
                : t('room.dueIn', { when: f.relative(order.dueAt, now) })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('room.status')}</dt>
          <dd>{label('workOrderStatus', order.status)}</dd>
        </div>
      </dl>
      <h4>{t('room.instructions')}</h4>
      <p className="instructions">{order.instructions}</p>
    </article>
  );
}
