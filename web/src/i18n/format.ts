import { currencyDigits, gmvPaused, type Money } from '#domain/money.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * The locale to format in: the app's language, in the reader's own region when the browser names
 * one for that language (English in en-GB writes 25 Nov 2026, 19:38; en-US writes Nov 25, 2026, 7:38 PM).
 */
export function formattingLocale(language: string, preferred: readonly string[]): string {
  const base = language.split('-')[0]!.toLowerCase();
  if (base !== 'en') return language;
  const regional = preferred.find((tag) => tag.toLowerCase().startsWith(`${base}-`));
  if (!regional) return language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([regional]).length ? regional : language;
  } catch {
    return language;
  }
}

/** Money for people: ¥1,250,000.00, or compact for lamps and headlines (¥125万, CN¥1.3M). */
export function formatMoney(money: Money, locale: string, compact = false): string {
  const digits = currencyDigits(money.currency);
  const f = cached(
    `money|${locale}|${money.currency}|${compact}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: money.currency,
        ...(compact ? { notation: 'compact', maximumSignificantDigits: 3 } : {}),
      }),
  );
  return f.format(money.amountMinor / 10 ** digits);
}

export function formatNumber(n: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** A date and time in the reader's locale and time zone. */
export function formatDateTime(iso: string, locale: string): string {
  return cached(
    `datetime|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** A calendar date; a bare yyyy-mm-dd (a week's Monday from the API) is that day wherever the reader is. */
export function formatDate(iso: string, locale: string): string {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return cached(
    `date|${locale}|${bare}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(bare ? { timeZone: 'UTC' } : {}) }),
  ).format(new Date(bare ? `${iso}T00:00:00Z` : iso));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "in 2 days", "now": the largest whole unit, for ages and countdowns. */
export function formatRelative(iso: string, now: number, locale: string): string {
  const diff = Date.parse(iso) - now;
  const f = cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return f.format(Math.trunc(diff / ms), unit);
  }
  return f.format(0, 'minute');
}

/** Sales lost while a target is off sale: its monthly GMV × the days since, over 30. */
export function gmvPausedSince(monthly: Money, sinceIso: string, now: number): Money {
  return gmvPaused(monthly, Math.max(0, now - Date.parse(sinceIso)) / 86_400_000);
}
