import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionKind } from '../../api/lifecycle-types.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { useLabel } from '../../components/use-label.ts';
import type { ActionDraft, FiveWhysEdit } from './five-whys-model.ts';

const kinds: ActionKind[] = ['corrective', 'preventive'];

/** Corrective and preventive actions: what, one owner, a due date; each becomes a work order. */
export function ActionsEditor({
  actions,
  edit,
  fieldError,
}: {
  actions: ActionDraft[];
  edit: Dispatch<FiveWhysEdit>;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <section className="actions-editor" aria-labelledby="actions-title">
      <h5 id="actions-title">{t('whys.actions')}</h5>
      <p className="field-note">{t('whys.actionsHint')}</p>
      {fieldError('/actions') ? <p className="field-error">{fieldError('/actions')}</p> : null}
      <ol className="actions-list" data-testid="actions">
        {actions.map((a, i) => (
          <li key={a.key}>
            <fieldset>
              <legend>{t('whys.action', { n: i + 1 })}</legend>
              <div className="field-row">
                <SelectField
                  label={t('whys.actionKind')}
                  value={a.kind}
                  onValue={(value) => edit({ type: 'setActionKind', index: i, value })}
                  options={kinds.map((k) => ({ value: k, label: label('actionKind', k) }))}
                />
                <TextField
                  label={t('whys.owner')}
                  value={a.owner}
                  maxLength={200}
                  autoComplete="off"
                  onValue={(value) => edit({ type: 'setAction', index: i, field: 'owner', value })}
                  error={fieldError(`/actions/${i}/owner`)}
                />
                <TextField
                  label={t('whys.due')}
                  type="date"
                  value={a.due}
                  onValue={(value) => edit({ type: 'setAction', index: i, field: 'due', value })}
                  error={fieldError(`/actions/${i}/dueAt`)}
                />
              </div>
              <TextField
                label={t('whys.actionDescription')}
                value={a.description}
                maxLength={2000}
                onValue={(value) => edit({ type: 'setAction', index: i, field: 'description', value })}
                error={fieldError(`/actions/${i}/description`)}
              />
              <button
                type="button"
                className="button-secondary"
                aria-label={t('whys.removeAction', { n: i + 1 })}
                onClick={() => edit({ type: 'removeAction', index: i })}
              >
                <span aria-hidden="true">{t('whys.removeShort')}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="inline-actions">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button-secondary"
            onClick={() => edit({ type: 'addAction', kind })}
          >
            {t(kind === 'corrective' ? 'whys.addCorrective' : 'whys.addPreventive')}
          </button>
        ))}
      </div>
    </section>
  );
}
