import { useCallback, useState } from 'react';

/** A choice (an id) remembered in this browser; '' for none. */
export function useStoredChoice(key: string): [string, (v: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  });
  const set = useCallback(
    (v: string) => {
      setValue(v);
      try {
        if (v) localStorage.setItem(key, v);
        else localStorage.removeItem(key);
      } catch {
        // private mode: for this page only
      }
    },
    [key],
  );
  return [value, set];
}
