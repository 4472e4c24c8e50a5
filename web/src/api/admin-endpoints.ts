import type {
  CreateIssueCode,
  CreateRule,
  CreateTeam,
  MatchingSettingBody,
  MatchingStatus,
  MatchTerm,
  Organisation,
  SystemSettings,
  TargetKind,
  TeamMember,
  UpdateIssueCode,
  UpdateRule,
  UpdateSettings,
  UpdateTeam,
} from './admin-types.ts';
import { api, withQuery } from './client.ts';
import type { IssueCode, Page, Rule, Team } from './types.ts';

type Signal = AbortSignal | undefined;
const id = encodeURIComponent;

/** The settings pages' calls: rules, issue codes, teams and members, organisations, matching, settings. */
export const admin = {
  rules: (signal?: Signal) => api<Page<Rule>>(withQuery('/rules', { limit: 200 }), { signal }),
  createRule: (body: CreateRule) => api<Rule>('/rules', { method: 'POST', body }),
  updateRule: (ruleId: string, body: UpdateRule) =>
    api<Rule>(`/rules/${id(ruleId)}`, { method: 'PATCH', body }),
  issueCodes: (signal?: Signal) =>
    api<Page<IssueCode>>(withQuery('/issue-codes', { limit: 500 }), { signal }),
  createIssueCode: (body: CreateIssueCode) => api<IssueCode>('/issue-codes', { method: 'POST', body }),
  updateIssueCode: (code: string, body: UpdateIssueCode) =>
    api<IssueCode>(`/issue-codes/${id(code)}`, { method: 'PATCH', body }),
  teams: (signal?: Signal) => api<Page<Team>>(withQuery('/teams', { limit: 500 }), { signal }),
  createTeam: (body: CreateTeam) => api<Team>('/teams', { method: 'POST', body }),
  updateTeam: (teamId: string, body: UpdateTeam) =>
    api<Team>(`/teams/${id(teamId)}`, { method: 'PATCH', body }),
  members: (teamId: string, signal?: Signal) =>
    api<{ items: TeamMember[] }>(`/teams/${id(teamId)}/members`, { signal }),
  addMember: (teamId: string, memberRef: string) =>
    api<TeamMember>(`/teams/${id(teamId)}/members/${id(memberRef)}`, { method: 'PUT' }),
  removeMember: (teamId: string, memberRef: string) =>
    api<void>(`/teams/${id(teamId)}/members/${id(memberRef)}`, { method: 'DELETE' }),
  organisations: (signal?: Signal) =>
    api<Page<Organisation>>(withQuery('/organisations', { limit: 500 }), { signal }),
  matching: (signal?: Signal) => api<MatchingStatus>('/matching', { signal }),
  setMatching: (kind: TargetKind, body: MatchingSettingBody) =>
    api<unknown>(`/matching/settings/${id(kind)}`, { method: 'PUT', body }),
  terms: (signal?: Signal) => api<{ items: MatchTerm[] }>('/matching/terms', { signal }),
  putTerm: (concept: string, terms: string[]) =>
    api<MatchTerm>(`/matching/terms/${id(concept)}`, { method: 'PUT', body: { terms } }),
  deleteTerm: (concept: string) => api<void>(`/matching/terms/${id(concept)}`, { method: 'DELETE' }),
  settings: (signal?: Signal) => api<SystemSettings>('/settings', { signal }),
  updateSettings: (body: UpdateSettings) => api<SystemSettings>('/settings', { method: 'PATCH', body }),
};
