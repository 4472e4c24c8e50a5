import { api, withQuery } from './client.ts';
import type {
  Andon,
  AndonDetail,
  AuditEvent,
  ComplaintResult,
  CreateComplaint,
  IssueCode,
  Page,
  PullCord,
  RepeatEvidence,
  Reward,
  Rule,
  Target,
  Team,
} from './types.ts';

type Signal = AbortSignal | undefined;

/** The typed calls the pages make; one line each, named after what they ask. */
export const endpoints = {
  openAndons: (signal?: Signal) =>
    api<Page<Andon>>(withQuery('/andons', { open: true, limit: 500 }), { signal }),
  andonsInState: (state: string, signal?: Signal) =>
    api<Page<Andon>>(withQuery('/andons', { state, limit: 500 }), { signal }),
  recentAndons: (signal?: Signal) => api<Page<Andon>>(withQuery('/andons', { limit: 500 }), { signal }),
  openAndonFor: (targetId: string, issueCode: string, signal?: Signal) =>
    api<Page<Andon>>(withQuery('/andons', { open: true, targetId, issueCode, limit: 1 }), { signal }),
  andon: (id: string, signal?: Signal) => api<AndonDetail>(`/andons/${encodeURIComponent(id)}`, { signal }),
  timeline: (id: string, signal?: Signal) =>
    api<Page<AuditEvent>>(withQuery(`/andons/${encodeURIComponent(id)}/timeline`, { limit: 500 }), {
      signal,
    }),
  targetsByStatus: (status: string, signal?: Signal) =>
    api<Page<Target>>(withQuery('/targets', { status, limit: 500 }), { signal }),
  target: (id: string, signal?: Signal) => api<Target>(`/targets/${encodeURIComponent(id)}`, { signal }),
  searchTargets: (q: string, signal?: Signal) =>
    api<Page<Target>>(withQuery('/targets', { q, limit: 10 }), { signal }),
  repeats: (targetId: string, issueCode: string, signal?: Signal) =>
    api<RepeatEvidence>(withQuery(`/targets/${encodeURIComponent(targetId)}/repeats`, { issueCode }), {
      signal,
    }),
  issueCodes: (signal?: Signal) =>
    api<Page<IssueCode>>(withQuery('/issue-codes', { limit: 500 }), { signal }),
  rule: (id: string, signal?: Signal) => api<Rule>(`/rules/${encodeURIComponent(id)}`, { signal }),
  teams: (signal?: Signal) => api<Page<Team>>(withQuery('/teams', { limit: 500 }), { signal }),
  rewardsOf: (agentRef: string, signal?: Signal) =>
    api<Page<Reward>>(withQuery('/rewards', { agentRef, limit: 100 }), { signal }),
  recordComplaint: (body: CreateComplaint) => api<ComplaintResult>('/complaints', { method: 'POST', body }),
  pullCord: (body: PullCord) => api<AndonDetail>('/andons', { method: 'POST', body }),
};
