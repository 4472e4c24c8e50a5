/**
 * What the app reads from and sends to the API (a subset of the OpenAPI document). Kept honest by
 * test/web-api-contract.test.ts: the server's own zod types must be assignable to these.
 */
import type { RuleFields } from './admin-types.ts';

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type TargetStatus = 'on_sale' | 'suppressed' | 'retired';

export interface Target {
  id: string;
  ref: string;
  kind: string;
  name: string;
  monthlyGmv: Money | null;
  status: TargetStatus;
  onSale: boolean;
  statusReason: string | null;
  statusAndonId: string | null;
  statusChangedAt: string | null;
}

export interface IssueCode {
  code: string;
  nameZh: string;
  nameEn: string;
  counts: boolean;
  safetyCritical: boolean;
  active: boolean;
}

export interface ComplaintEvidence {
  id: string;
  customerRef: string;
  occurredAt: string;
  text: string;
  orderRef: string | null;
  lotRef: string | null;
  recordedBy: string | null;
  andonRole: 'trigger' | 'attached' | null;
}

export interface RepeatEvidence {
  distinctCustomers: number;
  threshold: number;
  windowDays: number;
  met: boolean;
  mode: string;
  counts: boolean;
  safetyCritical: boolean;
  ruleId: string;
  complaints: ComplaintEvidence[];
}

export interface Andon {
  id: string;
  targetId: string;
  issueCode: string;
  /** pulled (red) → contained, root_caused, awaiting_acceptance (amber) → relisted (green); retired, invalid. */
  state: string;
  trigger: string;
  pulledBy: string;
  reason: string | null;
  distinctCustomers: number;
  complaintCount: number;
  monthlyGmv: Money | null;
  pulledAt: string;
  closedAt: string | null;
  /** The highest rung of the escalation ladder reached (owner … director), null if never escalated. */
  escalationLevel: string | null;
  teamId: string | null;
  managerRef: string | null;
  containedAt: string | null;
  rootCausedAt: string | null;
  rectification: Rectification | null;
  acceptedAt: string | null;
  closedBy: string | null;
  closeReason: string | null;
  review: Review | null;
  rootCause: { category: string; statement: string } | null;
  recurrenceOf: string | null;
  probationUntil: string | null;
}

export interface Rectification {
  summary: string;
  evidence: string;
  criteria: string[];
  recordedBy: string;
  recordedAt: string;
}

export interface Review {
  verdict: 'valid' | 'invalid';
  reasonCode: string | null;
  note: string | null;
  reviewedBy: string;
  reviewedAt: string;
}

export interface WorkOrder {
  id: string;
  andonId: string;
  /** supplier_inspection, root_cause, corrective_action, acceptance. */
  type: string;
  ownerTeamId: string | null;
  organisationId: string | null;
  assignee: string | null;
  /** open, acknowledged, done, cancelled. */
  status: string;
  title: string;
  instructions: string;
  description: string | null;
  parentId: string | null;
  dueAt: string;
  overdue: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  completedAt: string | null;
  completedBy: string | null;
  outcome: string | null;
  /** The type's own record: inspection report, five whys, action, acceptance. */
  details: Record<string, unknown> | null;
  escalationLevel: string | null;
  createdAt: string;
}

export interface Reward {
  id: string;
  andonId: string;
  agentRef: string;
  amount: Money;
  status: 'pending' | 'granted' | 'void';
  createdAt: string;
}

export interface AndonDetail extends Andon {
  target: Target;
  complaints: ComplaintEvidence[];
  workOrders: WorkOrder[];
  reward: Reward | null;
  /** containment, root_cause, corrective_actions, rectification, acceptance: what a relist still needs. */
  missingForRelist: string[];
}

export interface ComplaintResult {
  complaint: { id: string; targetId: string; issueCode: string; andonId: string | null };
  replayed: boolean;
  action: 'recorded' | 'suggest_pull' | 'auto_pulled' | 'recurrence_pulled' | 'attached' | 'replayed';
  repeat: RepeatEvidence;
  andon: Omit<Andon, 'escalationLevel'> | null;
  targetStatus: TargetStatus;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  andonId: string | null;
  before: unknown;
  after: unknown;
}

export interface Rule extends RuleFields {
  id: string;
  targetKind: string | null;
  issueCode: string | null;
}

export interface Team {
  id: string;
  key: string;
  name: string;
  description: string | null;
  leadRef: string | null;
  managerRef: string | null;
  directorRef: string | null;
}

export interface CreateComplaint {
  targetId: string;
  customerRef: string;
  issueCode: string;
  text: string;
  orderRef?: string | null;
  lotRef?: string | null;
  channel?: 'phone' | 'chat' | 'email' | 'web_form' | 'social' | 'in_person' | 'other' | null;
  compensation?: {
    kind: 'none' | 'coupon' | 'refund' | 'partial_refund' | 'replacement' | 'repair' | 'other';
  } | null;
  recordedBy: string;
}

export interface PullCord {
  complaintId?: string;
  targetId?: string;
  issueCode?: string;
  pulledBy: string;
  reason?: string;
}

/** RFC 9457 problem details, as every error of the API is sent. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; message: string; code?: string }[];
  /** A refused relist: what is still missing. */
  missing?: string[];
}
