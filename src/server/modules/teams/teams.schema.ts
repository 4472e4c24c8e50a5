import { z } from 'zod';
import { IsoTimestamp, PageQuery, Ref, text } from '../../http/common.ts';

export const TeamKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes, e.g. supplier-management');

export const Team = z
  .object({
    id: z.string(),
    key: TeamKey,
    name: z.string(),
    description: z.string().nullable(),
    leadRef: z.string().nullable().describe('team lead: second rung of the escalation ladder'),
    managerRef: z.string().nullable().describe("manager: reviews the team's pulls and answers for its bad-andon rate"),
    directorRef: z.string().nullable().describe('director: the top rung of the escalation ladder'),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const CreateTeamBody = z.object({
  key: TeamKey,
  name: text(200).pipe(z.string().min(1)),
  description: text(2000).nullish(),
  leadRef: Ref.nullish(),
  managerRef: Ref.nullish(),
  directorRef: Ref.nullish(),
});
export type CreateTeamInput = z.infer<typeof CreateTeamBody>;

export const UpdateTeamBody = CreateTeamBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'give at least one field to change',
});
export type UpdateTeamInput = z.infer<typeof UpdateTeamBody>;

export const ListTeamsQuery = z.object({ ...PageQuery });

/** An agent's (or anyone's) team: the team of a pull is the puller's team, for the bad-andon rate. */
export const TeamMember = z
  .object({ memberRef: z.string(), teamId: z.string(), createdAt: IsoTimestamp, updatedAt: IsoTimestamp })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMember>;

export const MemberParams = z.object({ id: z.string().min(1).max(100), memberRef: Ref });
