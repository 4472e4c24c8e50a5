import i18next, { type TFunction } from 'i18next';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';

export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixed = new Map<Locale, TFunction>(locales.map((l) => [l, instance.getFixedT(l)]));

/** Translates a message key in a locale. */
export function translate(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return (fixed.get(locale) ?? instance.t)(key, params ?? {}) as string;
}

/** true when the key has a message (so callers can fall back to something else). */
export function hasMessage(key: string): boolean {
  return instance.exists(key);
}

/** The best of our locales for an Accept-Language header (zh, zh-CN, zh-Hans … → zh-CN). */
export function negotiateLocale(header: string | undefined, fallback: Locale = 'en'): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
    if (tag === '*') return fallback;
  }
  return fallback;
}
