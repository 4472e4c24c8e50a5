import { z } from 'zod';
import { IsoTimestamp, PageQuery, text } from '../../http/common.ts';

/** supplier: sells us goods (a publisher, a printer); partner: serves our customers (a seller, a repair shop). */
export const organisationKinds = ['supplier', 'partner'] as const;

export const Organisation = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    notes: z.string().nullable(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

export const CreateOrganisationBody = z.object({
  name: text(200).pipe(z.string().min(1)),
  kind: z.enum(organisationKinds),
  contactName: text(200).nullish(),
  contactEmail: z.email().max(320).nullish(),
  contactPhone: z.string().trim().regex(/^[+0-9 ()-]{3,40}$/, 'digits, spaces, + ( ) -').nullish(),
  notes: text(5000).nullish(),
});
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = CreateOrganisationBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'give at least one field to change',
});
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationBody>;

export const ListOrganisationsQuery = z.object({ ...PageQuery, kind: z.enum(organisationKinds).optional() });
