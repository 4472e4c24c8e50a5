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

/**
 * A control with its label above and its notes below; `children` gets the attributes that tie the
 * control to them (id, aria-describedby, aria-invalid).
 */
function Field({
  label,
  hint,
  error,
  className,
  children,
}: Base & {
  children: (control: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
  }) => ReactNode;
}) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={d.id}>{label}</label>
      {children({ id: d.id, 'aria-describedby': d.describedBy, 'aria-invalid': error ? true : undefined })}
      <Notes hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}

type InputProps = Base &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
  };

/** A labelled <input>. */
export function TextField({ label, hint, error, className, value, onValue, ...rest }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} value={value} onChange={(e) => onValue(e.target.value)} {...rest} />}
    </Field>
  );
}

type AreaProps = Base &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
    value: string;
    onValue: (value: string) => void;
  };

/** A labelled <textarea>. */
export function TextAreaField({ label, hint, error, className, value, onValue, ...rest }: AreaProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          value={value}
          rows={rest.rows ?? 2}
          onChange={(e) => onValue(e.target.value)}
          {...rest}
        />
      )}
    </Field>
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
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onValue(e.target.value as V)} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
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
