import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import { type SlaSubject, slaSubjects, type SystemSettings } from '../../api/admin-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { SaveActions } from './form-actions.tsx';
import { ReadOnlyNote, useMayConfigure } from './read-only-note.tsx';

type Draft = Record<string, string>;
const hours = (s: string) => (s.trim() === '' ? null : Number(s));

function toDraft(s: SystemSettings): Draft {
  const d: Draft = {
    minWhys: String(s.minWhys),
    probationDays: String(s.probationDays),
    missedAndonHours: String(s.missedAndonHours),
    recurrenceSimilarity: String(s.recurrenceSimilarity),
    escalationStepHours: String(s.escalationStepHours),
  };
  for (const subject of slaSubjects) {
    d[`${subject}.ackHours`] = s.slas[subject].ackHours === null ? '' : String(s.slas[subject].ackHours);
    d[`${subject}.dueHours`] = s.slas[subject].dueHours === null ? '' : String(s.slas[subject].dueHours);
  }
  return d;
}

function Form({ settings, onSaved }: { settings: SystemSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const save = useSubmit();
  const [d, setD] = useState(() => toDraft(settings));
  const [saved, setSaved] = useState(false);
  const may = useMayConfigure();
  const set = (key: string) => (value: string) => setD((x) => ({ ...x, [key]: value }));
  const field = (key: keyof Omit<SystemSettings, 'slas'>, step = '1') => (
    <TextField
      label={t(`settings.system.${key}`)}
      type="number"
      step={step}
      required
      value={d[key] ?? ''}
      onValue={set(key)}
      error={save.fieldError(`/${key}`)}
    />
  );
  return (
    <form
      className="card form"
      onSubmit={save.onSubmit(async () => {
        setSaved(false);
        const slas = Object.fromEntries(
          slaSubjects.map((s) => [
            s,
            { ackHours: hours(d[`${s}.ackHours`] ?? ''), dueHours: hours(d[`${s}.dueHours`] ?? '') },
          ]),
        ) as Record<SlaSubject, { ackHours: number | null; dueHours: number | null }>;
        await admin.updateSettings({
          minWhys: Number(d['minWhys']),
          probationDays: Number(d['probationDays']),
          missedAndonHours: Number(d['missedAndonHours']),
          recurrenceSimilarity: Number(d['recurrenceSimilarity']),
          escalationStepHours: Number(d['escalationStepHours']),
          slas,
        });
        setSaved(true);
        onSaved();
      })}
    >
      <fieldset className="fieldset-plain form" disabled={!may}>
        <div className="field-row">
          {field('minWhys')}
          {field('probationDays')}
          {field('missedAndonHours')}
          {field('escalationStepHours')}
          {field('recurrenceSimilarity', '0.05')}
        </div>
        <h3>{t('settings.system.slas')}</h3>
        <p className="field-note">{t('settings.system.slasHint')}</p>
        {slaSubjects.map((s) => (
          <fieldset key={s} className="field-row">
            <legend>{label('slaSubject', s)}</legend>
            <TextField
              label={t('settings.system.ackHours')}
              type="number"
              min={1}
              value={d[`${s}.ackHours`] ?? ''}
              onValue={set(`${s}.ackHours`)}
              error={save.fieldError(`/slas/${s}/ackHours`)}
            />
            <TextField
              label={t('settings.system.dueHours')}
              type="number"
              min={1}
              value={d[`${s}.dueHours`] ?? ''}
              onValue={set(`${s}.dueHours`)}
              error={save.fieldError(`/slas/${s}/dueHours`)}
            />
          </fieldset>
        ))}
      </fieldset>
      <SaveActions submit={save} saved={saved} may={may} />
    </form>
  );
}

/** The system settings: five-whys minimum, probation, missed-andon hours, escalation step, SLAs. */
export function SystemSettingsSection() {
  const { t } = useTranslation();
  const settings = useResource((signal) => admin.settings(signal), ['settings']);
  return (
    <section className="settings-section" aria-labelledby="system-title">
      <h2 id="system-title">{t('settings.section.system')}</h2>
      <ReadOnlyNote />
      {settings.error ? <ProblemMessage error={settings.error} onRetry={settings.reload} /> : null}
      {settings.data ? <Form settings={settings.data} onSaved={settings.reload} /> : null}
    </section>
  );
}
