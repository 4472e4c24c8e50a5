import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '#domain/access.ts';
import { admin } from '../../api/admin-endpoints.ts';
import type { Organisation } from '../../api/admin-types.ts';
import { people } from '../../api/people-endpoints.ts';
import type { CreatedUser, Role, UpdateUser, User } from '../../api/people-types.ts';
import { Dialog } from '../../components/dialog.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { FormActions } from './form-actions.tsx';
import { PasswordChoice, TemporaryPassword } from './reset-password-dialog.tsx';
import type { TeamIndex } from './use-team-index.ts';

export interface Directory {
  organisations: Organisation[];
  /** Teams and who is in them; null when the person may not read or change teams. */
  teams: TeamIndex | null;
}

/** Adds a person or changes one (name, email, role, organisation, team); a new person's temporary password shown once. */
export function UserDialog({
  user,
  self,
  directory,
  onSaved,
  onClose,
}: {
  user: User | null;
  self: boolean;
  directory: Directory;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = useSubmit();
  const { organisations, teams } = directory;
  const currentTeam = user && teams ? (teams.teamOf(user.ref)?.id ?? '') : '';
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [ref, setRef] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'agent');
  const [organisationId, setOrganisationId] = useState(user?.organisationId ?? '');
  const [teamId, setTeamId] = useState(currentTeam);
  const [choose, setChoose] = useState(false);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<{ result: CreatedUser; teamError: unknown } | null>(null);
  const e = submit.fieldError;
  const supplier = role === 'supplier';
  const title = user ? t('people.users.editTitle', { name: user.name }) : t('people.users.add');

  /** Moves the person to the chosen team (or out of theirs); false when nothing was to change. */
  const placeInTeam = async (memberRef: string) => {
    const wanted = supplier ? '' : teamId;
    const now = user && teams ? (teams.teamOf(memberRef)?.id ?? '') : '';
    if (wanted === now) return false;
    if (wanted) await admin.addMember(wanted, memberRef);
    else await admin.removeMember(now, memberRef);
    return true;
  };

  const save = async () => {
    if (user) {
      const body: UpdateUser = {};
      if (name.trim() !== user.name) body.name = name.trim();
      if (email.trim().toLowerCase() !== user.email) body.email = email.trim();
      if (role !== user.role) body.role = role;
      const org = supplier ? organisationId || null : null;
      if (org !== user.organisationId) body.organisationId = org;
      if (Object.keys(body).length > 0) await people.updateUser(user.id, body);
      if (await placeInTeam(user.ref)) teams?.reload();
      onSaved();
      onClose();
      return;
    }
    const result = await people.createUser({
      name: name.trim(),
      email: email.trim(),
      role,
      ...(ref.trim() ? { ref: ref.trim() } : {}),
      ...(supplier ? { organisationId: organisationId || null } : {}),
      ...(choose ? { password } : {}),
    });
    let teamError: unknown = null;
    try {
      if (await placeInTeam(result.user.ref)) teams?.reload();
    } catch (err) {
      teamError = err;
    }
    onSaved();
    setCreated({ result, teamError });
  };

  return (
    <Dialog open onClose={onClose} labelledBy={`${id}-title`}>
      {created ? (
        <div className="form" data-testid="user-created">
          <h2 id={`${id}-title`}>{t('people.users.createdTitle', { name: created.result.user.name })}</h2>
          <p role="status">
            {t('people.users.created', { name: created.result.user.name, email: created.result.user.email })}
          </p>
          {created.teamError ? (
            <>
              <p>{t('people.users.teamFailed')}</p>
              <ProblemMessage error={created.teamError} />
            </>
          ) : null}
          <TemporaryPassword
            name={created.result.user.name}
            password={created.result.temporaryPassword}
            onClose={onClose}
          />
        </div>
      ) : (
        <form className="form" onSubmit={submit.onSubmit(save)}>
          <h2 id={`${id}-title`}>{title}</h2>
          {user ? <p className="field-note">{t('people.users.form.refFixed', { ref: user.ref })}</p> : null}
          <div className="field-row">
            <TextField
              label={t('people.users.form.name')}
              required
              maxLength={200}
              autoComplete="off"
              value={name}
              onValue={setName}
              error={e('/name')}
            />
            <TextField
              label={t('people.users.form.email')}
              type="email"
              required
              maxLength={254}
              autoComplete="off"
              spellCheck={false}
              value={email}
              onValue={setEmail}
              error={e('/email')}
            />
          </div>
          {user ? null : (
            <TextField
              label={t('people.users.form.ref')}
              hint={t('people.users.form.refHint')}
              maxLength={100}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={ref}
              onValue={setRef}
              error={e('/ref')}
            />
          )}
          <div className="field-row">
            <SelectField
              label={t('people.users.role')}
              hint={self ? t('people.users.selfNote') : user ? t('people.users.form.roleNote') : undefined}
              value={role}
              onValue={setRole}
              options={roles
                .filter((r) => !self || r === user?.role)
                .map((r) => ({ value: r, label: t(`session.roles.${r}`) }))}
              error={e('/role')}
            />
            {supplier ? (
              <SelectField
                label={t('people.users.form.organisation')}
                hint={t('people.users.form.organisationHint')}
                required
                value={organisationId}
                onValue={setOrganisationId}
                options={[
                  { value: '', label: t('people.users.form.chooseOrganisation') },
                  ...organisations.map((o) => ({ value: o.id, label: o.name })),
                ]}
                error={e('/organisationId')}
              />
            ) : teams ? (
              <SelectField
                label={t('people.users.form.team')}
                hint={t('people.users.form.teamHint')}
                value={teamId}
                onValue={setTeamId}
                options={[
                  { value: '', label: t('people.users.noTeam') },
                  ...teams.teams.map((team) => ({ value: team.id, label: team.name })),
                ]}
              />
            ) : null}
          </div>
          {user ? null : (
            <PasswordChoice
              legend={t('people.users.form.firstPassword')}
              choose={choose}
              onChoose={setChoose}
              password={password}
              onPassword={setPassword}
              error={e('/password')}
            />
          )}
          <FormActions submit={submit} cancel={t('people.cancel')} onCancel={onClose}>
            {submit.busy
              ? t(user ? 'people.users.form.saving' : 'people.users.form.creating')
              : t(user ? 'people.users.form.save' : 'people.users.form.create')}
          </FormActions>
        </form>
      )}
    </Dialog>
  );
}
