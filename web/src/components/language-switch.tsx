import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, type WebLocale } from '../i18n/index.ts';

const names: Record<WebLocale, string> = { en: 'English', 'zh-CN': '中文（简体）' };

/**
 * Switches between English and Chinese; each option names its language in that language (so in the
 * top bar, `compact`, the label can stay out of sight: the choice reads for itself).
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field-inline language">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('app.language')}
      </label>
      <select
        id={id}
        value={currentLocale()}
        onChange={(e) => void changeLocale(e.target.value as WebLocale)}
      >
        {(Object.keys(names) as WebLocale[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
