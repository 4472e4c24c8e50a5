import { useTranslation } from 'react-i18next';
import { useLabel } from './use-label.ts';

/** "Escalated: manager" — in words, never colour alone; nothing when it was never escalated. */
export function EscalationBadge({ level }: { level: string | null | undefined }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (!level) return null;
  return (
    <span className="tag tag-escalation" data-testid="escalation" data-level={level}>
      {t('board.escalation', { level: label('escalationLevel', level) })}
    </span>
  );
}
