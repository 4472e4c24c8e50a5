/**
 * What the settings pages read and send: rules, the issue taxonomy, teams and members, organisations,
 * the matching settings and terms, the system settings. Checked against the server's schemas by
 * test/web-api-contract.test.ts.
 */
import type { Money } from './types.ts';

export type TargetKind = 'product' | 'partner' | 'process' | 'support_step';
export const targetKinds: readonly TargetKind[] = ['product', 'partner', 'process', 'support_step'];

export interface RuleFields {
  name: string;
  threshold: number;
  windowDays: number;
  mode: 'suggest' | 'auto';
  reward: Money;
  inspectionDueHours: number;
  rootCauseDueHours: number;
  active: boolean;
}

export interface CreateRule extends RuleFields {
  targetKind: TargetKind | null;
  issueCode: string | null;
}

export type UpdateRule = Partial<RuleFields>;

export interface IssueCodeFields {
  nameZh: string;
  nameEn: string;
  counts: boolean;
  safetyCritical: boolean;
  active: boolean;
}

export interface CreateIssueCode extends IssueCodeFields {
  code: string;
}

export type UpdateIssueCode = Partial<IssueCodeFields>;

export interface TeamFields {
  name: string;
  description?: string | null;
  leadRef?: string | null;
  managerRef?: string | null;
  directorRef?: string | null;
}

export interface CreateTeam extends TeamFields {
  key: string;
}

export type UpdateTeam = Partial<TeamFields>;

export interface TeamMember {
  memberRef: string;
  teamId: string;
  createdAt: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: 'supplier' | 'partner';
}

export type MatchingMode = 'issue_code' | 'text' | 'either';

export interface MatchingSetting {
  targetKind: TargetKind;
  mode: MatchingMode;
  threshold: number | null;
  updatedAt: string | null;
}

export interface MatchingStatus {
  matcher: string;
  threshold: number;
  settings: MatchingSetting[];
  learnedSynonyms: { from: string; to: string; support: number }[];
}

export interface MatchingSettingBody {
  mode: MatchingMode;
  threshold?: number | null;
}

export interface MatchTerm {
  concept: string;
  terms: string[];
}

export type SlaSubject = 'andon' | 'supplier_inspection' | 'root_cause' | 'corrective_action' | 'acceptance';
export const slaSubjects: readonly SlaSubject[] = [
  'andon',
  'supplier_inspection',
  'root_cause',
  'corrective_action',
  'acceptance',
];

export interface Sla {
  ackHours: number | null;
  dueHours: number | null;
}

export interface SystemSettings {
  minWhys: number;
  probationDays: number;
  missedAndonHours: number;
  recurrenceSimilarity: number;
  escalationStepHours: number;
  slas: Record<SlaSubject, Sla>;
}

export type UpdateSettings = Partial<Omit<SystemSettings, 'slas'>> & {
  slas?: Partial<Record<SlaSubject, Partial<Sla>>>;
};
