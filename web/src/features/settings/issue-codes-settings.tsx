import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import { useResource } from '../../api/use-resource.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { forgetIssueCodes } from '../../components/use-issue-codes.ts';
import { IssueCodeForm } from './issue-code-form.tsx';
import { ReadOnlyNote, useMayConfigure } from './read-only-note.tsx';
import { ActionsHeader, AddRecord, EditCell, EditingRow } from './record-table.tsx';

/** The issue taxonomy: each problem's code, its names in Chinese and English, and whether it counts. */
export function IssueCodesSettings() {
  const { t } = useTranslation();
  const codes = useResource((signal) => admin.issueCodes(signal), ['issue-codes-settings']);
  const [editing, setEditing] = useState<string | null>(null);
  const may = useMayConfigure();
  const done = () => {
    setEditing(null);
    forgetIssueCodes();
    codes.reload();
  };
  const yes = (v: boolean) => t(v ? 'settings.yes' : 'settings.no');
  return (
    <section className="settings-section" aria-labelledby="codes-title">
      <h2 id="codes-title">{t('settings.section.issueCodes')}</h2>
      <p className="field-note">{t('settings.codes.intro')}</p>
      <ReadOnlyNote />
      {codes.error ? <ProblemMessage error={codes.error} onRetry={codes.reload} /> : null}
      <div className="table-scroll">
        <table data-testid="issue-codes">
          <thead>
            <tr>
              <th scope="col">{t('settings.codes.code')}</th>
              <th scope="col">{t('settings.codes.nameZh')}</th>
              <th scope="col">{t('settings.codes.nameEn')}</th>
              <th scope="col">{t('settings.codes.counts')}</th>
              <th scope="col">{t('settings.codes.safety')}</th>
              <th scope="col">{t('settings.active')}</th>
              {may ? <ActionsHeader /> : null}
            </tr>
          </thead>
          <tbody>
            {codes.data?.items.map((c) =>
              may && editing === c.code ? (
                <EditingRow key={c.code} colSpan={7}>
                  <IssueCodeForm code={c} onDone={done} onCancel={() => setEditing(null)} />
                </EditingRow>
              ) : (
                <tr key={c.code}>
                  <th scope="row">
                    <code>{c.code}</code>
                  </th>
                  <td lang="zh-CN">{c.nameZh}</td>
                  <td lang="en">{c.nameEn}</td>
                  <td>{yes(c.counts)}</td>
                  <td>{yes(c.safetyCritical)}</td>
                  <td>{yes(c.active)}</td>
                  {may ? (
                    <EditCell
                      label={t('settings.codes.edit', { code: c.code })}
                      onEdit={() => setEditing(c.code)}
                    />
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {may ? (
        <AddRecord
          title={t('settings.codes.add')}
          adding={editing === '+new'}
          onAdd={() => setEditing('+new')}
        >
          <IssueCodeForm code={null} onDone={done} onCancel={() => setEditing(null)} />
        </AddRecord>
      ) : null}
    </section>
  );
}
