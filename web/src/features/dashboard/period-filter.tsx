import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields.tsx';
import { localDate, type PeriodChoice, presets } from './period.ts';

type Preset = (typeof presets)[number];

/** Last 7, 30, 90 or 365 days, or chosen dates. */
export function PeriodFilter({
  choice,
  onChoice,
  invalid,
}: {
  choice: PeriodChoice;
  onChoice: (c: PeriodChoice) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const value = String(choice.preset);
  const today = localDate(new Date());
  return (
    <form className="period" aria-label={t('dashboard.period')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('dashboard.period')}
        value={value}
        onValue={(v) =>
          onChoice(
            v === 'custom'
              ? { preset: 'custom', from: localDate(new Date(Date.now() - 30 * 86_400_000)), to: today }
              : { preset: Number(v) as Preset },
          )
        }
        options={[
          ...presets.map((days) => ({
            value: String(days),
            label: t('dashboard.lastDays', { count: days }),
          })),
          { value: 'custom', label: t('dashboard.custom') },
        ]}
      />
      {choice.preset === 'custom' ? (
        <>
          <TextField
            label={t('dashboard.from')}
            type="date"
            max={today}
            value={choice.from}
            onValue={(from) => onChoice({ ...choice, from })}
          />
          <TextField
            label={t('dashboard.to')}
            type="date"
            max={today}
            value={choice.to}
            onValue={(to) => onChoice({ ...choice, to })}
            error={invalid ? t('dashboard.reversed') : undefined}
          />
        </>
      ) : null}
    </form>
  );
}
