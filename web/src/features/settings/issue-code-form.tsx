import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import type { IssueCode } from '../../api/types.ts';
import { CheckField, TextField } from '../../components/fields.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { FormActions } from './form-actions.tsx';

/** Adds a problem to the taxonomy or changes one: its names in both languages, and its flags. */
export function IssueCodeForm({
  code,
  onDone,
  onCancel,
}: {
  code: IssueCode | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [key, setKey] = useState(code?.code ?? '');
  const [nameZh, setNameZh] = useState(code?.nameZh ?? '');
  const [nameEn, setNameEn] = useState(code?.nameEn ?? '');
  const [counts, setCounts] = useState(code?.counts ?? true);
  const [safetyCritical, setSafetyCritical] = useState(code?.safetyCritical ?? false);
  const [active, setActive] = useState(code?.active ?? true);
  const e = submit.fieldError;
  const fields = { nameZh: nameZh.trim(), nameEn: nameEn.trim(), counts, safetyCritical, active };
  return (
    <form
      className="form record-form"
      aria-label={code ? t('settings.codes.edit', { code: code.code }) : t('settings.codes.add')}
      onSubmit={submit.onSubmit(async () => {
        if (code) await admin.updateIssueCode(code.code, fields);
        else await admin.createIssueCode({ code: key.trim(), ...fields });
        onDone();
      })}
    >
      <div className="field-row">
        {code ? null : (
          <TextField
            label={t('settings.codes.code')}
            hint={t('settings.codes.codeHint')}
            required
            value={key}
            onValue={setKey}
            error={e('/code')}
          />
        )}
        <TextField
          label={t('settings.codes.nameZh')}
          lang="zh-CN"
          required
          maxLength={200}
          value={nameZh}
          onValue={setNameZh}
          error={e('/nameZh')}
        />
        <TextField
          label={t('settings.codes.nameEn')}
          lang="en"
          required
          maxLength={200}
          value={nameEn}
          onValue={setNameEn}
          error={e('/nameEn')}
        />
      </div>
      <div className="choices">
        <CheckField
          label={t('settings.codes.counts')}
          hint={t('settings.codes.countsHint')}
          checked={counts}
          onChecked={setCounts}
        />
        <CheckField
          label={t('settings.codes.safety')}
          hint={t('settings.codes.safetyHint')}
          checked={safetyCritical}
          onChecked={setSafetyCritical}
        />
        <CheckField label={t('settings.active')} checked={active} onChecked={setActive} />
      </div>
      <FormActions submit={submit} cancel={t('pull.cancel')} onCancel={onCancel}>
        {t('settings.save')}
      </FormActions>
    </form>
  );
}
