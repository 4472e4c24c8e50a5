import i18next from 'i18next';
import { api, ApiError } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';

export const csvKinds = ['targets', 'complaints', 'issue-codes'] as const;
export type CsvKind = (typeof csvKinds)[number];

/** An import job as the server reports it. */
export interface ImportJob {
  id: string;
  kind: CsvKind;
  status: 'waiting' | 'running' | 'done' | 'failed';
  rows: number;
  imported: number;
  failed: number;
  bytes: number;
  totalBytes: number | null;
  seconds: number | null;
}

/** The session's CSRF token for a change, when signed in by session (an upload is a change). */
async function csrfToken(): Promise<string | null> {
  try {
    return (await api<{ csrfToken?: string | null }>('/auth/me')).csrfToken ?? null;
  } catch {
    return null;
  }
}

/**
 * Imports a file: starts a job, uploads the file as text/csv (the browser streams it; upload
 * progress from XMLHttpRequest), and reports the job's progress (rows read, imported, errors)
 * every few hundred milliseconds until the server answers the upload.
 */
export async function importFile(
  kind: CsvKind,
  file: File,
  onProgress: (job: ImportJob, uploaded: number) => void,
): Promise<ImportJob> {
  const token = await csrfToken();
  const headers: Record<string, string> = {
    'accept-language': i18next.language || 'en',
    ...(token ? { 'x-csrf-token': token } : {}),
  };
  const started = await (async () => {
    const res = await fetch(`/api/v1/imports/${kind}`, { method: 'POST', headers });
    if (!res.ok) throw new ApiError(res.status, (await res.json().catch(() => null)) as Problem | null);
    return (await res.json()) as ImportJob;
  })();
  let uploaded = 0;
  let latest = started;
  const poll = setInterval(() => {
    void api<ImportJob>(`/imports/${started.id}`)
      .then((job) => {
        latest = job;
        onProgress(job, uploaded);
      })
      .catch(() => {});
  }, 400);
  try {
    return await new Promise<ImportJob>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('PUT', `/api/v1/imports/${kind}/${started.id}`);
      xhr.setRequestHeader('content-type', 'text/csv');
      for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
      xhr.upload.onprogress = (e) => {
        uploaded = e.loaded;
        onProgress(latest, uploaded);
      };
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // not JSON
        }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportJob);
        else reject(new ApiError(xhr.status, body as Problem | null));
      };
      xhr.onerror = () => reject(new ApiError(0, null));
      xhr.send(file);
    });
  } finally {
    clearInterval(poll);
  }
}
