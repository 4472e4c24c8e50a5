import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  Andon,
  AndonDetail,
  ComplaintEvidence,
  PullBody,
  RepeatEvidence,
} from '#server/modules/andons/andons.schema.ts';
import type { AuditEvent } from '#server/modules/audit/audit.schema.ts';
import type { ComplaintResult, CreateComplaintBody } from '#server/modules/complaints/complaints.schema.ts';
import type { IssueCode } from '#server/modules/issue-codes/issue-codes.schema.ts';
import type { Reward } from '#server/modules/rewards/rewards.schema.ts';
import type { Rule } from '#server/modules/rules/rules.schema.ts';
import type { Target } from '#server/modules/targets/targets.schema.ts';
import type { Team } from '#server/modules/teams/teams.schema.ts';
import type { WorkOrder } from '#server/modules/work-orders/work-orders.schema.ts';
import type * as Web from '../web/src/api/types.ts';

/**
 * The web app declares the API's shapes it relies on (web/src/api/types.ts). These checks run in
 * the typecheck: a change to a server schema that the app would not survive fails `tsc`, here.
 */
describe('the web app and the API agree', () => {
  it('reads what the API sends', () => {
    expectTypeOf<z.infer<typeof Andon>>().toExtend<Web.Andon>();
    expectTypeOf<z.infer<typeof AndonDetail>>().toExtend<Web.AndonDetail>();
    expectTypeOf<z.infer<typeof Target>>().toExtend<Web.Target>();
    expectTypeOf<z.infer<typeof IssueCode>>().toExtend<Web.IssueCode>();
    expectTypeOf<z.infer<typeof ComplaintEvidence>>().toExtend<Web.ComplaintEvidence>();
    expectTypeOf<z.infer<typeof RepeatEvidence>>().toExtend<Web.RepeatEvidence>();
    expectTypeOf<z.infer<typeof ComplaintResult>>().toExtend<Web.ComplaintResult>();
    expectTypeOf<z.infer<typeof WorkOrder>>().toExtend<Web.WorkOrder>();
    expectTypeOf<z.infer<typeof Reward>>().toExtend<Web.Reward>();
    expectTypeOf<z.infer<typeof AuditEvent>>().toExtend<Web.AuditEvent>();
    expectTypeOf<z.infer<typeof Rule>>().toExtend<Web.Rule>();
    expectTypeOf<z.infer<typeof Team>>().toExtend<Web.Team>();
  });

  it('sends what the API accepts', () => {
    expectTypeOf<Web.CreateComplaint>().toExtend<z.input<typeof CreateComplaintBody>>();
    expectTypeOf<Web.PullCord>().toExtend<z.input<typeof PullBody>>();
  });
});
