import { type FormEvent, useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';

export interface Submit {
  busy: boolean;
  error: unknown;
  /** The server's message for a field, by its JSON path ("/whys/0/evidence"), in the reader's language. */
  fieldError: (path: string) => string | undefined;
  /** Runs the action once (a second press while busy is ignored); a failure is kept to be shown. */
  run: (action: () => Promise<void>) => Promise<boolean>;
  onSubmit: (action: () => Promise<void>) => (e: FormEvent) => void;
  reset: () => void;
}

/** The state of a form's submission: busy, the API's refusal (and its per-field messages). */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const fieldError = useCallback(
    (path: string) => {
      if (!(error instanceof ApiError)) return undefined;
      const messages = (error.problem?.errors ?? []).filter((e) => e.path === path).map((e) => e.message);
      return messages.length ? messages.join(' ') : undefined;
    },
    [error],
  );
  return {
    busy,
    error,
    fieldError,
    run,
    onSubmit: (action) => (e) => {
      e.preventDefault();
      void run(action);
    },
    reset: () => setError(null),
  };
}
