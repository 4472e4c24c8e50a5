import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { people } from '../../api/people-endpoints.ts';
import type { CreatedUser, User } from '../../api/people-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { TextField } from '../../components/fields.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { FormActions } from './form-actions.tsx';
import { SecretReveal } from './secret-reveal.tsx';

/** Temporary or chosen: the first password of a new person, or a reset one. */
export function PasswordChoice({
  choose,
  onChoose,
  password,
  onPassword,
  error,
  legend,
}: {
  legend: string;
  choose: boolean;
  onChoose: (v: boolean) => void;
  password: string;
  onPassword: (v: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choices choices-stacked">
        <label className="check">
          <input type="radio" name={name} checked={!choose} onChange={() => onChoose(false)} />
          {t('people.users.form.temporary')}
        </label>
        <label className="check">
          <input type="radio" name={name} checked={choose} onChange={() => onChoose(true)} />
          {t('people.users.form.setNow')}
        </label>
      </div>
      {choose ? (
        <TextField
          label={t('people.users.form.password')}
          hint={t('people.users.form.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          value={password}
          onValue={onPassword}
          error={error}
        />
      ) : null}
    </fieldset>
  );
}

/** A dialog's last lines once a password is set: the temporary one (if the server made one) shown once, and Close. */
export function TemporaryPassword({
  name,
  password,
  onClose,
}: {
  name: string;
  password: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {password ? (
        <SecretReveal
          title={t('people.users.mustChange')}
          label={t('people.users.temporaryLabel', { name })}
          warning={t('people.users.temporaryWarning', { name })}
          value={password}
          testId="temporary-password"
        />
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          {t('people.close')}
        </button>
      </div>
    </>
  );
}

/** Resets a person's password: a temporary one (shown once) or one given here; they are signed out everywhere. */
export function ResetPasswordDialog({
  user,
  onSaved,
  onClose,
}: {
  user: User;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = useSubmit();
  const [choose, setChoose] = useState(false);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<CreatedUser | null>(null);
  return (
    <Dialog open onClose={onClose} labelledBy={`${id}-title`}>
      <div className="form">
        <h2 id={`${id}-title`}>{t('people.users.resetTitle', { name: user.name })}</h2>
        {done ? (
          <>
            <p role="status">{t('people.users.resetDone', { name: user.name })}</p>
            <TemporaryPassword name={user.name} password={done.temporaryPassword} onClose={onClose} />
          </>
        ) : (
          <form
            className="form"
            onSubmit={submit.onSubmit(async () => {
              setDone(await people.resetPassword(user.id, choose ? { password } : {}));
              onSaved();
            })}
          >
            <p>{t('people.users.resetBody', { name: user.name })}</p>
            <PasswordChoice
              legend={t('people.users.form.newPassword')}
              choose={choose}
              onChoose={setChoose}
              password={password}
              onPassword={setPassword}
              error={submit.fieldError('/password')}
            />
            <FormActions submit={submit} cancel={t('people.cancel')} onCancel={onClose} danger>
              {t('people.users.reset')}
            </FormActions>
          </form>
        )}
      </div>
    </Dialog>
  );
}
