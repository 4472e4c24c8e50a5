import i18next from 'i18next';
import type { Problem } from './types.ts';

/** A failed call: the problem the API sent (already in the reader's language), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem ? `${problem.title}: ${problem.detail}` : `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** The session's CSRF token, sent with every change (the session cookie itself is HttpOnly: no script reads it). */
let csrfToken: string | null = null;
const signedOutListeners = new Set<() => void>();

/** Remembers the CSRF token of the session now signed in (null when signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` whenever the API answers 401: the session has ended. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * Calls the API under /api/v1, in the current language, with the session cookie and, for changes,
 * the CSRF token; JSON in, JSON out, problems thrown as ApiError (a 401 also ends the session here).
 */
export async function api<T>(
  path: string,
  init: { method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18next.language || 'en',
  };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const method = init.method ?? 'GET';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  if (!res.ok) {
    let problem: Problem | null = null;
    try {
      problem = (await res.json()) as Problem;
    } catch {
      // not JSON: the status says enough
    }
    if (res.status === 401 && path !== '/auth/login') signedOutListeners.forEach((l) => l());
    throw new ApiError(res.status, problem);
  }
  // 204 No Content (a deletion): nothing to parse.
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
