import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types.ts';
import { useFormat } from '../../components/use-format.ts';
import { useLabel } from '../../components/use-label.ts';

type After = Record<string, unknown> | null;

/** One audit event in words; an action this app does not know yet is shown by its name. */
function useDescribe() {
  const { t } = useTranslation();
  const label = useLabel();
  return (e: AuditEvent): string => {
    const after = (typeof e.after === 'object' ? e.after : null) as After;
    switch (e.action) {
      case 'andon.pulled':
        return t('audit.andon_pulled', { actor: e.actor });
      case 'target.suppressed':
        return t('audit.target_suppressed');
      case 'target.relisted':
        return t('audit.target_relisted');
      case 'target.retired':
        return t('audit.target_retired');
      case 'work_order.created':
        return t('audit.work_order_created', { type: label('workOrderType', String(after?.['type'] ?? '')) });
      case 'reward.pending':
        return t('audit.reward_pending', { agent: String(after?.['agentRef'] ?? e.actor) });
      case 'andon.complaint_attached':
        return t('audit.andon_complaint_attached', { count: Number(after?.['complaintCount'] ?? 0) });
      default:
        return t('audit.other', { action: e.action, actor: e.actor });
    }
  };
}

/** The andon's timeline, from its audit log, oldest first. */
export function Timeline({ events }: { events: AuditEvent[] }) {
  const f = useFormat();
  const describe = useDescribe();
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{f.dateTime(e.at)}</time>
          <span>{describe(e)}</span>
        </li>
      ))}
    </ol>
  );
}
