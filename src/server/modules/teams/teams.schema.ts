import { z } from 'zod';
import { IsoTimestamp, PageQuery, text } from '../../http/common.ts';

export const TeamKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes, e.g. supplier-management');

export const Team = z
  .object({
    id: z.string(),
    key: TeamKey,
    name: z.string(),
    description: z.string().nullable(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const CreateTeamBody = z.object({
  key: TeamKey,
  name: text(200).pipe(z.string().min(1)),
  description: text(2000).nullish(),
});
export type CreateTeamInput = z.infer<typeof CreateTeamBody>;

export const UpdateTeamBody = CreateTeamBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'give at least one field to change',
});
export type UpdateTeamInput = z.infer<typeof UpdateTeamBody>;

export const ListTeamsQuery = z.object({ ...PageQuery });
