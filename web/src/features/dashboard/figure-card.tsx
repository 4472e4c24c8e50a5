import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/use-format.ts';
import { Chart } from './chart.tsx';
import { type Cell, downloadText, toCsv } from './csv.ts';
import type { Column, Figure } from './figures.ts';

function useCell() {
  const f = useFormat();
  return (value: Cell, column: Column, row: readonly Cell[]): string => {
    if (value === null) return '—';
    if (typeof value === 'string') return value;
    switch (column.format) {
      case 'percent':
        return new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
      case 'hours': {
        const hours = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1 });
        // A step taken within minutes is not "0 hours".
        return value > 0 && value < 0.05 ? `< ${hours.format(0.1)}` : hours.format(value);
      }
      case 'money': {
        const currency = String(row[column.currencyColumn ?? -1] ?? 'CNY');
        return new Intl.NumberFormat(f.locale, { style: 'currency', currency }).format(value);
      }
      case 'int':
      case 'text':
        return f.number(value);
    }
  };
}

/** A chart with its figures as an accessible table and a CSV download. */
export function FigureCard({ figure, period }: { figure: Figure; period: string }) {
  const { t } = useTranslation();
  const id = useId();
  const cell = useCell();
  const csv = () =>
    downloadText(
      `andon-${figure.id}-${period}.csv`,
      toCsv(
        figure.columns.map((c) => c.label),
        figure.rows,
      ),
    );
  return (
    <section
      className="card figure"
      aria-labelledby={`${id}-title`}
      data-testid="figure"
      data-figure={figure.id}
    >
      <div className="section-head">
        <h2 id={`${id}-title`}>{figure.title}</h2>
        <button
          type="button"
          className="button-secondary"
          onClick={csv}
          aria-label={t('dashboard.csvLabel', { title: figure.title })}
        >
          {t('dashboard.csv')}
        </button>
      </div>
      <p className="field-note">{figure.note}</p>
      {figure.rows.length === 0 ? (
        <p className="muted">{t('dashboard.noData')}</p>
      ) : (
        <>
          <Chart option={figure.option} height={figure.height} />
          <details className="figure-table">
            <summary>{t('dashboard.asTable')}</summary>
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{figure.title}</caption>
                <thead>
                  <tr>
                    {figure.columns.map((c) => (
                      <th key={c.label} scope="col" className={c.format === 'text' ? undefined : 'num'}>
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {figure.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((value, i) => {
                        const column = figure.columns[i]!;
                        const text = cell(value, column, row);
                        return i === 0 ? (
                          <th key={i} scope="row">
                            {text}
                          </th>
                        ) : (
                          <td key={i} className={column.format === 'text' ? undefined : 'num'}>
                            {text}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
