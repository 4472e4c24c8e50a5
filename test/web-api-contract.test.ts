import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  AndonDetail,
  AndonListItem,
  ComplaintEvidence,
  PullBody,
  RectificationBody,
  RelistBody,
  RepeatEvidence,
  RetireBody,
  ReviewBody,
} from '#server/modules/andons/andons.schema.ts';
import type { AuditEvent } from '#server/modules/audit/audit.schema.ts';
import type { Me } from '#server/modules/auth/auth.schema.ts';
import type { ComplaintResult, CreateComplaintBody } from '#server/modules/complaints/complaints.schema.ts';
import type {
  CreateIssueCodeBody,
  IssueCode,
  UpdateIssueCodeBody,
} from '#server/modules/issue-codes/issue-codes.schema.ts';
import type {
  DecisionBody,
  MatchingSettingBody,
  MatchingStatus,
  SimilarResult,
  Term,
} from '#server/modules/matching/matching.schema.ts';
import type {
  AndonMetrics,
  BadAndonRates,
  MissedAndons,
  RootCausePareto,
  Scorecards,
} from '#server/modules/metrics/metrics.schema.ts';
import type { Notification } from '#server/modules/notifications/notifications.schema.ts';
import type { Organisation } from '#server/modules/organisations/organisations.schema.ts';
import type { Reward } from '#server/modules/rewards/rewards.schema.ts';
import type { CreateRuleBody, Rule, UpdateRuleBody } from '#server/modules/rules/rules.schema.ts';
import type { Settings, UpdateSettingsBody } from '#server/modules/settings/settings.schema.ts';
import type { Target } from '#server/modules/targets/targets.schema.ts';
import type { CreateTeamBody, Team, TeamMember, UpdateTeamBody } from '#server/modules/teams/teams.schema.ts';
import type {
  AcceptanceBody,
  AcknowledgeBody,
  AssignBody,
  CommentBody,
  CompleteBody,
  InspectionBody,
  RootCauseBody,
  WorkOrder,
  WorkOrderComment,
} from '#server/modules/work-orders/work-orders.schema.ts';
import type * as Admin from '../web/src/api/admin-types.ts';
import type * as Life from '../web/src/api/lifecycle-types.ts';
import type * as Metrics from '../web/src/api/metrics-types.ts';
import type * as Web from '../web/src/api/types.ts';
import type * as Session from '../web/src/api/session-types.ts';

type Out<T extends z.ZodType> = z.infer<T>;
type In<T extends z.ZodType> = z.input<T>;

/**
 * The web app declares the API's shapes it relies on (web/src/api/*-types.ts). These checks run in
 * the typecheck: a change to a server schema that the app would not survive fails `tsc`, here.
 */
