import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replayCases } from '#domain/flywheel/replay.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import type { ReplayColumn, ReplayRow, Studio } from '../../api/flywheel-types.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useSubmit } from '../../components/use-submit.ts';
import type { StepProps } from './studio-page.tsx';

const marks = { pass: '✓', fail: '✗', unclear: '?' } as const;

/** The server's grid, with the draft's column replayed here when the draft has unsaved changes. */
export function gridWithDraft(
  studio: Studio,
  draft: StepProps['draft'],
): { columns: ReplayColumn[]; rows: ReplayRow[] } {
  const { replays, summary } = replayCases(draft, studio.cases);
  const columns = studio.replay.columns.map((c) => (c.key === 'draft' ? { key: 'draft', ...summary } : c));
  const rows = studio.replay.rows.map((row, i) => ({
    ...row,
    cells: row.cells.map((cell) =>
      cell.key === 'draft' && replays[i]
        ? {
            key: 'draft',
            prediction: replays[i].prediction,
            verdict: replays[i].verdict,
            score: replays[i].score,
          }
        : cell,
    ),
  }));
  return { columns, rows };
}

/** Step 6: replay every case through every version, see where the loop agrees, keep a version. */
export function ReplayStep(props: StepProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { studio, draft, id } = props;
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const grid = gridWithDraft(studio, draft);
  const title = new Map(studio.cases.map((c) => [c.id, c.title]));
  const percent = (r: number | null) =>
    r === null
      ? '—'
      : new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0 }).format(r);
  const columnName = (key: string) =>
    key === 'draft' ? t('studio.replay.draft') : t('studio.replay.version', { version: key.slice(1) });
  const draftColumn = grid.columns.find((c) => c.key === 'draft');
  return (
    <section className="studio-step" aria-labelledby="replay-title" data-testid="replay-step">
      <h2 id="replay-title">{t('studio.replay.title')}</h2>
      <p className="muted">{t('studio.replay.intro')}</p>
      {studio.cases.length === 0 ? (
        <p className="muted">{t('studio.replay.noCases')}</p>
      ) : (
        <div className="table-scroll">
          <table className="studio-table replay-grid" data-testid="replay-grid">
            <caption className="visually-hidden">{t('studio.replay.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('studio.replay.case')}</th>
                <th scope="col">{t('studio.cases.fields.outcome')}</th>
                {grid.columns.map((c) => (
                  <th scope="col" key={c.key} data-column={c.key}>
                    {columnName(c.key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => {
                const disagrees = row.cells.find((c) => c.key === 'draft')?.verdict !== 'pass';
                return (
                  <tr
                    key={row.caseId}
                    data-testid="replay-row"
                    data-case={row.caseId}
                    className={disagrees ? 'row-disagrees' : undefined}
                  >
                    <th scope="row">{title.get(row.caseId) ?? row.caseId}</th>
                    <td>{t(`studio.cases.outcome.${row.outcome}`)}</td>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.key}
                        className={`verdict verdict-${cell.verdict}`}
                        data-column={cell.key}
                        data-verdict={cell.verdict}
                      >
                        <span aria-hidden="true">{marks[cell.verdict]} </span>
                        {t(`studio.replay.verdict.${cell.verdict}`)}
                        <span className="field-note verdict-note">
                          {t(`studio.replay.prediction.${cell.prediction}`)}
                        </span>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('studio.replay.agreement')}
                </th>
                {grid.columns.map((c) => (
                  <td
                    key={c.key}
                    className="agreement"
                    data-testid="agreement"
                    data-column={c.key}
                    data-rate={c.agreementRate ?? ''}
                  >
                    {percent(c.agreementRate)}
                    <span className="field-note">
                      {t('studio.replay.counts', { passed: c.passed, failed: c.failed, unclear: c.unclear })}
                    </span>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {draftColumn && draftColumn.disagreements.length > 0 ? (
        <div className="notice notice-disagree" data-testid="disagreements">
          <h3>{t('studio.replay.disagreeTitle', { count: draftColumn.disagreements.length })}</h3>
          <ul>
            {draftColumn.disagreements.map((caseId) => (
              <li key={caseId}>{title.get(caseId) ?? caseId}</li>
            ))}
          </ul>
          <p className="field-note">{t('studio.replay.disagreeHint')}</p>
        </div>
      ) : studio.cases.length > 0 ? (
        <p className="notice" data-testid="disagreements">
          {t('studio.replay.allAgree')}
        </p>
      ) : null}

      {props.canEdit ? (
        <form
          className="card form version-form"
          aria-labelledby="version-title"
          onSubmit={submit.onSubmit(async () => {
            await props.flush();
            await flywheels.saveVersion(id, note);
            setNote('');
            await props.reload();
          })}
        >
          <h3 id="version-title">{t('studio.replay.saveTitle')}</h3>
          <TextField
            label={t('studio.replay.note')}
            hint={t('studio.replay.noteHint')}
            value={note}
            onValue={setNote}
            maxLength={500}
          />
          {submit.error ? <ProblemMessage error={submit.error} /> : null}
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {t('studio.replay.save')}
          </button>
        </form>
      ) : null}
      {studio.versions.length > 0 ? (
        <>
          <h3>{t('studio.replay.versions')}</h3>
          <ol className="versions" data-testid="versions">
            {studio.versions.map((v) => (
              <li key={v.version}>
                <strong>{t('studio.replay.version', { version: v.version })}</strong> ·{' '}
                {f.dateTime(v.createdAt)}
                {v.note ? ` · ${v.note}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
