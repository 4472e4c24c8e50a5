import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { ReadOnlyNote, useMayConfigure } from './read-only-note.tsx';
import { TeamCard } from './team-card.tsx';

/** Teams: each team's escalation ladder and members (an agent's team is whose manager answers for the pull). */
export function TeamsSettings() {
  const { t } = useTranslation();
  const teams = useResource((signal) => admin.teams(signal), ['teams-settings']);
  const create = useSubmit();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const may = useMayConfigure();
  return (
    <section className="settings-section" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('settings.section.teams')}</h2>
      <p className="field-note">{t('settings.teams.intro')}</p>
      <ReadOnlyNote />
      {teams.error ? <ProblemMessage error={teams.error} onRetry={teams.reload} /> : null}
      <div className="teams-grid">
        {teams.data?.items.map((team) => (
          <TeamCard
            key={`${team.id}-${team.name}-${team.leadRef}-${team.managerRef}-${team.directorRef}`}
            team={team}
            onChanged={teams.reload}
            may={may}
          />
        ))}
      </div>
      {may ? (
        <form
          className="card form"
          aria-labelledby="new-team"
          onSubmit={create.onSubmit(async () => {
            await admin.createTeam({ key: key.trim(), name: name.trim() });
            setKey('');
            setName('');
            teams.reload();
          })}
        >
          <h3 id="new-team">{t('settings.teams.create')}</h3>
          <div className="field-row">
            <TextField
              label={t('settings.teams.key')}
              hint={t('settings.teams.keyHint')}
              required
              value={key}
              onValue={setKey}
              error={create.fieldError('/key')}
            />
            <TextField
              label={t('settings.teams.name')}
              required
              maxLength={200}
              value={name}
              onValue={setName}
              error={create.fieldError('/name')}
            />
          </div>
          {create.error ? <ProblemMessage error={create.error} /> : null}
          <div>
            <button type="submit" className="button-primary" disabled={create.busy}>
              {t('settings.teams.create')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