describe('the web app and the API agree', () => {
  it('reads who is signed in', () => {
    expectTypeOf<z.infer<typeof Me>>().toExtend<Session.Me>();
  });

  it('reads what the API sends', () => {
    expectTypeOf<Out<typeof AndonListItem>>().toExtend<Web.Andon>();
    expectTypeOf<Out<typeof AndonDetail>>().toExtend<Web.AndonDetail>();
    expectTypeOf<Out<typeof Target>>().toExtend<Web.Target>();
    expectTypeOf<Out<typeof IssueCode>>().toExtend<Web.IssueCode>();
    expectTypeOf<Out<typeof ComplaintEvidence>>().toExtend<Web.ComplaintEvidence>();
    expectTypeOf<Out<typeof RepeatEvidence>>().toExtend<Web.RepeatEvidence>();
    expectTypeOf<Out<typeof ComplaintResult>>().toExtend<Web.ComplaintResult>();
    expectTypeOf<Out<typeof WorkOrder>>().toExtend<Web.WorkOrder>();
    expectTypeOf<Out<typeof Reward>>().toExtend<Web.Reward>();
    expectTypeOf<Out<typeof AuditEvent>>().toExtend<Web.AuditEvent>();
    expectTypeOf<Out<typeof Rule>>().toExtend<Web.Rule>();
    expectTypeOf<Out<typeof Team>>().toExtend<Web.Team>();
  });

  it('reads the lifecycle, the settings and the metrics', () => {
    expectTypeOf<Out<typeof WorkOrderComment>>().toExtend<Life.WorkOrderComment>();
    expectTypeOf<Out<typeof Notification>>().toExtend<Life.Notification>();
    expectTypeOf<Out<typeof SimilarResult>>().toExtend<Life.SimilarResult>();
    expectTypeOf<Out<typeof TeamMember>>().toExtend<Admin.TeamMember>();
    expectTypeOf<Out<typeof Organisation>>().toExtend<Admin.Organisation>();
    expectTypeOf<Out<typeof MatchingStatus>>().toExtend<Admin.MatchingStatus>();
    expectTypeOf<Out<typeof Term>>().toExtend<Admin.MatchTerm>();
    expectTypeOf<Out<typeof Settings>>().toExtend<Admin.SystemSettings>();
    expectTypeOf<Out<typeof AndonMetrics>>().toExtend<Metrics.AndonMetrics>();
    expectTypeOf<Out<typeof BadAndonRates>>().toExtend<Metrics.BadAndonRates>();
    expectTypeOf<Out<typeof MissedAndons>>().toExtend<Metrics.MissedAndons>();
    expectTypeOf<Out<typeof RootCausePareto>>().toExtend<Metrics.RootCausePareto>();
    expectTypeOf<Out<typeof Scorecards>>().toExtend<Metrics.Scorecards>();
  });

  it('sends what the API accepts', () => {
    expectTypeOf<Web.CreateComplaint>().toExtend<In<typeof CreateComplaintBody>>();
    expectTypeOf<Web.PullCord>().toExtend<In<typeof PullBody>>();
    expectTypeOf<Life.InspectionBody>().toExtend<In<typeof InspectionBody>>();
    expectTypeOf<Life.RootCauseBody>().toExtend<In<typeof RootCauseBody>>();
    expectTypeOf<Life.CompleteBody>().toExtend<In<typeof CompleteBody>>();
    expectTypeOf<Life.AcceptanceBody>().toExtend<In<typeof AcceptanceBody>>();
    expectTypeOf<Life.AssignBody>().toExtend<In<typeof AssignBody>>();
    expectTypeOf<Life.AcknowledgeBody>().toExtend<In<typeof AcknowledgeBody>>();
    expectTypeOf<Life.CommentBody>().toExtend<In<typeof CommentBody>>();
    expectTypeOf<Life.RectificationBody>().toExtend<In<typeof RectificationBody>>();
    expectTypeOf<Life.ReviewBody>().toExtend<In<typeof ReviewBody>>();
    expectTypeOf<Life.RelistBody>().toExtend<In<typeof RelistBody>>();
    expectTypeOf<Life.RetireBody>().toExtend<In<typeof RetireBody>>();
    expectTypeOf<Life.SameProblemBody>().toExtend<In<typeof DecisionBody>>();
    expectTypeOf<Admin.CreateRule>().toExtend<In<typeof CreateRuleBody>>();
    expectTypeOf<Admin.UpdateRule>().toExtend<In<typeof UpdateRuleBody>>();
    expectTypeOf<Admin.CreateIssueCode>().toExtend<In<typeof CreateIssueCodeBody>>();
    expectTypeOf<Admin.UpdateIssueCode>().toExtend<In<typeof UpdateIssueCodeBody>>();
    expectTypeOf<Admin.CreateTeam>().toExtend<In<typeof CreateTeamBody>>();
    expectTypeOf<Admin.UpdateTeam>().toExtend<In<typeof UpdateTeamBody>>();
    expectTypeOf<Admin.MatchingSettingBody>().toExtend<In<typeof MatchingSettingBody>>();
    expectTypeOf<Admin.UpdateSettings>().toExtend<In<typeof UpdateSettingsBody>>();
  });
});
