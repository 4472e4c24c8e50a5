import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { labelFor } from '#domain/flywheel/model.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { currentLocale } from '../../i18n/index.ts';
import { flywheelSvg } from './diagram-svg.ts';
import { downloadBlob, fileStem, svgDataUrl, svgToPng } from './export-files.ts';
import type { StepProps } from './studio-page.tsx';

/**
 * Export (JSON, SVG, PNG), the read-only share link, the flywheel's name, and deleting it (the link,
 * name and deletion only for those who may change flywheels).
 */
export function ShareStep(props: StepProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { draft, studio, id, edit, canEdit } = props;
  const locale = currentLocale();
  const name = labelFor(draft.name, locale, id);
  const [title, setTitle] = useState(name);
  const files = useSubmit();
  const share = useSubmit();
  const remove = useSubmit();
  const [token, setToken] = useState<string | null>(studio.shareToken ?? null);
  const svg = flywheelSvg(draft, locale);
  const link = token ? `${window.location.origin}/shared/flywheels/${token}` : null;

  return (
    <section className="studio-step" aria-labelledby="share-title" data-testid="share-step">
      <h2 id="share-title">{t('studio.share.title')}</h2>
      <div className="share-layout">
        <div className="card form">
          <h3>{t('studio.share.exportTitle')}</h3>
          <p className="field-note">{t('studio.share.exportHint')}</p>
          <div className="inline-actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                void files.run(async () => {
                  await props.flush();
                  const doc = await flywheels.exportDocument(id);
                  downloadBlob(
                    `${fileStem(name)}.json`,
                    new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }),
                  );
                })
              }
            >
              {t('studio.share.json')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                downloadBlob(`${fileStem(name)}.svg`, new Blob([svg], { type: 'image/svg+xml' }))
              }
            >
              {t('studio.share.svg')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                void files.run(async () => downloadBlob(`${fileStem(name)}.png`, await svgToPng(svg)))
              }
            >
              {t('studio.share.png')}
            </button>
          </div>
          {files.error ? <ProblemMessage error={files.error} /> : null}
          <img
            className="diagram-preview"
            src={svgDataUrl(svg)}
            alt={t('studio.share.previewAlt', { name })}
            data-testid="diagram-preview"
          />
        </div>
        <div className="card form">
          <h3>{t('studio.share.linkTitle')}</h3>
          <p className="field-note">{t('studio.share.linkHint')}</p>
          {link ? (
            <p>
              <a href={link} data-testid="share-link" target="_blank" rel="noreferrer">
                {link}
              </a>
            </p>
          ) : (
            <p className="muted">{t('studio.share.notShared')}</p>
          )}
          {canEdit ? (
            <div className="inline-actions">
              <button
                type="button"
                className="button-primary"
                onClick={() =>
                  void share.run(async () => {
                    await props.flush();
                    setToken((await flywheels.share(id, true)).shareToken);
                  })
                }
              >
                {link ? t('studio.share.renew') : t('studio.share.create')}
              </button>
              {link ? (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() =>
                    void share.run(async () => setToken((await flywheels.share(id, false)).shareToken))
                  }
                >
                  {t('studio.share.revoke')}
                </button>
              ) : null}
            </div>
          ) : null}
          {share.error ? <ProblemMessage error={share.error} /> : null}
          {canEdit ? (
            <>
              <h3>{t('studio.share.aboutTitle')}</h3>
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (title.trim()) edit((d) => ({ ...d, name: { ...d.name, [locale]: title.trim() } }));
                }}
              >
                <TextField
                  label={t('studio.share.name')}
                  value={title}
                  onValue={setTitle}
                  maxLength={200}
                  required
                />
                <button type="submit" className="button-secondary">
                  {t('studio.share.rename')}
                </button>
              </form>
              <button
                type="button"
                className="button-danger"
                onClick={() =>
                  void remove.run(async () => {
                    if (!window.confirm(t('studio.share.deleteConfirm', { name }))) return;
                    await flywheels.remove(id);
                    navigate('~/studio');
                  })
                }
              >
                {t('studio.share.delete')}
              </button>
              {remove.error ? <ProblemMessage error={remove.error} /> : null}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
