import { useTranslation } from 'react-i18next';
import type { ComplaintEvidence } from '../api/types.ts';
import { useFormat } from './use-format.ts';
import './complaint-list.css';

/** Complaints as evidence: who, when, and what they said — customer text rendered as text, never as markup. */
export function ComplaintList({
  complaints,
  highlight,
}: {
  complaints: ComplaintEvidence[];
  highlight?: string | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ol className="complaints">
      {complaints.map((c) => (
        <li
          key={c.id}
          className={c.id === highlight ? 'complaint complaint-new' : 'complaint'}
          data-testid="complaint"
        >
          <p className="complaint-meta">
            <span>{t('complaint.customer', { ref: c.customerRef })}</span>
            <time dateTime={c.occurredAt}>{f.dateTime(c.occurredAt)}</time>
            {c.orderRef ? <span>{t('complaint.order', { ref: c.orderRef })}</span> : null}
            {c.lotRef ? <span>{t('complaint.lot', { ref: c.lotRef })}</span> : null}
            {c.recordedBy ? <span>{t('complaint.recordedBy', { who: c.recordedBy })}</span> : null}
            {c.andonRole ? <span className="tag">{t(`complaint.role.${c.andonRole}`)}</span> : null}
          </p>
          {c.text ? <blockquote className="complaint-text">{c.text}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
