import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { Permission } from '#domain/access.ts';
import type { WorkOrder } from '../../api/types.ts';
import { allows, useGrants } from '../../api/use-can.ts';
import { EscalationBadge } from '../../components/escalation-badge.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { SlaCountdown } from '../../components/sla-countdown.tsx';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { OrderForm } from './order-form.tsx';
import { OrderRecord } from './order-record.tsx';
import { WorkOrderThread } from './work-order-thread.tsx';

export interface OrderContext {
  now: number;
  minWhys: number;
  teamName: (id: string | null) => string | null;
  orgName: (id: string | null) => string | null;
  onChanged: () => void;
}

const recordLabel: Partial<
  Record<
    string,
    'order.recordInspection' | 'order.recordRootCause' | 'order.markDone' | 'order.recordAcceptance'
  >
> = {
  supplier_inspection: 'order.recordInspection',
  root_cause: 'order.recordRootCause',
  corrective_action: 'order.markDone',
  acceptance: 'order.recordAcceptance',
};

/** What recording each type's result needs (docs/permissions.md); a corrective action is completed. */
const recordNeeds: Partial<Record<string, Permission>> = {
  supplier_inspection: 'inspection:record',
  root_cause: 'root_cause:record',
  corrective_action: 'work_orders:update',
  acceptance: 'acceptance:record',
};

/**
 * A work order: what to do, who owns it, its SLA; acknowledge it, record its result, talk about it
 * (each offered only to those whose role may).
 */
export function WorkOrderCard({ order, ctx }: { order: WorkOrder; ctx: OrderContext }) {
  const { t } = useTranslation();
  const label = useLabel();
  const identity = useIdentity();
  const ack = useSubmit();
  const [editing, setEditing] = useState(false);
  const open = order.status === 'open' || order.status === 'acknowledged';
  const team = ctx.teamName(order.ownerTeamId);
  const org = ctx.orgName(order.organisationId);
  const grants = useGrants();
  const mayRecord = allows(grants, { permission: recordNeeds[order.type] ?? 'work_orders:update' });
  const action = mayRecord ? recordLabel[order.type] : undefined;
  const mayAcknowledge = allows(grants, { permission: 'work_orders:update' });
  return (
    <article
      className={`card work-order${editing ? ' work-order-editing' : ''}`}
      data-testid="work-order"
      data-type={order.type}
      data-status={order.status}
      aria-labelledby={`wo-${order.id}`}
    >
      <p className="work-order-type">
        {label('workOrderType', order.type)} <EscalationBadge level={order.escalationLevel} />
      </p>
      <h3 id={`wo-${order.id}`}>{order.title}</h3>
      {order.description ? <p className="work-order-description">{order.description}</p> : null}
      <dl className="facts facts-grid">
        <div>
          <dt>{t('room.owner')}</dt>
          <dd>{team ?? '—'}</dd>
        </div>
        {org ? (
          <div>
            <dt>{t('order.organisation')}</dt>
            <dd>{org}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('room.assignee')}</dt>
          <dd>{order.assignee ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('room.status')}</dt>
          <dd data-testid="order-status">{label('workOrderStatus', order.status)}</dd>
        </div>
        <div>
          <dt>{t('room.due')}</dt>
          <dd>
            <SlaCountdown dueAt={order.dueAt} now={ctx.now} settled={!open} />
          </dd>
        </div>
      </dl>
      {order.status === 'open' && mayAcknowledge ? (
        <div className="inline-actions">
          <button
            type="button"
            className="button-secondary"
            disabled={ack.busy || !identity}
            onClick={() =>
              void ack.run(async () => {
                await lifecycle.acknowledge(order.id, { by: identity });
                ctx.onChanged();
              })
            }
          >
            {t('order.acknowledge')}
          </button>
          {!identity ? <span className="field-note">{t('app.identity.missing')}</span> : null}
        </div>
      ) : order.acknowledgedBy && open ? (
        <p className="field-note">{t('order.acknowledgedBy', { who: order.acknowledgedBy })}</p>
      ) : null}
      {ack.error ? <ProblemMessage error={ack.error} /> : null}
      {open && action ? (
        editing ? (
          <OrderForm order={order} ctx={ctx} onClose={() => setEditing(false)} />
        ) : (
          <button type="button" className="button-primary" onClick={() => setEditing(true)}>
            {t(action)}
          </button>
        )
      ) : null}
      {!open ? <OrderRecord order={order} /> : null}
      <details className="instructions-details">
        <summary>{t('room.instructions')}</summary>
        <p className="instructions">{order.instructions}</p>
      </details>
      <WorkOrderThread orderId={order.id} />
    </article>
  );
}
