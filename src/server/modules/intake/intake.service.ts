import { AndonError, type FieldIssue } from '#domain/errors.ts';
import type { Tx } from '../../db/writer.ts';
import type { MatchingEngine } from '../matching/matching.engine.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findComplaintByExternalId, type ComplaintRecord } from '../complaints/complaints.repository.ts';
import { CreateComplaintBody } from '../complaints/complaints.schema.ts';
import { recordComplaint } from '../complaints/complaints.service.ts';
import { applyMapping, type FieldMapping } from './intake.mapping.ts';
import { findMapping, type MappingRecord, saveMapping } from './intake.repository.ts';

export interface IntakeOutcome {
  complaint: ComplaintRecord;
  replayed: boolean;
  action: string;
  andonId: string | null;
  targetStatus: string | null;
}

/** Saves a helpdesk's field mapping under a key (the intake URL's last segment). */
export async function putMapping(tx: Tx, key: string, input: { name: string; fields: FieldMapping }): Promise<MappingRecord> {
  const before = await findMapping(tx.db, key);
  const now = tx.now.toISOString();
  const after: MappingRecord = { key, name: input.name, fields: input.fields, createdAt: before?.createdAt ?? now, updatedAt: now };
  await saveMapping(tx.db, after, before !== undefined);
  await recordAudit(tx, { action: before ? 'intake_mapping.updated' : 'intake_mapping.created', subjectType: 'intake_mapping', subjectId: key, before: before ?? null, after });
  return after;
}

/**
 * Turns a helpdesk ticket into a complaint through a mapping. Idempotent by ticket id: the mapped
 * `externalId` names one complaint, so a resent or updated ticket returns the complaint it made.
 * A ticket that maps to an invalid complaint is refused field by field, naming the ticket's path.
 */
export async function intakeTicket(
  tx: Tx,
  mapping: FieldMapping,
  ticket: Record<string, unknown>,
  options: { recordedBy: (mapped: string | undefined) => string | null; matching?: MatchingEngine | undefined },
): Promise<IntakeOutcome> {
  const { values, sources } = applyMapping(mapping, ticket);
  const parsed = CreateComplaintBody.safeParse({ ...values, recordedBy: options.recordedBy(values.recordedBy) ?? undefined });
  if (!values.externalId || !parsed.success) {
    const issues: FieldIssue[] = [];
    if (!values.externalId) issues.push({ path: ['externalId'], code: 'intake_unmapped', params: { source: mapping.externalId?.paths.join(' | ') ?? 'unmapped' } });
    for (const i of parsed.success ? [] : parsed.error.issues) {
      const field = String(i.path[0] ?? '');
      issues.push({ path: [field], code: 'intake_invalid', params: { source: sources[field as keyof typeof sources] ?? mapping[field as keyof FieldMapping]?.paths.join(' | ') ?? 'unmapped', message: i.message } });
    }
    throw new AndonError('validation_failed', { count: issues.length }, issues);
  }
  const existing = await findComplaintByExternalId(tx.db, values.externalId);
  if (existing) return { complaint: existing, replayed: true, action: 'replayed', andonId: existing.andonId, targetStatus: null };
  const r = await recordComplaint(tx, parsed.data, { matching: options.matching });
  return { complaint: r.complaint, replayed: r.replayed, action: r.action, andonId: r.andon?.id ?? null, targetStatus: r.targetStatus };
}
