import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelative,
  formattingLocale,
  gmvPausedSince,
} from './format.ts';

const book = { amountMinor: 125_000_000, currency: 'CNY' };

describe('localised dates, numbers and money', () => {
  it('writes English in the reader’s own region when the browser names one', () => {
    expect(formattingLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(formattingLocale('en', ['fr-FR', 'en-AU'])).toBe('en-AU');
    expect(formattingLocale('en', ['zh-CN'])).toBe('en');
    expect(formattingLocale('zh-CN', ['zh-TW', 'en-GB'])).toBe('zh-CN');
    expect(formatDate('2026-07-06', formattingLocale('en', ['en-GB']))).toBe('6 Jul 2026');
  });

  it('shows a bare date (a week’s Monday) as that day in every time zone', () => {
    expect(formatDate('2026-07-06', 'en')).toBe('Jul 6, 2026');
    expect(formatDate('2026-07-06', 'zh-CN')).toBe('2026年7月6日');
  });

  it('formats money from minor units in each language, in full or compact', () => {
    expect(formatMoney(book, 'zh-CN')).toBe('¥1,250,000.00');
    expect(formatMoney(book, 'en')).toBe('CN¥1,250,000.00');
    expect(formatMoney(book, 'zh-CN', true)).toBe('¥125万');
    expect(formatMoney(book, 'en', true)).toBe('CN¥1.25M');
    expect(formatMoney({ amountMinor: 5000, currency: 'CNY' }, 'en')).toBe('CN¥50.00');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  it('says how long ago or how soon, in words', () => {
    const now = Date.parse('2026-07-01T12:00:00Z');
    expect(formatRelative('2026-07-01T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-07-01T09:00:00Z', now, 'zh-CN')).toBe('3小时前');
    expect(formatRelative('2026-07-03T12:00:00Z', now, 'en')).toBe('in 2 days');
    expect(formatRelative('2026-07-01T11:59:30Z', now, 'en')).toBe('this minute');
  });

  it('formats dates for the reader', () => {
    expect(formatDateTime('2026-07-01T09:05:00Z', 'en')).toMatch(/Jul 1, 2026/);
    expect(formatDateTime('2026-07-01T09:05:00Z', 'zh-CN')).toMatch(/2026年7月1日/);
  });

  it('counts the sales paused since a pull', () => {
    expect(gmvPausedSince(book, '2026-07-01T00:00:00Z', Date.parse('2026-07-04T00:00:00Z'))).toEqual({
      amountMinor: 12_500_000,
      currency: 'CNY',
    });
    expect(gmvPausedSince(book, '2026-07-05T00:00:00Z', Date.parse('2026-07-04T00:00:00Z')).amountMinor).toBe(
      0,
    );
  });
});
