import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types.ts';
import { useFormat } from '../../components/use-format.ts';
import { useLabel } from '../../components/use-label.ts';

type After = Record<string, unknown> | null;
const states = ['contained', 'root_caused', 'awaiting_acceptance', 'relisted', 'retired', 'invalid'];

/** One audit event in words; an action this app does not know yet is shown by its name. */
function useDescribe() {
  const { t } = useTranslation();
  const label = useLabel();
  return (e: AuditEvent): string => {
    const after = (typeof e.after === 'object' ? e.after : null) as After;
    const actor = e.actor;
    const state = e.action.startsWith('andon.') ? e.action.slice('andon.'.length) : '';
    if (states.includes(state)) return t('audit.andon_state', { state: label('state', state), actor });
    switch (e.action) {
      case 'andon.pulled':
        return t('audit.andon_pulled', { actor });
      case 'andon.reviewed':
        return t(after?.['verdict'] === 'invalid' ? 'audit.reviewed_invalid' : 'audit.reviewed_valid', {
          actor,
        });
      case 'target.suppressed':
        return t('audit.target_suppressed');
      case 'target.relisted':
        return t('audit.target_relisted');
      case 'target.retired':
        return t('audit.target_retired');
      case 'work_order.created':
        return t('audit.work_order_created', { type: label('workOrderType', String(after?.['type'] ?? '')) });
      case 'work_order.acknowledged':
        return t('audit.acknowledged', { actor });
      case 'work_order.assigned':
        return t('audit.assigned', { who: String(after?.['assignee'] ?? '—'), actor });
      case 'work_order.commented':
        return t('audit.commented', { actor });
      case 'work_order.inspection_recorded':
        return t('audit.inspection_recorded', {
          actor,
          disposition: label('disposition', String(after?.['outcome'] ?? '')),
        });
      case 'work_order.root_cause_recorded':
        return t('audit.root_cause_recorded', { actor });
      case 'work_order.completed':
        return t('audit.completed', { actor });
      case 'work_order.acceptance_passed':
        return t('audit.acceptance_passed', { actor });
      case 'work_order.acceptance_failed':
        return t('audit.acceptance_failed', { actor });
      case 'notification.read':
      case 'notification.read_all':
        return t('audit.notification_read', { actor });
      case 'work_order.cancelled':
        return t('audit.cancelled');
      case 'escalation.fired':
        return t('audit.escalated', {
          level: label('escalationLevel', String(after?.['level'] ?? '')),
          who: typeof after?.['recipientRef'] === 'string' ? after['recipientRef'] : t('audit.theTeam'),
        });
      case 'reward.pending':
        return t('audit.reward_pending', { agent: String(after?.['agentRef'] ?? actor) });
      case 'reward.granted':
        return t('audit.reward_granted', { agent: String(after?.['agentRef'] ?? '') });
      case 'reward.void':
        return t('audit.reward_void', { agent: String(after?.['agentRef'] ?? '') });
      case 'andon.complaint_attached':
        return t('audit.andon_complaint_attached', { count: Number(after?.['complaintCount'] ?? 0) });
      default:
        return t('audit.other', { action: e.action, actor });
    }
  };
}

/** A timeline from the audit log, oldest first. */
export function Timeline({ events, testId }: { events: AuditEvent[]; testId?: string }) {
  const f = useFormat();
  const describe = useDescribe();
  return (
    <ol className="timeline" data-testid={testId}>
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{f.dateTime(e.at)}</time>
          <span>{describe(e)}</span>
        </li>
      ))}
    </ol>
  );
}
