import { useSyncExternalStore } from 'react';
import { api, onSignedOut, setCsrfToken } from './client.ts';
import type { Me } from './session-types.ts';

export type { Me } from './session-types.ts';

export type Session =
  { status: 'loading' } | { status: 'signed-out'; expired: boolean } | { status: 'signed-in'; me: Me };

let state: Session = { status: 'loading' };
const listeners = new Set<() => void>();

function set(next: Session): void {
  state = next;
  setCsrfToken(next.status === 'signed-in' ? next.me.csrfToken : null);
  listeners.forEach((l) => l());
}

// Any call answered 401 means the session ended (expired, signed out elsewhere): back to the sign-in page.
onSignedOut(() => {
  if (state.status === 'signed-in') set({ status: 'signed-out', expired: true });
});

/** The current session, kept in step with sign-in, sign-out and a session that ended. */
export function useSession(): Session {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** Asks the server who this browser is (its HttpOnly cookie is sent along). */
export async function loadSession(): Promise<void> {
  try {
    set({ status: 'signed-in', me: await api<Me>('/auth/me') });
  } catch {
    set({ status: 'signed-out', expired: false });
  }
}

/** Signs in; a wrong password or a pause after failures is thrown as the API's problem. */
export async function signIn(email: string, password: string): Promise<void> {
  set({
    status: 'signed-in',
    me: await api<Me>('/auth/login', { method: 'POST', body: { email, password } }),
  });
}

/** Changes the password; the server replaces the session (a new cookie and CSRF token). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  set({
    status: 'signed-in',
    me: await api<Me>('/auth/password', { method: 'POST', body: { currentPassword, newPassword } }),
  });
}

/** Signs out here (the server ends the session; the cookie is cleared). */
export async function signOut(): Promise<void> {
  try {
    await api<void>('/auth/logout', { method: 'POST' });
  } finally {
    set({ status: 'signed-out', expired: false });
  }
}
