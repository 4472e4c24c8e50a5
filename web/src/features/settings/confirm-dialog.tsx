import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { FormActions } from './form-actions.tsx';

/** Asks before a change that cannot be taken back lightly (disable a person, revoke a token); the API's refusal shown inside. */
export function ConfirmDialog({
  title,
  body,
  confirm,
  onConfirm,
  onClose,
}: {
  title: string;
  body: ReactNode;
  confirm: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = useSubmit();
  return (
    <Dialog open onClose={onClose} labelledBy={`${id}-title`}>
      <form
        className="form"
        onSubmit={submit.onSubmit(async () => {
          await onConfirm();
          onClose();
        })}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p>{body}</p>
        <FormActions submit={submit} cancel={t('people.cancel')} onCancel={onClose} danger>
          {confirm}
        </FormActions>
      </form>
    </Dialog>
  );
}
