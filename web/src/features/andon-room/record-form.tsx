import type { ReactNode } from 'react';
import type { WorkOrder } from '../../api/types.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import type { Submit } from '../../components/use-submit.ts';
import { FormButtons } from './form-buttons.tsx';

/** What the form that records a work order's result is given (see order-form.tsx). */
export interface OrderFormProps {
  order: WorkOrder;
  onDone: () => void;
  onCancel?: () => void;
}

/** A record form: its fields, then the API's refusal if any, then submit (as "Who am I") and cancel. */
export function RecordForm({
  label,
  className = 'form record-form',
  submit,
  identity,
  submitLabel,
  danger = false,
  onCancel,
  onSubmit,
  children,
}: {
  label: string;
  className?: string;
  submit: Submit;
  identity: string;
  submitLabel: string;
  danger?: boolean;
  onCancel?: (() => void) | undefined;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <form className={className} aria-label={label} onSubmit={submit.onSubmit(onSubmit)}>
      {children}
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
      <FormButtons
        busy={submit.busy}
        identity={identity}
        submit={submitLabel}
        onCancel={onCancel}
        danger={danger}
      />
    </form>
  );
}
