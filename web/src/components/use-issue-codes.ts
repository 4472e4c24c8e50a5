import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints.ts';
import type { IssueCode } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';

let shared: Promise<IssueCode[]> | null = null;

/** The taxonomy, loaded once per page load and shared by every page. */
function loadIssueCodes(): Promise<IssueCode[]> {
  shared ??= endpoints.issueCodes().then(
    (p) => p.items,
    (e: unknown) => {
      shared = null;
      throw e;
    },
  );
  return shared;
}

/** Forgets the loaded taxonomy (after it was edited): pages opened next load it afresh. */
export function forgetIssueCodes(): void {
  shared = null;
}

/** The issue codes, and their names in the current language (the code itself when unknown). */
export function useIssueCodes() {
  const { i18n } = useTranslation();
  const { data, error } = useResource(() => loadIssueCodes(), ['issue-codes']);
  const zh = i18n.language === 'zh-CN';
  const nameOf = useCallback(
    (code: string) => {
      const found = data?.find((c) => c.code === code);
      return found ? (zh ? found.nameZh : found.nameEn) : code;
    },
    [data, zh],
  );
  return { codes: data ?? [], error, nameOf };
}
