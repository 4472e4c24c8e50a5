import type { ImportTables } from './schema-imports.ts';
import type { IntegrationTables } from './schema-integrations.ts';

/**
 * The database as Kysely sees it. Conventions (docs/decisions/001-data-types-on-both-databases.md):
 * ids are text (UUIDv7), timestamps ISO-8601 UTC strings, money integer minor units, booleans
 * `boolean` on PostgreSQL and 0/1 on SQLite (read with `Boolean()`), JSON `jsonb`/text (read with `fromJson`).
 */
type Bool = boolean | number;
type Json = unknown;

export interface TeamsTable {
  id: string;
  key: string;
  name: string;
  description: string | null;
  lead_ref: string | null;
  manager_ref: string | null;
  director_ref: string | null;
  created_at: string;
  updated_at: string;
}

export interface TeamMembersTable {
  member_ref: string;
  team_id: string;
  created_at: string;
  updated_at: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface IssueCodesTable {
  code: string;
  name_zh: string;
  name_en: string;
  description_zh: string | null;
  description_en: string | null;
  counts: Bool;
  safety_critical: Bool;
  active: Bool;
  created_at: string;
  updated_at: string;
}

export interface TargetsTable {
  id: string;
  ref: string;
  kind: string;
  name: string;
  organisation_id: string | null;
  supplier_team_id: string | null;
  quality_team_id: string | null;
  monthly_gmv_minor: number | null;
  currency: string | null;
  status: string;
  status_reason: string | null;
  status_andon_id: string | null;
  status_changed_at: string | null;
  status_version: number;
  attributes: Json;
  created_at: string;
  updated_at: string;
}

export interface RulesTable {
  id: string;
  scope_key: string;
  name: string;
  target_kind: string | null;
  issue_code: string | null;
  threshold: number;
  window_days: number;
  mode: string;
  reward_minor: number;
  reward_currency: string;
  inspection_due_hours: number;
  root_cause_due_hours: number;
  active: Bool;
  created_at: string;
  updated_at: string;
}

export interface ComplaintsTable {
  id: string;
  external_id: string | null;
  request_hash: string | null;
  target_id: string;
  customer_ref: string;
  issue_code: string;
  text: string;
  order_ref: string | null;
  lot_ref: string | null;
  channel: string | null;
  compensation_kind: string | null;
  compensation_minor: number | null;
  compensation_currency: string | null;
  recorded_by: string | null;
  occurred_at: string;
  created_at: string;
  andon_id: string | null;
  andon_role: string | null;
}

export interface AndonsTable {
  id: string;
  target_id: string;
  issue_code: string;
  state: string;
  trigger: string;
  pulled_by: string;
  reason: string | null;
  rule_id: string | null;
  rule_snapshot: Json;
  distinct_customers: number;
  complaint_count: number;
  monthly_gmv_minor: number | null;
  currency: string | null;
  pulled_at: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  team_id: string | null;
  manager_ref: string | null;
  rule_met_at: string | null;
  contained_at: string | null;
  root_caused_at: string | null;
  rectified_at: string | null;
  rectified_by: string | null;
  rectification: Json | null;
  accepted_at: string | null;
  closed_by: string | null;
  close_reason: string | null;
  review_verdict: string | null;
  review_reason: string | null;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  recurrence_of: string | null;
  probation_until: string | null;
  root_cause_category: string | null;
  root_cause_statement: string | null;
}

export interface WorkOrdersTable {
  id: string;
  andon_id: string;
  type: string;
  owner_team_id: string | null;
  assignee: string | null;
  status: string;
  title_key: string;
  instructions_key: string;
  due_at: string;
  created_at: string;
  updated_at: string;
  organisation_id: string | null;
  parent_id: string | null;
  description: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  completed_at: string | null;
  completed_by: string | null;
  outcome: string | null;
  details: Json | null;
  escalation_level: string | null;
}

export interface WorkOrderCommentsTable {
  id: string;
  work_order_id: string;
  author_ref: string;
  body: string;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: Json;
  updated_at: string;
}

export interface EscalationClocksTable {
  id: string;
  subject_type: string;
  subject_id: string;
  andon_id: string;
  team_id: string | null;
  kind: string;
  level: string;
  due_at: string;
  fired_at: string | null;
  cancelled_at: string | null;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  recipient_ref: string | null;
  team_id: string | null;
  kind: string;
  level: string | null;
  subject_type: string;
  subject_id: string;
  andon_id: string | null;
  clock_id: string | null;
  message_key: string;
  params: Json;
  created_at: string;
  read_at: string | null;
}

export interface RuleHitsTable {
  id: string;
  target_id: string;
  issue_code: string;
  complaint_id: string;
  recorded_by: string | null;
  team_id: string | null;
  met_at: string;
  andon_id: string | null;
  pulled_at: string | null;
}

export interface RewardsTable {
  id: string;
  andon_id: string;
  agent_ref: string;
  amount_minor: number;
  currency: string;
  status: string;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  andon_id: string | null;
  target_id: string | null;
  before: Json;
  after: Json;
  request_id: string | null;
  via: string | null;
}

export interface UsersTable {
  id: string;
  ref: string;
  email: string;
  name: string;
  role: string;
  organisation_id: string | null;
  password_hash: string | null;
  must_change_password: Bool;
  active: Bool;
  last_sign_in_at: string | null;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: Json;
  created_by: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface MatchingSettingsTable {
  target_kind: string;
  mode: string;
  threshold: number | null;
  updated_at: string;
}

export interface ProblemLinksTable {
  id: string;
  complaint_a: string;
  complaint_b: string;
  target_id: string;
  verdict: string;
  decided_by: string;
  decided_at: string;
}

export interface MatchTermsTable {
  id: string;
  concept: string;
  terms: Json;
  created_at: string;
  updated_at: string;
}

export interface FlywheelsTable {
  id: string;
  draft: Json;
  factors: Json;
  latest_version: number;
  share_token: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface FlywheelVersionsTable {
  flywheel_id: string;
  version: number;
  note: string;
  flywheel: Json;
  created_by: string;
  created_at: string;
}

export interface FlywheelCasesTable {
  flywheel_id: string;
  id: string;
  position: number;
  body: Json;
  created_at: string;
  updated_at: string;
}

export interface Database {
  teams: TeamsTable;
  organisations: OrganisationsTable;
  issue_codes: IssueCodesTable;
  targets: TargetsTable;
  rules: RulesTable;
  complaints: ComplaintsTable;
  andons: AndonsTable;
  work_orders: WorkOrdersTable;
  rewards: RewardsTable;
  audit_events: AuditEventsTable;
  matching_settings: MatchingSettingsTable;
  problem_links: ProblemLinksTable;
  match_terms: MatchTermsTable;
  flywheels: FlywheelsTable;
  flywheel_versions: FlywheelVersionsTable;
  flywheel_cases: FlywheelCasesTable;
  team_members: TeamMembersTable;
  work_order_comments: WorkOrderCommentsTable;
  settings: SettingsTable;
  escalation_clocks: EscalationClocksTable;
  notifications: NotificationsTable;
  rule_hits: RuleHitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_throttle: LoginThrottleTable;
}

/**
 * The integration tables (migration 0007: webhooks, chat channels, the outbox, intake mappings)
 * and the CSV import jobs (migration 0008) belong to it too.
 */
export interface Database extends IntegrationTables, ImportTables {}
