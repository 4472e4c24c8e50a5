import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { WorkOrder } from '../../api/types.ts';
import { useCan } from '../../api/use-can.ts';
import { EscalationBadge } from '../../components/escalation-badge.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { SlaCountdown } from '../../components/sla-countdown.tsx';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import type { OrderSubject } from './use-order-subjects.ts';

/** Most urgent first: overdue, then by due time. */
export function byDue(a: WorkOrder, b: WorkOrder): number {
  return a.dueAt.localeCompare(b.dueAt);
}

/** A work queue: each order's SLA countdown, escalation, what it is about, and acknowledge (for those who may). */
export function OrderList({
  orders,
  subjects,
  now,
  onChanged,
  testId,
}: {
  orders: WorkOrder[];
  subjects: Map<string, OrderSubject> | undefined;
  now: number;
  onChanged: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { nameOf } = useIssueCodes();
  const identity = useIdentity();
  const ack = useSubmit();
  const mayAcknowledge = useCan('work_orders:update');
  if (orders.length === 0) return <p className="muted">{t('queues.empty')}</p>;
  return (
    <>
      {ack.error ? <ProblemMessage error={ack.error} /> : null}
      <ul className="queue" data-testid={testId}>
        {[...orders].sort(byDue).map((o) => {
          const subject = subjects?.get(o.id);
          const name = subject?.target?.name ?? o.andonId;
          return (
            <li
              key={o.id}
              className="queue-item"
              data-testid="queue-item"
              data-type={o.type}
              data-status={o.status}
            >
              <div className="queue-main">
                <p className="work-order-type">
                  {label('workOrderType', o.type)} <EscalationBadge level={o.escalationLevel} />
                </p>
                <Link href={`/andons/${o.andonId}`} className="queue-target">
                  {name}
                </Link>
                <span className="muted">
                  {subject?.andon ? nameOf(subject.andon.issueCode) : ''}
                  {o.description ? ` · ${o.description}` : ''}
                </span>
              </div>
              <div className="queue-facts">
                <span>
                  <SlaCountdown dueAt={o.dueAt} now={now} />
                </span>
                <span>
                  {label('workOrderStatus', o.status)}
                  {o.assignee ? ` · ${o.assignee}` : ''}
                </span>
              </div>
              <div className="queue-actions">
                {o.status === 'open' && mayAcknowledge ? (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={ack.busy || !identity}
                    aria-label={t('queues.acknowledgeLabel', {
                      type: label('workOrderType', o.type),
                      target: name,
                    })}
                    onClick={() =>
                      void ack.run(async () => {
                        await lifecycle.acknowledge(o.id, { by: identity });
                        onChanged();
                      })
                    }
                  >
                    {t('order.acknowledge')}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
