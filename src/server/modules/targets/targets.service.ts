import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import { AndonError, notFound, unknownReference } from '#domain/errors.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import type { TargetStatusSnapshot } from '../../events.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { findTeam } from '../teams/teams.repository.ts';
import {
  findTarget,
  findTargetByRef,
  insertTarget,
  presentTarget,
  setTargetStatus,
  type TargetRecord,
  updateTargetRow,
} from './targets.repository.ts';
import type { CreateTargetInput, UpdateTargetInput } from './targets.schema.ts';

function duplicateRef(ref: string): AndonError {
  return new AndonError('already_exists', { entity: 'target', field: 'ref', value: ref }, [
    { path: ['ref'], code: 'duplicate', params: { value: ref } },
  ]);
}

async function checkReferences(
  db: Kysely<Database>,
  input: Pick<CreateTargetInput, 'organisationId' | 'supplierTeamId' | 'qualityTeamId'>,
): Promise<void> {
  if (input.organisationId && !(await findOrganisation(db, input.organisationId))) {
    throw unknownReference('organisationId', input.organisationId);
  }
  for (const field of ['supplierTeamId', 'qualityTeamId'] as const) {
    const id = input[field];
    if (id && !(await findTeam(db, id))) throw unknownReference(field, id);
  }
}

export function statusSnapshot(t: TargetRecord, previousRef?: string): TargetStatusSnapshot {
  return {
    id: t.id,
    ref: t.ref,
    previousRef,
    status: t.status,
    andonId: t.statusAndonId,
    since: t.statusChangedAt,
    version: t.statusVersion,
  };
}

/** A new target as registered: on sale, at status version 1. */
export function newTarget(input: CreateTargetInput, now: string): TargetRecord {
  return {
    id: uuidv7(),
    ref: input.ref,
    kind: input.kind,
    name: input.name,
    organisationId: input.organisationId ?? null,
    supplierTeamId: input.supplierTeamId ?? null,
    qualityTeamId: input.qualityTeamId ?? null,
    monthlyGmv: input.monthlyGmv ?? null,
    status: 'on_sale',
    onSale: true,
    statusReason: null,
    statusAndonId: null,
    statusChangedAt: null,
    statusVersion: 1,
    attributes: input.attributes ?? {},
    createdAt: now,
    updatedAt: now,
  };
}

/** Registers something that can be stopped; it starts on sale. */
export async function createTarget(tx: Tx, input: CreateTargetInput): Promise<TargetRecord> {
  if (await findTargetByRef(tx.db, input.ref)) throw duplicateRef(input.ref);
  await checkReferences(tx.db, input);
  const target = newTarget(input, tx.now.toISOString());
  await insertTarget(tx.db, target);
  await recordAudit(tx, { action: 'target.created', subjectType: 'target', subjectId: target.id, targetId: target.id, after: presentTarget(target) });
  tx.emit({ type: 'target.upserted', target: statusSnapshot(target) });
  return target;
}

/** Changes a target's details; its sale status changes only through andons. */
export async function updateTarget(tx: Tx, id: string, input: UpdateTargetInput): Promise<TargetRecord> {
  const before = await findTarget(tx.db, id);
  if (!before) throw notFound('target', id);
  await checkReferences(tx.db, input);
  const after: TargetRecord = { ...before, updatedAt: tx.now.toISOString() };
  for (const key of ['ref', 'kind', 'name', 'organisationId', 'supplierTeamId', 'qualityTeamId', 'monthlyGmv', 'attributes'] as const) {
    if (input[key] !== undefined) (after as unknown as Record<string, unknown>)[key] = input[key] ?? null;
  }
  after.attributes ??= {};
  if (after.ref !== before.ref && (await findTargetByRef(tx.db, after.ref))) throw duplicateRef(after.ref);
  try {
    await updateTargetRow(tx.db, after);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateRef(after.ref);
    throw error;
  }
  await recordAudit(tx, {
    action: 'target.updated',
    subjectType: 'target',
    subjectId: id,
    targetId: id,
    before: presentTarget(before),
    after: presentTarget(after),
  });
  if (after.ref !== before.ref) tx.emit({ type: 'target.upserted', target: statusSnapshot(after, before.ref) });
  return after;
}

