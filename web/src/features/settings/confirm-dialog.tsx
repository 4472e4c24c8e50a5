import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';

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
        {submit.error ? <ProblemMessage error={submit.error} /> : null}
        <div className="dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('people.cancel')}
          </button>
          <button type="submit" className="button-danger" disabled={submit.busy}>
            {confirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
