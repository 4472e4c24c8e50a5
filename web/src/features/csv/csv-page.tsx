import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useTitle } from '../../components/use-title.ts';
import { type CsvKind, csvKinds, type ImportJob, importFile } from './csv-upload.ts';
import './csv.css';

/** Import and export of targets, complaints and issue codes as CSV, with the import's progress. */
export function CsvPage() {
  const { t } = useTranslation();
  useTitle(t('csv.title'));
  const [kind, setKind] = useState<CsvKind>('targets');
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
        {csvKinds.map((k) => (
          <li key={k}>
            <a href={`/api/v1/exports/${k}.csv`} download={`${k}.csv`}>
              {t('csv.export.link', { kind: t(`csv.kinds.${k}`) })}
            </a>
          </li>
        ))}
      </ul>

      <h2>{t('csv.import.title')}</h2>
      <form onSubmit={(e) => void start(e)} aria-busy={busy}>
        <label>
          {t('csv.import.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as CsvKind)} disabled={busy}>
            {csvKinds.map((k) => (
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