/** Finds a target by its id or by the caller's ref. */
export async function getTarget(db: Kysely<Database>, by: { id?: string | null | undefined; ref?: string | null | undefined }) {
  if (by.id) return findTarget(db, by.id);
  if (by.ref) return findTargetByRef(db, by.ref);
  return undefined;
}

export { lockTarget } from './targets.repository.ts';

/**
 * Takes a target off sale for an andon. A target already off sale for another andon stays so,
 * under that andon; only an on-sale target changes status.
 */
export async function suppressTarget(
  tx: Tx,
  target: TargetRecord,
  andon: { id: string; reason: string },
): Promise<TargetRecord> {
  if (target.status !== 'on_sale') return target;
  const after = await setTargetStatus(tx.db, target.id, {
    status: 'suppressed',
    reason: andon.reason,
    andonId: andon.id,
    at: tx.now.toISOString(),
  });
  await recordAudit(tx, {
    action: 'target.suppressed',
    subjectType: 'target',
    subjectId: target.id,
    targetId: target.id,
    andonId: andon.id,
    before: { status: target.status },
    after: { status: after.status, reason: andon.reason, andonId: andon.id },
  });
  tx.emit({ type: 'target.suppressed', target: statusSnapshot(after), andonId: andon.id });
  return after;
}

/**
 * Puts a target back on sale when its andon closes (relisted after acceptance, or found invalid).
 * Another open andon on the target keeps it off sale, now under that andon; a retired target stays
 * retired.
 */
export async function relistTarget(
  tx: Tx,
  target: TargetRecord,
  andon: { id: string; reason: string; otherOpenAndonId: string | null },
): Promise<TargetRecord> {
  if (target.status !== 'suppressed') return target;
  const at = tx.now.toISOString();
  if (andon.otherOpenAndonId) {
    if (target.statusAndonId !== andon.id) return target;
    const held = await setTargetStatus(tx.db, target.id, { status: 'suppressed', reason: target.statusReason, andonId: andon.otherOpenAndonId, at });
    await recordAudit(tx, {
      action: 'target.held',
      subjectType: 'target',
      subjectId: target.id,
      targetId: target.id,
      andonId: andon.otherOpenAndonId,
      before: { andonId: andon.id },
      after: { status: held.status, andonId: andon.otherOpenAndonId },
    });
    tx.emit({ type: 'target.suppressed', target: statusSnapshot(held), andonId: andon.otherOpenAndonId });
    return held;
  }
  const after = await setTargetStatus(tx.db, target.id, { status: 'on_sale', reason: andon.reason, andonId: null, at });
  await recordAudit(tx, {
    action: 'target.relisted',
    subjectType: 'target',
    subjectId: target.id,
    targetId: target.id,
    andonId: andon.id,
    before: { status: target.status, andonId: target.statusAndonId },
    after: { status: after.status, reason: andon.reason },
  });
  tx.emit({ type: 'target.relisted', target: statusSnapshot(after) });
  return after;
}

/** Takes a target off sale for good (a repair shop that could not rectify): it is not coming back. */
export async function retireTarget(tx: Tx, target: TargetRecord, andon: { id: string; reason: string }): Promise<TargetRecord> {
  if (target.status === 'retired') return target;
  const after = await setTargetStatus(tx.db, target.id, { status: 'retired', reason: andon.reason, andonId: andon.id, at: tx.now.toISOString() });
  await recordAudit(tx, {
    action: 'target.retired',
    subjectType: 'target',
    subjectId: target.id,
    targetId: target.id,
    andonId: andon.id,
    before: { status: target.status, andonId: target.statusAndonId },
    after: { status: after.status, reason: andon.reason },
  });
  tx.emit({ type: 'target.retired', target: statusSnapshot(after) });
  return after;
}
