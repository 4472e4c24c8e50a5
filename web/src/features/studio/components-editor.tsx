import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor, type Flywheel, type FlywheelLocale } from '#domain/flywheel/model.ts';
import { TextField } from '../../components/fields.tsx';
import { addComponent, removeComponent, renameComponent } from './studio-model.ts';

/**
 * Add, rename and remove components without the diagram (keyboard and screen readers); `readOnly`
 * lists them only.
 */
export function ComponentsEditor({
  draft,
  locale,
  edit,
  readOnly = false,
}: {
  draft: Flywheel;
  locale: FlywheelLocale;
  edit: (change: (d: Flywheel) => Flywheel) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <section className="card side-card" aria-labelledby="components-title" data-testid="components-editor">
      <h3 id="components-title">{t('studio.loop.components.title')}</h3>
      {readOnly ? null : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            edit((d) => addComponent(d, name, locale).draft);
            setName('');
          }}
        >
          <TextField
            label={t('studio.loop.components.name')}
            hint={t('studio.loop.components.nameHint')}
            value={name}
            onValue={setName}
            maxLength={200}
            required
          />
          <button type="submit" className="button-primary">
            {t('studio.loop.components.add')}
          </button>
        </form>
      )}
      <ul className="side-list">
        {draft.components.map((c) =>
          readOnly ? (
            <li key={c.id} data-testid="component-row" data-component={c.id}>
              {labelFor(c.label, locale, c.id)}
            </li>
          ) : (
            <ComponentRow
              key={`${c.id}-${locale}`}
              id={c.id}
              label={labelFor(c.label, locale, c.id)}
              locale={locale}
              edit={edit}
            />
          ),
        )}
      </ul>
    </section>
  );
}

function ComponentRow({
  id,
  label,
  locale,
  edit,
}: {
  id: string;
  label: string;
  locale: FlywheelLocale;
  edit: (change: (d: Flywheel) => Flywheel) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(label);
  return (
    <li data-testid="component-row" data-component={id}>
      <TextField
        label={t('studio.loop.components.rename', { name: label })}
        className="label-hidden"
        value={value}
        onValue={setValue}
        onBlur={() => value.trim() && value !== label && edit((d) => renameComponent(d, id, value, locale))}
      />
      <button
        type="button"
        className="button-secondary"
        aria-label={t('studio.loop.components.removeNamed', { name: label })}
        onClick={() => edit((d) => removeComponent(d, id))}
      >
        {t('studio.remove')}
      </button>
    </li>
  );
}
