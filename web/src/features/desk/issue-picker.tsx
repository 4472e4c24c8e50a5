import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueCodes } from '../../components/use-issue-codes.ts';

/** The problem, from the taxonomy, named in the current language. */
export function IssuePicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { codes } = useIssueCodes();
  const zh = i18n.language === 'zh-CN';
  const active = codes.filter((c) => c.active).sort((a, b) => Number(b.counts) - Number(a.counts));
  return (
    <div className="field">
      <label htmlFor={id}>{t('desk.problem')}</label>
      <select id={id} name="issueCode" required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('desk.problemChoose')}</option>
        {active.map((c) => (
          <option key={c.code} value={c.code}>
            {zh ? c.nameZh : c.nameEn}
            {c.counts ? '' : ` (${t('desk.neverCounts')})`}
          </option>
        ))}
      </select>
    </div>
  );
}
