import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../components/problem-message.tsx';
import type { Submit } from '../../components/use-submit.ts';

/** A form's last lines: the API's refusal, then cancel and submit (disabled while the submission runs). */
export function FormActions({
  submit,
  cancel,
  onCancel,
  danger = false,
  children,
}: {
  submit: Pick<Submit, 'busy' | 'error'>;
  cancel: string;
  onCancel: () => void;
  danger?: boolean;
  /** The submit button's words. */
  children: ReactNode;
}) {
  return (
    <>
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancel}
        </button>
        <button type="submit" className={danger ? 'button-danger' : 'button-primary'} disabled={submit.busy}>
          {children}
        </button>
      </div>
    </>
  );
}

/** A settings form's save line: the API's refusal, then (for those who may change it) save and "saved". */
export function SaveActions({
  submit,
  saved,
  may,
}: {
  submit: Pick<Submit, 'busy' | 'error'>;
  saved: boolean;
  may: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
      {may ? (
        <div className="inline-actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {t('settings.save')}
          </button>
          {saved ? (
            <span className="saved" role="status">
              {t('settings.saved')}
            </span>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
