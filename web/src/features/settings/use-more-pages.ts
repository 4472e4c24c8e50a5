import { useState } from 'react';
import type { Page } from '../../api/types.ts';
import type { Resource } from '../../api/use-resource.ts';
import { type Submit, useSubmit } from '../../components/use-submit.ts';

export interface MorePages<T> {
  /** The first page and every page shown after it, for the current `key`. */
  items: T[];
  nextCursor: string | null;
  /** Loading the next page: busy, and its refusal. */
  paging: Submit;
  showMore: () => void;
  /** Back to the first page, loaded again. */
  reload: () => void;
}

/**
 * A list read a page at a time: `first` loads the first page, `fetchPage` the ones after it. The pages
 * after the first belong to `key` (the filter), so a new filter starts from its own first page.
 */
export function useMorePages<T>(
  first: Resource<Page<T>>,
  key: string,
  fetchPage: (cursor: string) => Promise<Page<T>>,
): MorePages<T> {
  const [more, setMore] = useState<{ key: string; items: T[]; nextCursor: string | null } | null>(null);
  const extra = more?.key === key ? more : null;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : (first.data?.nextCursor ?? null);
  const paging = useSubmit();
  return {
    items,
    nextCursor,
    paging,
    showMore: () => {
      if (!nextCursor) return;
      void paging.run(async () => {
        const page = await fetchPage(nextCursor);
        setMore({ key, items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor });
      });
    },
    reload: () => {
      setMore(null);
      first.reload();
    },
  };
}
