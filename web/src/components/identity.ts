import { useSyncExternalStore } from 'react';

const key = 'andon.identity';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

let current = typeof localStorage === 'undefined' ? '' : read();

/** Sets who the person at this browser is (until sign-in exists); remembered in this browser. */
export function setIdentity(value: string): void {
  current = value;
  try {
    if (value.trim()) localStorage.setItem(key, value.trim());
    else localStorage.removeItem(key);
  } catch {
    // private mode: remembered for this page only
  }
  listeners.forEach((l) => l());
}

/** Who am I: the agent id typed in the header, sent as recordedBy and pulledBy. */
export function useIdentity(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  ).trim();
}
