import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping what is shown until the answer arrives (live refreshes do not flicker). */
  reload: () => void;
}

interface State<T> {
  key: string;
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Loads data for the given keys; a change of keys aborts the old request and forgets its data.
 * `load` null means there is nothing to load yet.
 */
export function useResource<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  keys: readonly unknown[],
): Resource<T> {
  const key = JSON.stringify(keys);
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<State<T>>({
    key,
    data: undefined,
    error: undefined,
    loading: load !== null,
  });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const run = loadRef.current;
    if (!run) {
      setState({ key, data: undefined, error: undefined, loading: false });
      return;
    }
    const abort = new AbortController();
    setState((s) =>
      s.key === key ? { ...s, loading: true } : { key, data: undefined, error: undefined, loading: true },
    );
    run(abort.signal).then(
      (data) => !abort.signal.aborted && setState({ key, data, error: undefined, loading: false }),
      (error: unknown) =>
        !abort.signal.aborted &&
        setState((s) => ({ key, data: s.key === key ? s.data : undefined, error, loading: false })),
    );
    return () => abort.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: current ? state.loading : load !== null,
    reload,
  };
}
