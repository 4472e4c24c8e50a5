/**
 * The lifecycle's shapes the app reads and sends: work-order records (inspection, five whys, actions,
 * acceptance), the andon's steps (rectification, review, relist, retire), notifications and
 * look-alike complaints. Checked against the server's zod schemas by test/web-api-contract.test.ts.
 */
import type { RootCauseAction, RootCauseCategory, Why } from '#domain/five-whys.ts';
import type { Andon, ComplaintEvidence, WorkOrder } from './types.ts';

export type InspectionScope = 'batch' | 'units';
export type Disposition = 'return_batch' | 'rework_repack' | 'scrap' | 'release';

export interface InspectionBody {
  recordedBy: string;
  inspectedQuantity: number;
  defectiveQuantity: number;
  returnedQuantity?: number;
  lots?: string[];
  scope: InspectionScope;
  disposition: Disposition;
  evidence: string;
}

export type { ActionKind, RootCauseAction, RootCauseCategory } from '#domain/five-whys.ts';

export interface RootCauseBody {
  recordedBy: string;
  whys: Why[];
  statement: string;
  category: RootCauseCategory;
  processLevel: boolean;
  actions: RootCauseAction[];
}

export interface CompleteBody {
  completedBy: string;
  note?: string;
  evidence?: string;
}

export interface CriterionResult {
  criterion: string;
  met: boolean;
  note?: string;
}

export interface AcceptanceBody {
  verifiedBy: string;
  result: 'pass' | 'fail';
  criteria: CriterionResult[];
  evidence: string;
}

export interface RectificationBody {
  recordedBy: string;
  summary: string;
  evidence: string;
  criteria: string[];
}

export type InvalidReason =
  | 'rule_not_met'
  | 'wrong_target'
  | 'wrong_issue_code'
  | 'duplicate'
  | 'customer_choice'
  | 'not_reproducible'
  | 'other';

export interface ReviewBody {
  reviewedBy: string;
  verdict: 'valid' | 'invalid';
  reasonCode?: InvalidReason;
  note?: string;
}

export interface RelistBody {
  relistedBy: string;
  note?: string;
}

export interface RetireBody {
  retiredBy: string;
  reason: string;
}

export interface AssignBody {
  assignee?: string | null;
  ownerTeamId?: string | null;
  organisationId?: string | null;
  dueAt?: string;
}

export interface AcknowledgeBody {
  by: string;
}

export interface CommentBody {
  authorRef: string;
  body: string;
}

export interface WorkOrderComment {
  id: string;
  workOrderId: string;
  authorRef: string;
  body: string;
  createdAt: string;
}

export interface RecordAnswer {
  workOrder: WorkOrder;
  andon: Omit<Andon, 'escalationLevel'>;
}

export interface Notification {
  id: string;
  recipientRef: string | null;
  teamId: string | null;
  kind: string;
  level: string | null;
  subjectType: 'andon' | 'work_order';
  subjectId: string;
  andonId: string | null;
  /** In the reader's language. */
  message: string;
  /** What the notice is about: the work order's type and due time, or when the lamp lit. */
  params: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface SimilarMatch extends ComplaintEvidence {
  issueCode: string;
  similarity: number;
  verdict: 'confirm' | 'reject' | null;
  sameProblem: boolean;
}

export interface SimilarResult {
  targetId: string;
  matcher: string;
  mode: string;
  threshold: number;
  suggestion: { complaintIds: string[]; otherCustomers: number; similarity: number; message: string } | null;
  matches: SimilarMatch[];
}

export interface SameProblemBody {
  otherComplaintId: string;
  verdict: 'confirm' | 'reject';
  decidedBy: string;
}
