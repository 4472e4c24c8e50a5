import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '#domain/access.ts';
import { admin } from '../../api/admin-endpoints.ts';
import { people } from '../../api/people-endpoints.ts';
import type { User, UserFilter } from '../../api/people-types.ts';
import { useSession } from '../../api/session.ts';
import { useCan } from '../../api/use-can.ts';
import { useResource } from '../../api/use-resource.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { ActionsHeader } from './record-table.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';
import { ShowMore } from './show-more.tsx';
import { useMorePages } from './use-more-pages.ts';
import { UserDialog, type Directory } from './user-dialogs.tsx';
import { useTeamIndex } from './use-team-index.ts';
import './people-settings.css';

type Open = { kind: 'add' } | { kind: 'edit' | 'disable' | 'reset'; user: User } | null;
type Status = '' | 'active' | 'disabled';

/** What was typed, settled for a moment before it is searched (no call per keystroke). */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** 用户: who may sign in, with which role; add, edit, disable or enable, reset a password. */
export function UsersSettings() {
  const { t } = useTranslation();
  const f = useFormat();
  const session = useSession();
  const selfId = session.status === 'signed-in' ? session.me.user?.id : undefined;
  const canTeams = useCan('config:write');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<Status>('');
  const [organisationId, setOrganisationId] = useState('');
  const search = useSettled(q.trim());
  const filter: UserFilter = useMemo(
    () => ({
      ...(search ? { q: search } : {}),
      ...(role ? { role } : {}),
      ...(status ? { active: status === 'active' } : {}),
      ...(organisationId ? { organisationId } : {}),
    }),
    [search, role, status, organisationId],
  );
  const first = useResource((signal) => people.users(filter, signal), ['users', filter]);
  const pages = useMorePages(first, JSON.stringify(filter), (cursor) => people.users({ ...filter, cursor }));
  const { items, reload } = pages;
  const enabling = useSubmit();
  const [notice, setNotice] = useState('');
  const organisations = useResource((signal) => admin.organisations(signal), ['organisations']);
  const teams = useTeamIndex(canTeams);
  const directory: Directory = { organisations: organisations.data?.items ?? [], teams };
  const orgName = (id: string | null) =>
    id ? (directory.organisations.find((o) => o.id === id)?.name ?? id) : '';
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  return (
    <section className="settings-section people" aria-labelledby="users-title">
      <div className="section-head">
        <h2 id="users-title">{t('settings.section.users')}</h2>
        <button type="button" className="button-primary" onClick={() => setOpen({ kind: 'add' })}>
          {t('people.users.add')}
        </button>
      </div>
      <p className="field-note">{t('people.users.intro')}</p>
      <form
        className="card filters"
        aria-label={t('people.users.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          label={t('people.users.search')}
          hint={t('people.users.searchHint')}
          type="search"
          maxLength={200}
          value={q}
          onValue={setQ}
        />
        <SelectField
          label={t('people.users.role')}
          value={role}
          onValue={setRole}
          options={[
            { value: '', label: t('people.users.anyRole') },
            ...roles.map((r) => ({ value: r, label: t(`session.roles.${r}`) })),
          ]}
        />
        <SelectField
          label={t('people.users.status')}
          value={status}
          onValue={setStatus}
          options={[
            { value: '', label: t('people.users.anyStatus') },
            { value: 'active', label: t('people.users.active') },
            { value: 'disabled', label: t('people.users.disabled') },
          ]}
        />
        {directory.organisations.length ? (
          <SelectField
            label={t('people.users.organisation')}
            value={organisationId}
            onValue={setOrganisationId}
            options={[
              { value: '', label: t('people.users.anyOrganisation') },
              ...directory.organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
      </form>
      {first.error ? <ProblemMessage error={first.error} onRetry={first.reload} /> : null}
      {enabling.error ? <ProblemMessage error={enabling.error} /> : null}
      <p className="notice-line" role="status" aria-live="polite">
        {notice || (first.data ? t('people.users.shown', { count: items.length }) : t('app.loading'))}
      </p>
      {first.data && items.length === 0 ? <p>{t('people.users.empty')}</p> : null}
      {items.length ? (
        <div className="table-scroll">
          <table className="people-table" data-testid="users" aria-label={t('people.users.list')}>
            <thead>
              <tr>
                <th scope="col">{t('people.users.person')}</th>
                <th scope="col">{t('people.users.role')}</th>
                {teams ? <th scope="col">{t('people.users.team')}</th> : null}
                <th scope="col">{t('people.users.status')}</th>
                <th scope="col">{t('people.users.lastSignIn')}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {items.map((u) => {
                const self = u.id === selfId;
                return (
                  <tr key={u.id} data-testid="user" data-ref={u.ref} className={u.active ? '' : 'inactive'}>
                    <th scope="row">
                      <span className="person-name">{u.name}</span>
                      {self ? <span className="tag tag-you">{t('people.you')}</span> : null}
                      <span className="person-meta">
                        {u.email} · <code>{u.ref}</code>
                      </span>
                    </th>
                    <td data-label={t('people.users.role')}>
                      <span>{t(`session.roles.${u.role}`)}</span>
                      {u.organisationId ? (
                        <span className="person-meta">{orgName(u.organisationId)}</span>
                      ) : null}
                    </td>
                    {teams ? (
                      <td data-label={t('people.users.team')}>
                        <span className={teams.teamOf(u.ref) ? undefined : 'muted'}>
                          {teams.teamOf(u.ref)?.name ?? t('people.users.noTeam')}
                        </span>
                      </td>
                    ) : null}
                    <td data-label={t('people.users.status')}>
                      <span className="tags">
                        <span className={`tag ${u.active ? 'tag-granted' : 'tag-void'}`}>
                          {t(u.active ? 'people.users.active' : 'people.users.disabled')}
                        </span>
                        {u.mustChangePassword ? (
                          <span className="tag tag-pending">{t('people.users.mustChange')}</span>
                        ) : null}
                      </span>
                    </td>
                    <td data-label={t('people.users.lastSignIn')}>
                      {u.lastSignInAt ? (
                        <time dateTime={u.lastSignInAt}>{f.dateTime(u.lastSignInAt)}</time>
                      ) : (
                        <span className="muted">{t('people.users.never')}</span>
                      )}
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('people.users.editLabel', { name: u.name })}
                        onClick={() => setOpen({ kind: 'edit', user: u })}
                      >
                        {t('people.users.edit')}
                      </button>
                      {self ? null : (
                        <>
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t('people.users.resetLabel', { name: u.name })}
                            onClick={() => setOpen({ kind: 'reset', user: u })}
                          >
                            {t('people.users.reset')}
                          </button>
                          {u.active ? (
                            <button
                              type="button"
                              className="button-secondary button-warn"
                              aria-label={t('people.users.disableLabel', { name: u.name })}
                              onClick={() => setOpen({ kind: 'disable', user: u })}
                            >
                              {t('people.users.disable')}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button-secondary"
                              aria-label={t('people.users.enableLabel', { name: u.name })}
                              disabled={enabling.busy}
                              onClick={() =>
                                void enabling.run(async () => {
                                  await people.updateUser(u.id, { active: true });
                                  setNotice(t('people.users.enabled', { name: u.name }));
                                  reload();
                                })
                              }
                            >
                              {t('people.users.enable')}
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore pages={pages} />
      {open?.kind === 'add' || open?.kind === 'edit' ? (
        <UserDialog
          user={open.kind === 'edit' ? open.user : null}
          self={open.kind === 'edit' && open.user.id === selfId}
          directory={directory}
          onSaved={() => {
            setNotice('');
            reload();
          }}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'reset' ? (
        <ResetPasswordDialog user={open.user} onSaved={reload} onClose={close} />
      ) : null}
      {open?.kind === 'disable' ? (
        <ConfirmDialog
          title={t('people.users.disableTitle', { name: open.user.name })}
          body={t('people.users.disableBody', { name: open.user.name })}
          confirm={t('people.users.disable')}
          onConfirm={async () => {
            await people.updateUser(open.user.id, { active: false });
            setNotice('');
            reload();
          }}
          onClose={close}
        />
      ) : null}
    </section>
  );
}
