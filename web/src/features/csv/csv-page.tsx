import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '#domain/access.ts';
import { allows, useGrants } from '../../api/use-can.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useTitle } from '../../components/use-title.ts';
import { type CsvKind, csvKinds, type ImportJob, importFile } from './csv-upload.ts';
import './csv.css';

/** What exporting and importing each kind needs (docs/permissions.md: GET /exports/…, POST /imports/…). */
const needs: Record<CsvKind, { read: Permission; write: Permission }> = {
  targets: { read: 'targets:read', write: 'targets:write' },
  complaints: { read: 'complaints:read', write: 'complaints:write' },
  'issue-codes': { read: 'config:read', write: 'config:write' },
};

/**
 * Import and export of targets, complaints and issue codes as CSV, with the import's progress: each
 * kind offered only to those who may export or import it.
 */
export function CsvPage() {
  const { t } = useTranslation();
  useTitle(t('csv.title'));
  const grants = useGrants();
  // Exports are not narrowed to one organisation: a grant for one's own records is not enough.
  const exportable = csvKinds.filter((k) => allows(grants, { permission: needs[k].read, all: true }));
  const importable = csvKinds.filter((k) => allows(grants, { permission: needs[k].write, all: true }));
  const [chosen, setKind] = useState<CsvKind>('targets');
  const kind = importable.includes(chosen) ? chosen : (importable[0] ?? chosen);
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [uploaded, setUploaded] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function start(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setJob(null);
    setUploaded(0);
    try {
      const done = await importFile(kind, file, (j, bytes) => {
        setJob(j);
        setUploaded(bytes);
      });
      setJob(done);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const total = file?.size ?? 0;
  const read = job?.bytes ?? 0;
  const percent =
    total > 0
      ? Math.min(100, Math.round((Math.max(read, job?.status === 'done' ? total : 0) / total) * 100))
      : 0;
  return (
    <section className="csv-page">
      <h1>{t('csv.title')}</h1>
      <p className="muted">{t('csv.intro')}</p>

      <h2>{t('csv.export.title')}</h2>
      <ul className="csv-exports">
        {exportable.map((k) => (
          <li key={k}>
            <a href={`/api/v1/exports/${k}.csv`} download={`${k}.csv`}>
              {t('csv.export.link', { kind: t(`csv.kinds.${k}`) })}
            </a>
          </li>
        ))}
      </ul>

      <h2>{t('csv.import.title')}</h2>
      {importable.length === 0 ? (
        <p className="notice" data-testid="read-only">
          {t('can.csvExportOnly')}
        </p>
      ) : (
        <form onSubmit={(e) => void start(e)} aria-busy={busy}>
          <label>
            {t('csv.import.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as CsvKind)} disabled={busy}>
              {importable.map((k) => (
                <option key={k} value={k}>
                  {t(`csv.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('csv.import.file')}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              disabled={busy}
            />
          </label>
          <p className="muted">{t(`csv.columns.${kind}`)}</p>
          <button type="submit" disabled={busy || !file}>
            {busy ? t('csv.import.running') : t('csv.import.start')}
          </button>
        </form>
      )}

      {job || busy ? (
        <div className="csv-progress" role="status" aria-live="polite">
          <progress max={100} value={percent} aria-label={t('csv.import.progress')} />
          <p>
            {t('csv.import.counts', {
              percent,
              rows: job?.rows ?? 0,
              imported: job?.imported ?? 0,
              failed: job?.failed ?? 0,
              uploaded: Math.round((uploaded / Math.max(1, total)) * 100),
            })}
          </p>
          {job?.status === 'done' || job?.status === 'failed' ? (
            <p>
              <strong>
                {job.status === 'done'
                  ? t('csv.import.done', { seconds: (job.seconds ?? 0).toFixed(1) })
                  : t('csv.import.failed')}
              </strong>{' '}
              {job.failed > 0 || job.status === 'failed' ? (
                <a href={`/api/v1/imports/${job.id}/errors.csv`} download>
                  {t('csv.import.errors', { count: job.failed })}
                </a>
              ) : null}
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? <ProblemMessage error={error} /> : null}
    </section>
  );
}
