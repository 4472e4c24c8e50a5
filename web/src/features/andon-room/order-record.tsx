import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../api/types.ts';
import { useFormat } from '../../components/use-format.ts';
import { useLabel } from '../../components/use-label.ts';

type Details = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const list = <T,>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);

function Inspection({ d }: { d: Details }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  return (
    <dl className="facts facts-grid">
      <div>
        <dt>{t('inspection.inspected')}</dt>
        <dd>{f.number(num(d['inspectedQuantity']))}</dd>
      </div>
      <div>
        <dt>{t('inspection.defective')}</dt>
        <dd>{f.number(num(d['defectiveQuantity']))}</dd>
      </div>
      <div>
        <dt>{t('inspection.returned')}</dt>
        <dd>{f.number(num(d['returnedQuantity']))}</dd>
      </div>
      <div>
        <dt>{t('inspection.lots')}</dt>
        <dd>{list<string>(d['lots']).join(', ') || '—'}</dd>
      </div>
      <div>
        <dt>{t('inspection.scope')}</dt>
        <dd>{label('scope', str(d['scope']))}</dd>
      </div>
      <div>
        <dt>{t('inspection.disposition')}</dt>
        <dd>{label('disposition', str(d['disposition']))}</dd>
      </div>
      <div className="facts-span">
        <dt>{t('inspection.evidence')}</dt>
        <dd>{str(d['evidence'])}</dd>
      </div>
    </dl>
  );
}

function Analysis({ d }: { d: Details }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const whys = list<{ why: string; because: string; evidence: string }>(d['whys']);
  const actions = list<{ kind: string; description: string; owner: string; dueAt: string }>(d['actions']);
  const recurrences = list<{ andonId: string; statement: string; similarity: number }>(d['recurrences']);
  return (
    <div className="analysis">
      <ol className="whys-done">
        {whys.map((w, i) => (
          <li key={i}>
            <strong>{w.why}</strong> → {w.because} <span className="muted">({w.evidence})</span>
          </li>
        ))}
      </ol>
      <p>
        <strong>{t('room.rootCause')}:</strong> {str(d['statement'])} (
        {label('rootCauseCategory', str(d['category']))})
      </p>
      <ul className="actions-done">
        {actions.map((a, i) => (
          <li key={i}>
            {label('actionKind', a.kind)}: {a.description} — {a.owner}, {f.dateTime(a.dueAt)}
          </li>
        ))}
      </ul>
      {recurrences.length ? (
        <p className="notice" role="note">
          {t('whys.recurrence', { count: recurrences.length, statement: recurrences[0]!.statement })}
        </p>
      ) : null}
    </div>
  );
}

function Acceptance({ d, passed }: { d: Details; passed: boolean }) {
  const { t } = useTranslation();
  const results = list<{ criterion: string; met: boolean; note?: string }>(d['results']);
  return (
    <div>
      <p>
        <strong>{t(passed ? 'acceptance.passed' : 'acceptance.failed')}</strong>
      </p>
      <ul className="criteria-done">
        {results.map((r) => (
          <li key={r.criterion}>
            {r.met ? '✓' : '✗'} {r.criterion}
            <span className="visually-hidden">{t(r.met ? 'acceptance.wasMet' : 'acceptance.wasNotMet')}</span>
            {r.note ? ` — ${r.note}` : ''}
          </li>
        ))}
      </ul>
      <p className="muted">{str(d['evidence'])}</p>
    </div>
  );
}

/** What a finished work order recorded: the report, the analysis, the action's evidence, the verdict. */
export function OrderRecord({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const f = useFormat();
  const d = order.details ?? {};
  const done = order.status === 'done';
  return (
    <section className="order-record" aria-label={t('order.record')} data-testid="order-record">
      {order.completedBy && order.completedAt ? (
        <p className="field-note">
          {t(done ? 'order.doneBy' : 'order.cancelledBy', {
            who: order.completedBy,
            when: f.dateTime(order.completedAt),
          })}
          {!done && order.outcome ? ` (${order.outcome})` : ''}
        </p>
      ) : null}
      {done && order.type === 'supplier_inspection' ? <Inspection d={d} /> : null}
      {done && order.type === 'root_cause' ? <Analysis d={d} /> : null}
      {done && order.type === 'acceptance' ? <Acceptance d={d} passed={order.outcome === 'passed'} /> : null}
      {done && order.type === 'corrective_action' && (str(d['note']) || str(d['evidence'])) ? (
        <p>{[str(d['note']), str(d['evidence'])].filter(Boolean).join(' · ')}</p>
      ) : null}
    </section>
  );
}
