import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenScopes } from '#domain/access.ts';
import { people } from '../../api/people-endpoints.ts';
import type { CreatedToken, TokenScope } from '../../api/people-types.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useSubmit } from '../../components/use-submit.ts';

/** The words for each scope, in the current language (keyed `status_read`: i18next reads a colon as a namespace). */
export function useScopeWords(): (scope: TokenScope) => string {
  const { t } = useTranslation();
  const words = t('people.tokens.scope', { returnObjects: true }) as unknown as Record<string, string>;
  return (scope) => words[scope.replace(':', '_')] ?? scope;
}

/** Issues an API token: a name, the scopes it holds (ticked), the days until it expires. */
export function TokenForm({ onIssued }: { onIssued: (issued: CreatedToken) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const scopeWords = useScopeWords();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const [days, setDays] = useState('90');
  const e = submit.fieldError;
  const n = Number(days);
  const valid = Number.isInteger(n) && n >= 1 && n <= 365;
  const toggle = (scope: TokenScope, on: boolean) =>
    setScopes((s) =>
      on ? tokenScopes.filter((x) => x === scope || s.includes(x)) : s.filter((x) => x !== scope),
    );
  const scopeError = e('/scopes');
  return (
    <form
      className="card form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit.onSubmit(async () => {
        const issued = await people.createToken({ name: name.trim(), scopes, expiresInDays: n });
        setName('');
        setScopes([]);
        setDays('90');
        onIssued(issued);
      })}
    >
      <h3 id={`${id}-title`}>{t('people.tokens.issue')}</h3>
      <div className="field-row">
        <TextField
          label={t('people.tokens.name')}
          hint={t('people.tokens.nameHint')}
          required
          maxLength={100}
          autoComplete="off"
          value={name}
          onValue={setName}
          error={e('/name')}
        />
        <TextField
          label={t('people.tokens.expires')}
          hint={
            valid
              ? t('people.tokens.expiresHint', {
                  date: f.date(new Date(Date.now() + n * 86_400_000).toISOString()),
                })
              : undefined
          }
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          required
          value={days}
          onValue={setDays}
          error={e('/expiresInDays')}
        />
      </div>
      <fieldset aria-describedby={`${id}-scopes-hint${scopeError ? ` ${id}-scopes-error` : ''}`}>
        <legend>{t('people.tokens.scopes')}</legend>
        <p className="field-note" id={`${id}-scopes-hint`}>
          {t('people.tokens.scopesHint')}
        </p>
        <ul className="scope-grid">
          {tokenScopes.map((scope) => (
            <li key={scope}>
              <label className="check scope-choice">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={scopes.includes(scope)}
                  onChange={(ev) => toggle(scope, ev.target.checked)}
                />
                <span>
                  <code>{scope}</code>
                  <span className="scope-words">{scopeWords(scope)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {scopeError ? (
          <p className="field-error" id={`${id}-scopes-error`}>
            {scopeError}
          </p>
        ) : null}
      </fieldset>
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
      <div>
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {submit.busy ? t('people.tokens.busy') : t('people.tokens.submit')}
        </button>
      </div>
    </form>
  );
}
