import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret shown this once (a temporary password, an API token): a clear warning, the value in a
 * read-only field that selects itself, and a copy button (selecting it for a manual copy when the
 * browser refuses the clipboard).
 */
export function SecretReveal({
  title,
  label,
  warning,
  value,
  testId,
}: {
  title: string;
  label: string;
  warning: string;
  value: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('ok');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopied('failed');
    }
  };
  return (
    <section className="secret" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="secret-warning" id={`${id}-warning`}>
        <span aria-hidden="true">⚠ </span>
        {warning}
      </p>
      <label htmlFor={`${id}-value`} className="secret-label">
        {label}
      </label>
      <div className="secret-row">
        <textarea
          ref={input}
          id={`${id}-value`}
          className="secret-value"
          readOnly
          rows={1}
          value={value}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-warning`}
          // Shown after a press that unmounts the form: the secret takes the focus, selected for a copy.
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button-primary" onClick={() => void copy()}>
          {t('people.secret.copy')}
        </button>
      </div>
      <p className="field-note" role="status">
        {copied === 'ok'
          ? t('people.secret.copied')
          : copied === 'failed'
            ? t('people.secret.copyFailed')
            : ''}
      </p>
    </section>
  );
}
