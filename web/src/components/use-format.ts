import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '#domain/money.ts';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatRelative,
  formattingLocale,
} from '../i18n/format.ts';

/** The formatters of the current language (dates, numbers, money), re-made when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.language, typeof navigator === 'undefined' ? [] : navigator.languages);
  return useMemo(
    () => ({
      locale,
      money: (m: Money, compact = false) => formatMoney(m, locale, compact),
      number: (n: number) => formatNumber(n, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      date: (iso: string) => formatDate(iso, locale),
      relative: (iso: string, now: number) => formatRelative(iso, now, locale),
    }),
    [locale],
  );
}

/** The current time, refreshed every `intervalMs`: ages and countdowns tick without a reload. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
