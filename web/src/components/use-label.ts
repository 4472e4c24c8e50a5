import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { en } from '../i18n/locales/en.ts';

type Group =
  | 'state'
  | 'trigger'
  | 'workOrderType'
  | 'workOrderStatus'
  | 'rewardStatus'
  | 'escalationLevel'
  | 'status'
  | 'missing'
  | 'invalidReason'
  | 'rootCauseCategory'
  | 'disposition'
  | 'scope'
  | 'actionKind'
  | 'targetKind'
  | 'ruleMode'
  | 'matchingMode'
  | 'slaSubject';

/** The word for an API value (a state, a type …) in the current language; the value itself when unknown. */
export function useLabel() {
  const { t } = useTranslation();
  return useCallback(
    (group: Group, value: string): string => {
      const words = t(group, { returnObjects: true }) as unknown as Record<string, string>;
      return Object.hasOwn(words, value)
        ? (words[value] as (typeof en)[Group][keyof (typeof en)[Group]])
        : value;
    },
    [t],
  );
}
