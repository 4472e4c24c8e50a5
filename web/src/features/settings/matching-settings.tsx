import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import {
  type MatchingMode,
  type MatchingStatus,
  type TargetKind,
  targetKinds,
} from '../../api/admin-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { ReadOnlyNote, useMayConfigure } from './read-only-note.tsx';
import { TermsSettings } from './terms-settings.tsx';

const modes: MatchingMode[] = ['issue_code', 'text', 'either'];

function KindRow({
  kind,
  status,
  onSaved,
}: {
  kind: TargetKind;
  status: MatchingStatus;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const save = useSubmit();
  const may = useMayConfigure();
  const current = status.settings.find((s) => s.targetKind === kind);
  const [mode, setMode] = useState<MatchingMode>(current?.mode ?? 'issue_code');
  const [threshold, setThreshold] = useState(
    current?.threshold === null || !current ? '' : String(current.threshold),
  );
  return (
    <form
      className="inline-form"
      aria-label={label('targetKind', kind)}
      onSubmit={save.onSubmit(async () => {
        await admin.setMatching(kind, { mode, threshold: threshold.trim() ? Number(threshold) : null });
        onSaved();
      })}
    >
      <fieldset className="fieldset-plain inline-form" disabled={!may}>
        <SelectField
          label={t('settings.matching.modeFor', { kind: label('targetKind', kind) })}
          value={mode}
          onValue={setMode}
          options={modes.map((m) => ({ value: m, label: label('matchingMode', m) }))}
        />
        <TextField
          label={t('settings.matching.threshold')}
          hint={t('settings.matching.thresholdHint', { value: status.threshold })}
          type="number"
          min={0.01}
          max={1}
          step={0.01}
          value={threshold}
          onValue={setThreshold}
          error={save.fieldError('/threshold')}
        />
      </fieldset>
      {may ? (
        <button type="submit" className="button-secondary" disabled={save.busy}>
          {t('settings.save')}
        </button>
      ) : null}
      {save.error ? <ProblemMessage error={save.error} /> : null}
    </form>
  );
}

/** How each target kind's rule decides "same problem" (issue code, words, either), and the deployment's terms. */
export function MatchingSettings() {
  const { t } = useTranslation();
  const status = useResource((signal) => admin.matching(signal), ['matching']);
  return (
    <section className="settings-section" aria-labelledby="matching-title">
      <h2 id="matching-title">{t('settings.section.matching')}</h2>
      <p className="field-note">{t('settings.matching.intro')}</p>
      <ReadOnlyNote />
      {status.error ? <ProblemMessage error={status.error} onRetry={status.reload} /> : null}
      {status.data ? (
        <div className="card form">
          <p>
            {t('settings.matching.matcher', {
              matcher: status.data.matcher,
              threshold: status.data.threshold,
            })}
          </p>
          {targetKinds.map((kind) => (
            <KindRow key={kind} kind={kind} status={status.data!} onSaved={status.reload} />
          ))}
        </div>
      ) : null}
      <TermsSettings />
    </section>
  );
}
