import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useSession } from '../../api/session.ts';
import { useCan } from '../../api/use-can.ts';
import { useResource } from '../../api/use-resource.ts';
import { SelectField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useNow } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useTitle } from '../../components/use-title.ts';
import { useStoredFlag } from '../board/alert.ts';
import { type OrderContext, WorkOrderCard } from '../andon-room/work-order-card.tsx';
import { byDue } from './order-list.tsx';
import { loadOrderSubjects } from './use-order-subjects.ts';
import { useStoredChoice } from './use-stored-choice.ts';
import '../andon-room/andon-room.css';
import '../andon-room/records.css';
import './queues.css';

async function loadPortal(organisationId: string, withDone: boolean, signal: AbortSignal) {
  const orders = (
    await lifecycle.workOrders({ organisationId, ...(withDone ? {} : { open: true }) }, signal)
  ).items.sort(byDue);
  return { orders, subjects: await loadOrderSubjects(orders, signal) };
}

/**
 * 供应商门户: a supplier's or partner's own work — the inspections asked of it — and the form to
 * report each one. A supplier's own people see their organisation's (the server narrows it); those
 * inside who work with suppliers choose the organisation to see what it sees.
 */
export function SupplierPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('supplier.title'));
  const now = useNow(30_000);
  const { nameOf } = useIssueCodes();
  const session = useSession();
  // Listing organisations needs config:read, which a supplier's own people do not hold.
  const mayChoose = useCan('config:read');
  const ownOrganisation = session.status === 'signed-in' ? (session.me.organisationId ?? '') : '';
  const orgs = useResource(mayChoose ? (signal) => admin.organisations(signal) : null, [
    'organisations',
    mayChoose,
  ]);
  const [chosen, setOrganisationId] = useStoredChoice('andon.supplier.organisation');
  const organisationId = mayChoose ? chosen : ownOrganisation;
  const [withDone, setWithDone] = useStoredFlag('andon.supplier.done', false);
  const portal = useResource(
    organisationId ? (signal) => loadPortal(organisationId, withDone, signal) : null,
    [organisationId, withDone, i18n.language],
  );
  useLiveRefresh(portal.reload, (m) => m.type === 'work_order.changed' || m.type === 'andon.pulled');
  const orgName = (id: string | null) => orgs.data?.items.find((o) => o.id === id)?.name ?? null;
  const ctx: OrderContext = { now, minWhys: 5, teamName: () => null, orgName, onChanged: portal.reload };
  return (
    <div className="supplier">
      <h1 tabIndex={-1}>{t('supplier.title')}</h1>
      <p className="field-note">{t(mayChoose ? 'can.supplierChoose' : 'can.supplierOwn')}</p>
      <div className="section-head">
        {mayChoose ? (
          <SelectField
            label={t('supplier.organisation')}
            value={organisationId}
            onValue={setOrganisationId}
            options={[
              { value: '', label: t('supplier.choose') },
              ...(orgs.data?.items.map((o) => ({ value: o.id, label: o.name })) ?? []),
            ]}
          />
        ) : null}
        <label className="check">
          <input type="checkbox" checked={withDone} onChange={(e) => setWithDone(e.target.checked)} />
          {t('supplier.withDone')}
        </label>
      </div>
      {orgs.error ? <ProblemMessage error={orgs.error} onRetry={orgs.reload} /> : null}
      {portal.error ? <ProblemMessage error={portal.error} onRetry={portal.reload} /> : null}
      {portal.data && portal.data.orders.length === 0 ? <p className="muted">{t('queues.empty')}</p> : null}
      <div className="work-orders" data-testid="supplier-orders">
        {portal.data?.orders.map((o) => {
          const subject = portal.data?.subjects.get(o.id);
          return (
            <div key={o.id} className="supplier-order">
              <p className="supplier-order-subject">
                {subject?.target ? `${subject.target.name} (${subject.target.ref})` : o.andonId}
                {subject?.andon ? ` · ${nameOf(subject.andon.issueCode)}` : ''}
              </p>
              <WorkOrderCard order={o} ctx={ctx} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
