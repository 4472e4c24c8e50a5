import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '../api/types.ts';

/** On sale / off sale / retired, in words and colour (never colour alone). */
export function StatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
