import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/use-can.ts';

/** Whether the signed-in person may change the configuration (config:write: directors and admins). */
export function useMayConfigure(): boolean {
  return useCan('config:write');
}

/** Says, to those who may only look, that these settings are shown read-only and who changes them. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  if (useMayConfigure()) return null;
  return (
    <p className="notice" data-testid="read-only">
      {t('can.settingsReadOnly')}
    </p>
  );
}
