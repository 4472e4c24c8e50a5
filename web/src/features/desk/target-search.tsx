import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../api/endpoints.ts';
import type { Target } from '../../api/types.ts';
import { StatusBadge } from '../../components/status-badge.tsx';

/** Find the target as you type: an accessible combobox over GET /targets?q= (arrows, Enter, Escape). */
export function TargetSearch({
  value,
  onChange,
}: {
  value: Target | null;
  onChange: (target: Target | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(value?.name ?? '');
  const [options, setOptions] = useState<Target[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (value) setQuery(value.name);
  }, [value]);

  useEffect(() => {
    const q = query.trim();
    if (!q || (value && q === value.name)) {
      setOptions([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      endpoints.searchTargets(q, abort.signal).then(
        (page) => {
          setOptions(page.items);
          setSearched(q);
          setActive(page.items.length ? 0 : -1);
          setOpen(true);
        },
        () => {},
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, value]);

  const choose = (target: Target) => {
    onChange(target);
    setQuery(target.name);
    setOpen(false);
    setOptions([]);
  };

  const listId = `${id}-list`;
  const expanded = open && query.trim() !== '' && (options.length > 0 || searched === query.trim());
  return (
    <div className="combobox">
      <label htmlFor={id}>{t('desk.target')}</label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('desk.targetPlaceholder')}
        value={query}
        required
        onChange={(e) => {
          setQuery(e.target.value);
          if (value) onChange(null);
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => options.length && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && options.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % options.length);
          } else if (e.key === 'ArrowUp' && options.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if (e.key === 'Enter' && expanded && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        className="combobox-list"
        hidden={!expanded}
        aria-label={t('desk.target')}
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'option option-active' : 'option'}
            // mousedown, not click: the input keeps its focus
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            <span className="option-name">{o.name}</span>
            <span className="option-ref">{o.ref}</span>
            {o.status !== 'on_sale' ? <StatusBadge status={o.status} /> : null}
          </li>
        ))}
        {options.length === 0 ? (
          <li className="option option-empty">{t('desk.targetNone', { q: searched })}</li>
        ) : null}
      </ul>
      {value ? (
        <p className="field-note" data-testid="target-chosen">
          {t('desk.targetChosen', { name: value.name, ref: value.ref })} <StatusBadge status={value.status} />
        </p>
      ) : null}
    </div>
  );
}
