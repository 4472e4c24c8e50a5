import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../components/problem-message.tsx';
import type { MorePages } from './use-more-pages.ts';

/** Under a paged list: "show more" while there is a next page, and the refusal if loading it failed. */
export function ShowMore({ pages }: { pages: MorePages<unknown> }) {
  const { t } = useTranslation();
  return (
    <>
      {pages.nextCursor ? (
        <div>
          <button
            type="button"
            className="button-secondary"
            disabled={pages.paging.busy}
            onClick={pages.showMore}
          >
            {t('people.showMore')}
          </button>
        </div>
      ) : null}
      {pages.paging.error ? <ProblemMessage error={pages.paging.error} /> : null}
    </>
  );
}
