import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** An error as people read it: the API's own (localised) title and detail, and each field that failed. */
export function ProblemMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <div className="problem" role="alert">
      <p>
        <strong>{problem?.title ?? t('app.error')}</strong>
        {problem?.detail ? ` ${problem.detail}` : ''}
      </p>
      {problem?.errors?.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              <code>{e.path}</code> {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
