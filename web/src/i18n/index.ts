import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';

export const webLocales = ['en', 'zh-CN'] as const;
export type WebLocale = (typeof webLocales)[number];

const storageKey = 'andon.language';

/** Our best locale for the browser's preferred languages (zh, zh-CN, zh-Hans … → zh-CN); English otherwise. */
export function pickLocale(preferred: readonly string[]): WebLocale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function storedLocale(): WebLocale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return (webLocales as readonly string[]).includes(value ?? '') ? (value as WebLocale) : null;
  } catch {
    return null;
  }
}

/** The language chosen before (persisted), else the browser's. */
export function initialLocale(): WebLocale {
  return (
    storedLocale() ?? pickLocale(navigator.languages.length ? navigator.languages : [navigator.language])
  );
}

/** Switches the language, remembers it, and tells assistive technology through <html lang>. */
export async function changeLocale(locale: WebLocale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(locale);
}

/** The current language as one of ours. */
export function currentLocale(): WebLocale {
  return i18next.language === 'zh-CN' ? 'zh-CN' : 'en';
}

export function initI18n(): typeof i18next {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: initialLocale(),
    fallbackLng: 'en',
    supportedLngs: [...webLocales],
    // React escapes what it renders; escaping here too would show &lt; to people.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
