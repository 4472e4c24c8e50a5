import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { labelFor } from '#domain/flywheel/model.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import { useCan } from '../../api/use-can.ts';
import { useResource } from '../../api/use-resource.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { useTitle } from '../../components/use-title.ts';
import { currentLocale } from '../../i18n/index.ts';
import './studio.css';

/** The flywheel studio's start: the flywheels so far, a new one from Amazon's or a blank one, or one imported from JSON. */
export function StudioListPage() {
  const { t } = useTranslation();
  useTitle(t('studio.list.title'));
  const f = useFormat();
  const [, navigate] = useLocation();
  const list = useResource((signal) => flywheels.list(signal), []);
  const create = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const locale = currentLocale();
  const canCreate = useCan('flywheels:write');

  const start = (body: Parameters<typeof flywheels.create>[0]) =>
    create.run(async () => {
      const studio = await flywheels.create(body);
      navigate(`/studio/${studio.id}/${body.template === 'amazon' ? 'loop' : 'cases'}`);
    });

  return (
    <section className="studio-list">
      <h1 tabIndex={-1}>{t('studio.list.title')}</h1>
      <p className="muted">{t('studio.list.intro')}</p>
      {canCreate ? null : (
        <p className="notice" data-testid="read-only">
          {t('can.studioListReadOnly')}
        </p>
      )}
      {canCreate ? (
        <div className="studio-start">
          <div className="card">
            <h2>{t('studio.list.newTitle')}</h2>
            <div className="inline-actions">
              <button
                type="button"
                className="button-primary"
                disabled={create.busy}
                onClick={() => void start({ template: 'amazon' })}
              >
                {t('studio.list.amazon')}
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={create.busy}
                onClick={() => void start({ template: 'blank' })}
              >
                {t('studio.list.blank')}
              </button>
            </div>
            <p className="field-note">{t('studio.list.amazonHint')}</p>
          </div>
          <form
            className="card form"
            onSubmit={create.onSubmit(async () => {
              if (!file) return;
              let document: unknown;
              try {
                document = JSON.parse(await file.text());
              } catch {
                throw new Error(t('studio.list.notJson'));
              }
              const studio = await flywheels.create({ document });
              navigate(`/studio/${studio.id}/loop`);
            })}
          >
            <h2>{t('studio.list.importTitle')}</h2>
            <div className="field">
              <label htmlFor="studio-import">{t('studio.list.importFile')}</label>
              <input
                id="studio-import"
                type="file"
                accept=".json,application/json"
                required
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <button type="submit" className="button-secondary" disabled={create.busy || !file}>
              {t('studio.list.import')}
            </button>
          </form>
        </div>
      ) : null}
      {create.error ? (
        create.error instanceof Error && create.error.name === 'Error' ? (
          <p className="problem" role="alert">
            {create.error.message}
          </p>
        ) : (
          <ProblemMessage error={create.error} />
        )
      ) : null}

      <h2>{t('studio.list.yours')}</h2>
      {list.error ? <ProblemMessage error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.items.length === 0 ? <p className="muted">{t('studio.list.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="studio-table" data-testid="flywheels">
            <caption className="visually-hidden">{t('studio.list.yours')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('studio.list.name')}</th>
                <th scope="col" className="num">
                  {t('studio.list.components')}
                </th>
                <th scope="col" className="num">
                  {t('studio.list.versions')}
                </th>
                <th scope="col">{t('studio.list.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id} data-testid="flywheel">
                  <th scope="row">
                    <Link href={`/studio/${item.id}`}>{labelFor(item.name, locale, item.id)}</Link>
                  </th>
                  <td className="num">{item.components}</td>
                  <td className="num">{item.latestVersion}</td>
                  <td>{f.dateTime(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
