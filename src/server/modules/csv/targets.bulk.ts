import { uuidv7 } from 'uuidv7';
import { AndonError, unknownReference } from '#domain/errors.ts';
import { toJson } from '../../db/dialect.ts';
import type { Tx } from '../../db/writer.ts';
import type { CreateTargetInput } from '../targets/targets.schema.ts';
import { presentTarget, type TargetRecord } from '../targets/targets.repository.ts';
import { statusSnapshot, updateTarget } from '../targets/targets.service.ts';
import { existingIds, insertMany, targetIdsByRef } from './csv.repository.ts';

export type RowOutcome = { ok: true } | { ok: false; error: unknown };

/**
 * Upserts a batch of targets by ref in one unit of work, as `createTarget`/`updateTarget` would
 * one by one (the same records, audit events and status events), with a handful of statements
 * for the whole batch: references checked at once, new targets and their audit events inserted
 * in multi-row statements. Known refs are updated one by one. A row whose reference is unknown
 * is refused on its own.
 */
export async function upsertTargetsBatch(tx: Tx, inputs: readonly CreateTargetInput[]): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = inputs.map(() => ({ ok: true }));
  const teams = await existingIds(tx.db, 'teams', [...new Set(inputs.flatMap((i) => [i.supplierTeamId, i.qualityTeamId]).filter((x): x is string => Boolean(x)))]);
  const orgs = await existingIds(tx.db, 'organisations', [...new Set(inputs.map((i) => i.organisationId).filter((x): x is string => Boolean(x)))]);
  inputs.forEach((i, n) => {
    if (i.organisationId && !orgs.has(i.organisationId)) outcomes[n] = { ok: false, error: unknownReference('organisationId', i.organisationId) };
    for (const field of ['supplierTeamId', 'qualityTeamId'] as const) {
      const id = i[field];
      if (id && !teams.has(id) && outcomes[n]!.ok) outcomes[n] = { ok: false, error: unknownReference(field, id) };
    }
  });
  const known = await targetIdsByRef(tx.db, inputs.map((i) => i.ref));
  const now = tx.now.toISOString();
  const created: TargetRecord[] = [];
  const later: number[] = [];
  const seen = new Set<string>();
  inputs.forEach((i, n) => {
    if (!outcomes[n]!.ok) return;
    if (known.has(i.ref) || seen.has(i.ref)) return later.push(n);
    seen.add(i.ref);
    created.push({
      id: uuidv7(),
      ref: i.ref,
      kind: i.kind,
      name: i.name,
      organisationId: i.organisationId ?? null,
      supplierTeamId: i.supplierTeamId ?? null,
      qualityTeamId: i.qualityTeamId ?? null,
      monthlyGmv: i.monthlyGmv ?? null,
      status: 'on_sale',
      onSale: true,
      statusReason: null,
      statusAndonId: null,
      statusChangedAt: null,
      statusVersion: 1,
      attributes: i.attributes ?? {},
      createdAt: now,
      updatedAt: now,
    });
  });
  await insertMany(
    tx.db,
    'targets',
    created.map((t) => ({
      id: t.id,
      ref: t.ref,
      kind: t.kind,
      name: t.name,
      organisation_id: t.organisationId,
      supplier_team_id: t.supplierTeamId,
      quality_team_id: t.qualityTeamId,
      monthly_gmv_minor: t.monthlyGmv?.amountMinor ?? null,
      currency: t.monthlyGmv?.currency ?? null,
      status: t.status,
      status_reason: null,
      status_andon_id: null,
      status_changed_at: null,
      status_version: 1,
      attributes: toJson(t.attributes),
      created_at: now,
      updated_at: now,
    })),
  );
  await insertMany(
    tx.db,
    'audit_events',
    created.map((t) => ({
      id: uuidv7(),
      at: now,
      actor: tx.actor.id,
      action: 'target.created',
      subject_type: 'target',
      subject_id: t.id,
      andon_id: null,
      target_id: t.id,
      before: null,
      after: toJson(presentTarget(t)),
      request_id: tx.actor.requestId ?? null,
      via: tx.actor.via ?? null,
    })),
  );
  for (const t of created) tx.emit({ type: 'target.upserted', target: statusSnapshot(t) });
  // Known refs (and a ref repeated in the file): updated in order, each refused on its own.
  for (const n of later) {
    const input = inputs[n]!;
    const id = known.get(input.ref) ?? (await targetIdsByRef(tx.db, [input.ref])).get(input.ref);
    try {
      if (!id) throw new AndonError('not_found', { entity: 'target', id: input.ref });
      await updateTarget(tx, id, input);
    } catch (error) {
      outcomes[n] = { ok: false, error };
    }
  }
  return outcomes;
}
