import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useTitle } from '../../components/use-title.ts';
import { IssueCodesSettings } from './issue-codes-settings.tsx';
import { MatchingSettings } from './matching-settings.tsx';
import { RulesSettings } from './rules-settings.tsx';
import { SystemSettingsSection } from './system-settings.tsx';
import { TeamsSettings } from './teams-settings.tsx';
import './settings.css';

type SectionKey = 'rules' | 'issueCodes' | 'teams' | 'matching' | 'system' | 'users' | 'tokens';

/**
 * The settings' sections, in order. Users and API tokens come with sign-in (issue 4): their slots
 * are here with no page yet, so neither their route nor their tab exists until one is set.
 */
const sections: { key: SectionKey; path: string; page: ComponentType | null }[] = [
  { key: 'rules', path: 'rules', page: RulesSettings },
  { key: 'issueCodes', path: 'issue-codes', page: IssueCodesSettings },
  { key: 'teams', path: 'teams', page: TeamsSettings },
  { key: 'matching', path: 'matching', page: MatchingSettings },
  { key: 'system', path: 'system', page: SystemSettingsSection },
  { key: 'users', path: 'users', page: null },
  { key: 'tokens', path: 'tokens', page: null },
];

/** 设置: rules, the issue taxonomy, teams, matching, system settings (users and tokens with sign-in). */
export function SettingsPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const available = sections.filter((s) => s.page !== null);
  const current = available.find((s) => location.startsWith(`/${s.path}`));
  useTitle(
    current ? `${t(`settings.section.${current.key}`)} · ${t('settings.title')}` : t('settings.title'),
  );
  return (
    <div className="settings">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <nav aria-label={t('settings.sections')} className="tabs">
        <ul>
          {available.map((s) => (
            <li key={s.key}>
              <Link href={`/${s.path}`} aria-current={current?.key === s.key ? 'page' : undefined}>
                {t(`settings.section.${s.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Switch>
        {available.map((s) => (
          <Route key={s.key} path={`/${s.path}`} component={s.page!} />
        ))}
        <Route>
          <Redirect to="/rules" replace />
        </Route>
      </Switch>
    </div>
  );
}
