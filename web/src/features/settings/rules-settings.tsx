import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import { useResource } from '../../api/use-resource.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useLabel } from '../../components/use-label.ts';
import { ReadOnlyNote, useMayConfigure } from './read-only-note.tsx';
import { ActionsHeader, AddRecord, EditCell, EditingRow } from './record-table.tsx';
import { RuleForm } from './rule-form.tsx';

/** The repeat rules: which complaints pull the cord, how many customers in how many days, the reward. */
export function RulesSettings() {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useLabel();
  const { nameOf } = useIssueCodes();
  const rules = useResource((signal) => admin.rules(signal), ['rules']);
  const [editing, setEditing] = useState<string | null>(null);
  const may = useMayConfigure();
  const done = () => {
    setEditing(null);
    rules.reload();
  };
  return (
    <section className="settings-section" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('settings.section.rules')}</h2>
      <p className="field-note">{t('settings.rules.intro')}</p>
      <ReadOnlyNote />
      {rules.error ? <ProblemMessage error={rules.error} onRetry={rules.reload} /> : null}
      <div className="table-scroll">
        <table data-testid="rules">
          <thead>
            <tr>
              <th scope="col">{t('settings.rules.name')}</th>
              <th scope="col">{t('settings.rules.appliesTo')}</th>
              <th scope="col" className="num">
                {t('settings.rules.threshold')}
              </th>
              <th scope="col" className="num">
                {t('settings.rules.window')}
              </th>
              <th scope="col">{t('settings.rules.mode')}</th>
              <th scope="col" className="num">
                {t('settings.rules.reward')}
              </th>
              <th scope="col">{t('settings.rules.dueHours')}</th>
              <th scope="col">{t('settings.active')}</th>
              {may ? <ActionsHeader /> : null}
            </tr>
          </thead>
          <tbody>
            {rules.data?.items.map((r) =>
              may && editing === r.id ? (
                <EditingRow key={r.id} colSpan={9}>
                  <RuleForm rule={r} onDone={done} onCancel={() => setEditing(null)} />
                </EditingRow>
              ) : (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>
                    {r.targetKind ? label('targetKind', r.targetKind) : t('settings.rules.anyKind')} ·{' '}
                    {r.issueCode ? nameOf(r.issueCode) : t('settings.rules.anyIssue')}
                  </td>
                  <td className="num">{f.number(r.threshold)}</td>
                  <td className="num">{f.number(r.windowDays)}</td>
                  <td>{label('ruleMode', r.mode)}</td>
                  <td className="num">{f.money(r.reward)}</td>
                  <td>
                    {t('settings.rules.dueLine', {
                      inspection: r.inspectionDueHours,
                      rootCause: r.rootCauseDueHours,
                    })}
                  </td>
                  <td>{t(r.active ? 'settings.yes' : 'settings.no')}</td>
                  {may ? (
                    <EditCell
                      label={t('settings.rules.edit', { name: r.name })}
                      onEdit={() => setEditing(r.id)}
                    />
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {may ? (
        <AddRecord title={t('settings.rules.add')} adding={editing === 'new'} onAdd={() => setEditing('new')}>
          <RuleForm rule={null} onDone={done} onCancel={() => setEditing(null)} />
        </AddRecord>
      ) : null}
    </section>
  );
}
