import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTitle } from '../components/use-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useTitle(t('app.notFound.title'));
  return (
    <div>
      <h1 tabIndex={-1}>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <Link href="/board">{t('app.notFound.home')}</Link>
    </div>
  );
}
