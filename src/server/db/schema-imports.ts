/** The CSV import tables (migration 0008), part of `Database` in schema.ts. */

export interface ImportJobsTable {
  id: string;
  kind: string;
  owner: string;
  /** `waiting`, `running`, `done`, `failed`. */
  status: string;
  rows: number;
  imported: number;
  failed: number;
  bytes: number;
  total_bytes: number | null;
  /** Why the job failed as a whole: `abandoned` (its instance stopped), `interrupted` (the upload or the database failed). */
  failure: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  seconds: number | null;
  updated_at: string;
}

export interface ImportErrorsTable {
  job_id: string;
  line: number;
  seq: number;
  column_name: string;
  code: string;
  reason: string;
}

export interface ImportTables {
  import_jobs: ImportJobsTable;
  import_errors: ImportErrorsTable;
}
