import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import type { Permission } from '#domain/access.ts';
import { useGrants } from '../../api/use-can.ts';
import { useTitle } from '../../components/use-title.ts';
import { IssueCodesSettings } from './issue-codes-settings.tsx';
import { MatchingSettings } from './matching-settings.tsx';
import { RulesSettings } from './rules-settings.tsx';
import { SystemSettingsSection } from './system-settings.tsx';
import { TeamsSettings } from './teams-settings.tsx';
import { TokensSettings } from './tokens-settings.tsx';
import { UsersSettings } from './users-settings.tsx';
import './settings.css';

type SectionKey = 'rules' | 'issueCodes' | 'teams' | 'matching' | 'system' | 'users' | 'tokens';

/**
 * The settings' sections, in order. A section that needs a permission (users, API tokens: admins)
 * has neither a tab nor a route for anyone without it: its address leads to the first section.
 */
const sections: { key: SectionKey; path: string; page: ComponentType | null; permission?: Permission }[] = [
  { key: 'rules', path: 'rules', page: RulesSettings },
  { key: 'issueCodes', path: 'issue-codes', page: IssueCodesSettings },
  { key: 'teams', path: 'teams', page: TeamsSettings },
  { key: 'matching', path: 'matching', page: MatchingSettings },
  { key: 'system', path: 'system', page: SystemSettingsSection },
  { key: 'users', path: 'users', page: UsersSettings, permission: 'users:manage' },
  { key: 'tokens', path: 'tokens', page: TokensSettings, permission: 'tokens:manage' },
];

/** 设置: rules, the issue taxonomy, teams, matching, system settings, and for admins users and API tokens. */
export function SettingsPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const grants = useGrants();
  const available = sections.filter((s) => s.page !== null && (!s.permission || grants[s.permission]));
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
