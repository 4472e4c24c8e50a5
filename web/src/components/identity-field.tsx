import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setIdentity, useIdentity } from './identity.ts';

/** "Who am I": the agent id used for recordedBy and pulledBy until sign-in exists. */
export function IdentityField() {
  const { t } = useTranslation();
  const id = useId();
  const identity = useIdentity();
  const [draft, setDraft] = useState(identity);
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('app.identity.label')}</label>
      <input
        id={id}
        name="identity"
        autoComplete="username"
        spellCheck={false}
        value={draft}
        placeholder={t('app.identity.placeholder')}
        title={t('app.identity.hint')}
        maxLength={200}
        onChange={(e) => {
          setDraft(e.target.value);
          setIdentity(e.target.value);
        }}
      />
    </div>
  );
}
