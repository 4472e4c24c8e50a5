import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useId } from 'react';

/**
 * Labelled form controls: each has its <label>, an optional hint and the server's message for the
 * field (aria-describedby, aria-invalid), so every control is named and every refusal is next to it.
 */
interface Base {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}

function useDescribed(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Notes({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId?: string | undefined;
  error?: string | undefined;
  errorId?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p className="field-note" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}

type InputProps = Base &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
  };

/** A labelled <input>. */
export function TextField({ label, hint, error, className, value, onValue, ...rest }: InputProps) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={d.id}>{label}</label>
      <input
        id={d.id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={d.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      <Notes hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}

type AreaProps = Base &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
  };

/** A labelled <textarea>. */
export function TextAreaField({ label, hint, error, className, value, onValue, ...rest }: AreaProps) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={d.id}>{label}</label>
      <textarea
        id={d.id}
        value={value}
        rows={rest.rows ?? 2}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={d.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      <Notes hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}

type SelectProps<V extends string> = Base & {
  value: V;
  onValue: (value: V) => void;
  options: readonly { value: V; label: string }[];
  required?: boolean;
  name?: string;
};

/** A labelled <select>. */
export function SelectField<V extends string>({
  label,
  hint,
  error,
  className,
  value,
  onValue,
  options,
  ...rest
}: SelectProps<V>) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={d.id}>{label}</label>
      <select
        id={d.id}
        value={value}
        onChange={(e) => onValue(e.target.value as V)}
        aria-describedby={d.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Notes hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}

/** A labelled checkbox. */
export function CheckField({
  label,
  hint,
  error,
  checked,
  onChecked,
  name,
}: Base & { checked: boolean; onChecked: (v: boolean) => void; name?: string }) {
  const d = useDescribed(hint, error);
  return (
    <div className="field field-check">
      <label className="check" htmlFor={d.id}>
        <input
          id={d.id}
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          aria-describedby={d.describedBy}
          aria-invalid={error ? true : undefined}
        />
        {label}
      </label>
      <Notes hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}
