import { useTranslation } from 'react-i18next';

/** A record form's buttons: submit (as the person named in "Who am I"), cancel. */
export function FormButtons({
  busy,
  identity,
  submit,
  onCancel,
  danger = false,
}: {
  busy: boolean;
  identity: string;
  submit: string;
  onCancel?: (() => void) | undefined;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-buttons">
      {!identity ? <p className="field-note">{t('app.identity.missing')}</p> : null}
      {identity ? <p className="field-note">{t('order.recordedAs', { who: identity })}</p> : null}
      <div className="dialog-actions">
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('pull.cancel')}
          </button>
        ) : null}
        <button
          type="submit"
          className={danger ? 'button-danger' : 'button-primary'}
          disabled={busy || !identity}
        >
          {busy ? t('order.saving') : submit}
        </button>
      </div>
    </div>
  );
}
