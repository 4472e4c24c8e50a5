import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { people } from '../../api/people-endpoints.ts';
import type { ApiToken, CreatedToken } from '../../api/people-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { SelectField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { ActionsHeader } from './record-table.tsx';
import { SecretReveal } from './secret-reveal.tsx';
import { ShowMore } from './show-more.tsx';
import { TokenForm, useScopeWords } from './token-form.tsx';
import { useMorePages } from './use-more-pages.ts';
import './people-settings.css';

type Show = '' | 'active' | 'inactive';

/** API 令牌: issue a scoped, expiring token (its secret shown once), see when each was last used, revoke. */
export function TokensSettings() {
  const { t } = useTranslation();
  const f = useFormat();
  const scopeWords = useScopeWords();
  const [show, setShow] = useState<Show>('');
  const filter = show ? { active: show === 'active' } : {};
  const first = useResource((signal) => people.tokens(filter, signal), ['tokens', show]);
  const pages = useMorePages(first, show, (cursor) => people.tokens({ ...filter, cursor }));
  const { items, reload } = pages;
  const [issued, setIssued] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState('');
  const now = Date.now();

  return (
    <section className="settings-section people" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('settings.section.tokens')}</h2>
      <p className="field-note">{t('people.tokens.intro')}</p>
      {issued ? (
        <div className="card secret-card">
          <SecretReveal
            title={t('people.tokens.secretTitle', { name: issued.apiToken.name })}
            label={t('people.tokens.secretLabel', { name: issued.apiToken.name })}
            warning={t('people.tokens.secretWarning')}
            value={issued.token}
            testId="token-secret"
          />
          <div>
            <button type="button" className="button-secondary" onClick={() => setIssued(null)}>
              {t('people.tokens.secretDone')}
            </button>
          </div>
        </div>
      ) : (
        <TokenForm
          onIssued={(created) => {
            setIssued(created);
            setNotice('');
            reload();
          }}
        />
      )}
      <div className="section-head">
        <h3>{t('people.tokens.list')}</h3>
        <SelectField
          className="inline-select"
          label={t('people.tokens.show')}
          value={show}
          onValue={setShow}
          options={[
            { value: '', label: t('people.tokens.all') },
            { value: 'active', label: t('people.tokens.activeOnly') },
            { value: 'inactive', label: t('people.tokens.inactiveOnly') },
          ]}
        />
      </div>
      {first.error ? <ProblemMessage error={first.error} onRetry={first.reload} /> : null}
      <p className="notice-line" role="status" aria-live="polite">
        {notice}
      </p>
      {first.data && items.length === 0 ? <p>{t('people.tokens.empty')}</p> : null}
      {items.length ? (
        <div className="table-scroll">
          <table className="people-table" data-testid="tokens" aria-label={t('people.tokens.list')}>
            <thead>
              <tr>
                <th scope="col">{t('people.tokens.token')}</th>
                <th scope="col">{t('people.tokens.scopes')}</th>
                <th scope="col">{t('people.tokens.created')}</th>
                <th scope="col">{t('people.tokens.expiresAt')}</th>
                <th scope="col">{t('people.tokens.lastUsed')}</th>
                <th scope="col">{t('people.tokens.status')}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {items.map((token) => {
                const expired = !token.revokedAt && Date.parse(token.expiresAt) <= now;
                return (
                  <tr
                    key={token.id}
                    data-testid="token"
                    data-name={token.name}
                    className={token.active ? '' : 'inactive'}
                  >
                    <th scope="row">
                      <span className="person-name">{token.name}</span>
                      <span className="person-meta">
                        <code>{t('people.tokens.prefix', { prefix: token.prefix })}</code>
                      </span>
                    </th>
                    <td data-label={t('people.tokens.scopes')}>
                      <ul className="scope-tags">
                        {token.scopes.map((s) => (
                          <li key={s}>
                            <code className="tag" title={scopeWords(s)}>
                              {s}
                            </code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label={t('people.tokens.created')}>
                      <time dateTime={token.createdAt}>{f.date(token.createdAt)}</time>
                      <span className="person-meta">{t('people.tokens.by', { who: token.createdBy })}</span>
                    </td>
                    <td data-label={t('people.tokens.expiresAt')}>
                      <time dateTime={token.expiresAt}>{f.date(token.expiresAt)}</time>
                    </td>
                    <td data-label={t('people.tokens.lastUsed')}>
                      {token.lastUsedAt ? (
                        <time dateTime={token.lastUsedAt}>{f.dateTime(token.lastUsedAt)}</time>
                      ) : (
                        <span className="muted">{t('people.tokens.never')}</span>
                      )}
                    </td>
                    <td data-label={t('people.tokens.status')}>
                      {token.revokedAt ? (
                        <>
                          <span className="tag tag-void">{t('people.tokens.revoked')}</span>
                          <span className="person-meta">
                            {t('people.tokens.revokedOn', {
                              date: f.dateTime(token.revokedAt),
                              who: token.revokedBy ?? '—',
                            })}
                          </span>
                        </>
                      ) : expired ? (
                        <span className="tag tag-void">{t('people.tokens.expired')}</span>
                      ) : (
                        <span className="tag tag-granted">{t('people.tokens.active')}</span>
                      )}
                    </td>
                    <td className="row-actions">
                      {token.active ? (
                        <button
                          type="button"
                          className="button-secondary button-warn"
                          aria-label={t('people.tokens.revokeLabel', { name: token.name })}
                          onClick={() => setRevoking(token)}
                        >
                          {t('people.tokens.revoke')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore pages={pages} />
      {revoking ? (
        <ConfirmDialog
          title={t('people.tokens.revokeTitle', { name: revoking.name })}
          body={t('people.tokens.revokeBody')}
          confirm={t('people.tokens.revoke')}
          onConfirm={async () => {
            await people.revokeToken(revoking.id);
            setNotice(t('people.tokens.revokedDone', { name: revoking.name }));
            reload();
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </section>
  );
}
