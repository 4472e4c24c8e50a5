/** Money in integer minor units (fen, cents) of an ISO 4217 currency; never a float. */
export interface Money {
  amountMinor: number;
  currency: string;
}

/** Minor-unit digits of a currency (CNY 2, JPY 0), from the platform's own tables. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Monthly GMV paused for a stop of `days` days, rounded to the minor unit. */
export function gmvPaused(monthlyGmv: Money, days: number): Money {
  return { amountMinor: Math.round((monthlyGmv.amountMinor * days) / 30), currency: monthlyGmv.currency };
}

/** Formats money for people, in their locale. */
export function formatMoney(money: Money, locale: string): string {
  const digits = currencyDigits(money.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amountMinor / 10 ** digits,
  );
}
