import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the page in the browser tab and history: "Lamp board · Andon". */
export function useTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${app}`;
  }, [title, app]);
}
