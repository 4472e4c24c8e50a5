import fs from 'node:fs';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import type { CsvKind } from './csv.kinds.ts';
import type { ImportProgress, ImportSummary } from './csv.import.ts';

export interface ImportJob extends ImportProgress {
  id: string;
  kind: CsvKind;
  owner: string;
  status: 'waiting' | 'running' | 'done' | 'failed';
  /** The upload's size when the client said it (Content-Length), for a percentage. */
  totalBytes: number | null;
  createdAt: string;
  finishedAt: string | null;
  seconds: number | null;
  errorFile: string;
}

/**
 * Import jobs of this instance: created, then fed by one upload that streams through the import
 * while the client polls the progress. Their row-error reports are files under the data folder;
 * jobs are forgotten (and their files deleted) an hour after they finish.
 */
export class ImportJobs {
  readonly #jobs = new Map<string, ImportJob>();

  constructor(private readonly dir: string) {}

  create(kind: CsvKind, owner: string): ImportJob {
    this.#sweep();
    fs.mkdirSync(this.dir, { recursive: true });
    const id = uuidv7();
    const job: ImportJob = { id, kind, owner, status: 'waiting', rows: 0, imported: 0, failed: 0, bytes: 0, totalBytes: null, createdAt: new Date().toISOString(), finishedAt: null, seconds: null, errorFile: path.join(this.dir, `${id}.errors.csv`) };
    this.#jobs.set(id, job);
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.#jobs.get(id);
  }

  finish(job: ImportJob, summary: ImportSummary | null): void {
    Object.assign(job, summary ?? {}, { status: summary?.status ?? 'failed', finishedAt: new Date().toISOString() });
  }

  #sweep(): void {
    const cutoff = Date.now() - 3_600_000;
    for (const [id, job] of this.#jobs) {
      if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) {
        fs.rmSync(job.errorFile, { force: true });
        this.#jobs.delete(id);
      }
    }
  }
}
