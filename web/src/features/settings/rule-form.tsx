import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits } from '#domain/money.ts';
import { admin } from '../../api/admin-endpoints.ts';
import { type TargetKind, targetKinds } from '../../api/admin-types.ts';
import type { Rule } from '../../api/types.ts';
import { CheckField, SelectField, TextField } from '../../components/fields.tsx';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useLabel } from '../../components/use-label.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { FormActions } from './form-actions.tsx';

const int = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** Adds a rule (which kind and problem it applies to) or changes one: threshold, window, mode, reward, due times. */
export function RuleForm({
  rule,
  onDone,
  onCancel,
}: {
  rule: Rule | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { codes, nameOf } = useIssueCodes();
  const submit = useSubmit();
  const digits = currencyDigits(rule?.reward.currency ?? 'CNY');
  const [name, setName] = useState(rule?.name ?? '');
  const [targetKind, setTargetKind] = useState<TargetKind | ''>('');
  const [issueCode, setIssueCode] = useState('');
  const [threshold, setThreshold] = useState(String(rule?.threshold ?? 2));
  const [windowDays, setWindowDays] = useState(String(rule?.windowDays ?? 30));
  const [mode, setMode] = useState<'suggest' | 'auto'>(rule?.mode ?? 'suggest');
  const [reward, setReward] = useState(rule ? String(rule.reward.amountMinor / 10 ** digits) : '50');
  const [currency, setCurrency] = useState(rule?.reward.currency ?? 'CNY');
  const [inspection, setInspection] = useState(String(rule?.inspectionDueHours ?? 24));
  const [rootCause, setRootCause] = useState(String(rule?.rootCauseDueHours ?? 72));
  const [active, setActive] = useState(rule?.active ?? true);
  const e = submit.fieldError;
  const fields = {
    name: name.trim(),
    threshold: int(threshold),
    windowDays: int(windowDays),
    mode,
    reward: { amountMinor: Math.round(Number(reward) * 10 ** currencyDigits(currency)), currency },
    inspectionDueHours: int(inspection),
    rootCauseDueHours: int(rootCause),
    active,
  };
  return (
    <form
      className="form record-form"
      aria-label={rule ? t('settings.rules.edit', { name: rule.name }) : t('settings.rules.add')}
      onSubmit={submit.onSubmit(async () => {
        if (rule) await admin.updateRule(rule.id, fields);
        else
          await admin.createRule({ ...fields, targetKind: targetKind || null, issueCode: issueCode || null });
        onDone();
      })}
    >
      <TextField
        label={t('settings.rules.name')}
        required
        maxLength={200}
        value={name}
        onValue={setName}
        error={e('/name')}
      />
      {rule ? null : (
        <div className="field-row">
          <SelectField
            label={t('settings.rules.kind')}
            value={targetKind}
            onValue={setTargetKind}
            options={[
              { value: '', label: t('settings.rules.anyKind') },
              ...targetKinds.map((k) => ({ value: k, label: label('targetKind', k) })),
            ]}
          />
          <SelectField
            label={t('settings.rules.issue')}
            value={issueCode}
            onValue={setIssueCode}
            options={[
              { value: '', label: t('settings.rules.anyIssue') },
              ...codes.map((c) => ({ value: c.code, label: nameOf(c.code) })),
            ]}
          />
        </div>
      )}
      <div className="field-row">
        <TextField
          label={t('settings.rules.threshold')}
          type="number"
          min={1}
          max={1000}
          required
          value={threshold}
          onValue={setThreshold}
          error={e('/threshold')}
        />
        <TextField
          label={t('settings.rules.window')}
          type="number"
          min={1}
          max={3650}
          required
          value={windowDays}
          onValue={setWindowDays}
          error={e('/windowDays')}
        />
        <SelectField
          label={t('settings.rules.mode')}
          value={mode}
          onValue={setMode}
          options={(['suggest', 'auto'] as const).map((m) => ({ value: m, label: label('ruleMode', m) }))}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('settings.rules.reward')}
          type="number"
          min={0}
          step="any"
          required
          value={reward}
          onValue={setReward}
          error={e('/reward/amountMinor')}
        />
        <TextField
          label={t('settings.rules.currency')}
          required
          pattern="[A-Z]{3}"
          maxLength={3}
          value={currency}
          onValue={(v) => setCurrency(v.toUpperCase())}
          error={e('/reward/currency')}
        />
        <TextField
          label={t('settings.rules.inspectionHours')}
          type="number"
          min={1}
          required
          value={inspection}
          onValue={setInspection}
          error={e('/inspectionDueHours')}
        />
        <TextField
          label={t('settings.rules.rootCauseHours')}
          type="number"
          min={1}
          required
          value={rootCause}
          onValue={setRootCause}
          error={e('/rootCauseDueHours')}
        />
      </div>
      <CheckField label={t('settings.active')} checked={active} onChecked={setActive} />
      <FormActions submit={submit} cancel={t('pull.cancel')} onCancel={onCancel}>
        {t('settings.save')}
      </FormActions>
    </form>
  );
}
