import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The heading of a table's last column, the one with each row's buttons: named for screen readers only. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('settings.actions')}</span>
    </th>
  );
}

/** A row's edit button, in its own cell; `label` names the record it edits. */
export function EditCell({ label, onEdit }: { label: string; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <td>
      <button type="button" className="button-secondary" aria-label={label} onClick={onEdit}>
        {t('settings.edit')}
      </button>
    </td>
  );
}

/** A row while it is edited: its form across the whole width of the table. */
export function EditingRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr className="editing">
      <td colSpan={colSpan}>{children}</td>
    </tr>
  );
}

/** Below a table: the button that adds a record or, once pressed, the form that does. */
export function AddRecord({
  title,
  adding,
  onAdd,
  children,
}: {
  title: string;
  adding: boolean;
  onAdd: () => void;
  children: ReactNode;
}) {
  return adding ? (
    <div className="card">
      <h3>{title}</h3>
      {children}
    </div>
  ) : (
    <div>
      <button type="button" className="button-primary" onClick={onAdd}>
        {title}
      </button>
    </div>
  );
}
