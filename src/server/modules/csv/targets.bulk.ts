import { AndonError, unknownReference } from '#domain/errors.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudits } from '../audit/audit.repository.ts';
import type { CreateTargetInput } from '../targets/targets.schema.ts';
import { insertTargets, presentTarget, type TargetRecord } from '../targets/targets.repository.ts';
import { newTarget, statusSnapshot, updateTarget } from '../targets/targets.service.ts';
import { existingIds, targetIdsByRef } from './csv.repository.ts';

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
    created.push(newTarget(i, now));
  });
  await insertTargets(tx.db, created);
  await recordAudits(
    tx,
    created.map((t) => ({ action: 'target.created', subjectType: 'target', subjectId: t.id, targetId: t.id, after: presentTarget(t) })),
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
