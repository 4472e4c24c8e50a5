import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  labelFor,
  type CausalLink,
  type Flywheel,
  type FlywheelLocale,
  type Polarity,
} from '#domain/flywheel/model.ts';
import { SelectField } from '../../components/fields.tsx';
import { addLink, linkRefusal, reconnectLink, removeLink, updateLink } from './studio-model.ts';

type Edit = (change: (d: Flywheel) => Flywheel) => void;

/**
 * The links as a form: add one, and for each flip its polarity, set strength and delay, move or
 * remove it; `readOnly` shows each link's settings without letting them change.
 */
export function LinksEditor({
  draft,
  locale,
  edit,
  selected,
  readOnly = false,
}: {
  draft: Flywheel;
  locale: FlywheelLocale;
  edit: Edit;
  selected: string | null;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const options = draft.components.map((c) => ({ value: c.id, label: labelFor(c.label, locale, c.id) }));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [polarity, setPolarity] = useState<Polarity>('+');
  const a = from || options[0]?.value || '';
  const b = to || options[1]?.value || options[0]?.value || '';
  const refusal = options.length > 1 ? linkRefusal(draft, a, b) : 'missing';
  return (
    <section className="card side-card" aria-labelledby="links-title" data-testid="links-editor">
      <h3 id="links-title">{t('studio.loop.links.title')}</h3>
      {readOnly ? null : (
        <form
          className="form"
          aria-label={t('studio.loop.links.addTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            if (refusal) return;
            edit((d) => addLink(d, { from: a, to: b, polarity }));
          }}
        >
          <div className="field-row">
            <SelectField label={t('studio.loop.links.from')} value={a} onValue={setFrom} options={options} />
            <SelectField label={t('studio.loop.links.to')} value={b} onValue={setTo} options={options} />
            <SelectField<Polarity>
              label={t('studio.loop.links.polarity')}
              value={polarity}
              onValue={setPolarity}
              options={(['+', '-'] as const).map((p) => ({
                value: p,
                label: t(`studio.loop.polarity.${p}`),
              }))}
            />
          </div>
          {refusal && options.length > 1 ? (
            <p className="field-note">{t(`studio.loop.links.refusal.${refusal}`)}</p>
          ) : null}
          <button type="submit" className="button-primary" disabled={refusal !== null}>
            {t('studio.loop.links.add')}
          </button>
        </form>
      )}
      {draft.links.length === 0 ? <p className="muted">{t('studio.loop.links.empty')}</p> : null}
      <ul className="side-list link-list">
        {draft.links.map((l) => (
          <LinkRow
            key={`${l.from}>${l.to}`}
            link={l}
            draft={draft}
            locale={locale}
            edit={edit}
            selected={selected === `${l.from}>${l.to}`}
            readOnly={readOnly}
          />
        ))}
      </ul>
    </section>
  );
}

function LinkRow({
  link,
  draft,
  locale,
  edit,
  selected,
  readOnly,
}: {
  link: CausalLink;
  draft: Flywheel;
  locale: FlywheelLocale;
  edit: Edit;
  selected: boolean;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const name = (id: string) => labelFor(draft.components.find((c) => c.id === id)?.label, locale, id);
  const options = draft.components.map((c) => ({ value: c.id, label: labelFor(c.label, locale, c.id) }));
  const title = t('studio.loop.links.rowTitle', { from: name(link.from), to: name(link.to) });
  const flipped: Polarity = link.polarity === '+' ? '-' : '+';
  return (
    <li
      className={`link-row${selected ? ' link-row-selected' : ''}`}
      data-testid="link-row"
      data-link={`${link.from}>${link.to}`}
      data-polarity={link.polarity}
    >
      <fieldset disabled={readOnly}>
        <legend>
          {title}{' '}
          <span className={`polarity polarity-${link.polarity === '+' ? 'plus' : 'minus'}`}>
            {link.polarity === '+' ? '+' : '−'}
          </span>
        </legend>
        <div className="link-controls">
          <NumberField
            label={t('studio.loop.links.strength')}
            value={link.strength}
            min={0.01}
            max={100}
            step={0.05}
            onValue={(strength) =>
              strength > 0 && edit((d) => updateLink(d, link.from, link.to, { strength }))
            }
          />
          <NumberField
            label={t('studio.loop.links.delay')}
            value={link.delay ?? 0}
            min={0}
            max={1000}
            step={0.5}
            onValue={(delay) =>
              delay >= 0 && edit((d) => updateLink(d, link.from, link.to, { delay: delay || null }))
            }
          />
          {readOnly ? null : (
            <>
              <button
                type="button"
                className="button-secondary"
                aria-label={t(`studio.loop.links.make.${flipped}`)}
                onClick={() => edit((d) => updateLink(d, link.from, link.to, { polarity: flipped }))}
              >
                {t(`studio.loop.links.flip.${flipped}`)}
              </button>
              <button
                type="button"
                className="button-secondary"
                aria-label={t('studio.loop.links.removeNamed', { link: title })}
                onClick={() => edit((d) => removeLink(d, link.from, link.to))}
              >
                {t('studio.remove')}
              </button>
            </>
          )}
        </div>
        {readOnly ? null : (
          <details className="reconnect">
            <summary>{t('studio.loop.links.reconnect')}</summary>
            <div className="field-row">
              <SelectField
                label={t('studio.loop.links.from')}
                value={link.from}
                onValue={(from) => edit((d) => reconnectLink(d, link, { from, to: link.to }))}
                options={options}
              />
              <SelectField
                label={t('studio.loop.links.to')}
                value={link.to}
                onValue={(to) => edit((d) => reconnectLink(d, link, { from: link.from, to }))}
                options={options}
              />
            </div>
          </details>
        )}
      </fieldset>
    </li>
  );
}

/** A labelled number input that reports only numbers. */
function NumberField({
  label,
  value,
  onValue,
  min,
  max,
  step,
}: {
  label: string;
  value: number;
  onValue: (v: number) => void;
  min: number;
  max: number;
  step: number;
}) {
  const [text, setText] = useState(String(value));
  // A change made elsewhere (a slider in the simulation) shows here too, without fighting the typing.
  useEffect(() => {
    setText((old) => (Number(old) === value ? old : String(value)));
  }, [value]);
  return (
    <div className="field">
      <label>
        {label}
        <input
          type="number"
          value={text}
          min={min}
          max={max}
          step={step}
          onChange={(e) => {
            setText(e.target.value);
            const v = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(v) && v >= min && v <= max) onValue(v);
          }}
        />
      </label>
    </div>
  );
}
