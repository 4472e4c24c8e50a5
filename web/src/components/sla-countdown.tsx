import { useTranslation } from 'react-i18next';
import { useFormat } from './use-format.ts';

/** The due time and how long is left (or how late it is), in words; red when overdue, never colour alone. */
export function SlaCountdown({
  dueAt,
  now,
  settled = false,
}: {
  dueAt: string;
  now: number;
  settled?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const overdue = !settled && Date.parse(dueAt) < now;
  return (
    <>
      <time dateTime={dueAt}>{f.dateTime(dueAt)}</time>{' '}
      {settled ? null : (
        <span className={overdue ? 'tag tag-overdue' : 'tag'} data-testid="sla" data-overdue={overdue}>
          {overdue
            ? t('room.overdue', { when: f.relative(dueAt, now) })
            : t('room.dueIn', { when: f.relative(dueAt, now) })}
        </span>
      )}
    </>
  );
}
