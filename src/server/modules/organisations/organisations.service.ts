import { uuidv7 } from 'uuidv7';
import { AndonError, notFound } from '#domain/errors.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import {
  findOrganisation,
  findOrganisationByName,
  insertOrganisation,
  updateOrganisationRow,
} from './organisations.repository.ts';
import type { CreateOrganisationInput, Organisation, UpdateOrganisationInput } from './organisations.schema.ts';

function duplicateName(name: string): AndonError {
  return new AndonError('already_exists', { entity: 'organisation', field: 'name', value: name }, [
    { path: ['name'], code: 'duplicate', params: { value: name } },
  ]);
}

/** Registers a supplier or partner organisation whose targets can be stopped. */
export async function createOrganisation(tx: Tx, input: CreateOrganisationInput): Promise<Organisation> {
  if (await findOrganisationByName(tx.db, input.name)) throw duplicateName(input.name);
  const now = tx.now.toISOString();
  const org: Organisation = {
    id: uuidv7(),
    name: input.name,
    kind: input.kind,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    notes: input.notes ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await insertOrganisation(tx.db, org);
  await recordAudit(tx, { action: 'organisation.created', subjectType: 'organisation', subjectId: org.id, after: org });
  return org;
}

export async function updateOrganisation(tx: Tx, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
  const before = await findOrganisation(tx.db, id);
  if (!before) throw notFound('organisation', id);
  const after: Organisation = { ...before, updatedAt: tx.now.toISOString() };
  for (const key of ['name', 'kind', 'contactName', 'contactEmail', 'contactPhone', 'notes'] as const) {
    if (input[key] !== undefined) (after as Record<string, unknown>)[key] = input[key] ?? null;
  }
  try {
    await updateOrganisationRow(tx.db, after);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(after.name);
    throw error;
  }
  await recordAudit(tx, { action: 'organisation.updated', subjectType: 'organisation', subjectId: id, before, after });
  return after;
}
