import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import type { Team } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { SaveActions } from './form-actions.tsx';
import { RemoveButton } from './remove-button.tsx';

const orNull = (s: string) => s.trim() || null;

/**
 * A team: its name and escalation ladder (lead, manager, director), and who is in it; changed only by
 * those who may configure (`may`), shown read-only to everyone else.
 */
export function TeamCard({ team, onChanged, may }: { team: Team; onChanged: () => void; may: boolean }) {
  const { t } = useTranslation();
  const save = useSubmit();
  const membership = useSubmit();
  const members = useResource((signal) => admin.members(team.id, signal), [team.id]);
  const [name, setName] = useState(team.name);
  const [lead, setLead] = useState(team.leadRef ?? '');
  const [manager, setManager] = useState(team.managerRef ?? '');
  const [director, setDirector] = useState(team.directorRef ?? '');
  const [newMember, setNewMember] = useState('');
  const [saved, setSaved] = useState(false);
  const e = save.fieldError;
  return (
    <section className="card" aria-labelledby={`team-${team.id}`} data-testid="team">
      <h3 id={`team-${team.id}`}>
        {team.name} <code className="muted">{team.key}</code>
      </h3>
      <form
        className="form"
        onSubmit={save.onSubmit(async () => {
          setSaved(false);
          await admin.updateTeam(team.id, {
            name: name.trim(),
            leadRef: orNull(lead),
            managerRef: orNull(manager),
            directorRef: orNull(director),
          });
          setSaved(true);
          onChanged();
        })}
      >
        <fieldset className="fieldset-plain form" disabled={!may}>
          <TextField
            label={t('settings.teams.name')}
            required
            maxLength={200}
            value={name}
            onValue={setName}
            error={e('/name')}
          />
          <div className="field-row">
            <TextField
              label={t('settings.teams.lead')}
              value={lead}
              onValue={setLead}
              error={e('/leadRef')}
            />
            <TextField
              label={t('settings.teams.manager')}
              value={manager}
              onValue={setManager}
              error={e('/managerRef')}
            />
            <TextField
              label={t('settings.teams.director')}
              value={director}
              onValue={setDirector}
              error={e('/directorRef')}
            />
          </div>
        </fieldset>
        <SaveActions submit={save} saved={saved} may={may} />
      </form>
      <h4>{t('settings.teams.members')}</h4>
      {members.data && members.data.items.length === 0 ? (
        <p className="muted">{t('settings.teams.noMembers')}</p>
      ) : null}
      <ul className="members">
        {members.data?.items.map((m) => (
          <li key={m.memberRef}>
            {m.memberRef}
            {may ? (
              <RemoveButton
                label={t('settings.teams.remove', { who: m.memberRef, team: team.name })}
                onRemove={() =>
                  void membership.run(async () => {
                    await admin.removeMember(team.id, m.memberRef);
                    members.reload();
                  })
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
      {may ? (
        <>
          <form
            className="inline-form"
            onSubmit={membership.onSubmit(async () => {
              await admin.addMember(team.id, newMember.trim());
              setNewMember('');
              members.reload();
            })}
          >
            <TextField
              label={t('settings.teams.addMember')}
              required
              value={newMember}
              onValue={setNewMember}
            />
            <button type="submit" className="button-secondary" disabled={membership.busy}>
              {t('settings.teams.add')}
            </button>
          </form>
          <p className="field-note">{t('settings.teams.addMemberHint')}</p>
          {membership.error ? <ProblemMessage error={membership.error} /> : null}
        </>
      ) : null}
    </section>
  );
}
