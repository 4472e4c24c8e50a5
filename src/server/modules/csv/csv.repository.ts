import type { Kysely } from 'kysely';
import { fromJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import { toIssueCode } from '../issue-codes/issue-codes.repository.ts';

type Page = { rows: Record<string, unknown>[]; next: string | null };

/** Targets in id order after the cursor, as CSV cells (the import's columns). */
export async function listTargetsPage(db: Kysely<Database>, cursor: string | null, limit: number): Promise<Page> {
  let q = db.selectFrom('targets').selectAll().orderBy('id').limit(limit);
  if (cursor) q = q.where('id', '>', cursor);
  const rows = await q.execute();
  return {
    rows: rows.map((r) => ({
      ref: r.ref,
      kind: r.kind,
      name: r.name,
      organisationId: r.organisation_id,
      supplierTeamId: r.supplier_team_id,
      qualityTeamId: r.quality_team_id,
      gmvMinor: r.monthly_gmv_minor,
      currency: r.currency,
      attributes: JSON.stringify(fromJson(r.attributes) ?? {}),
      status: r.status,
      id: r.id,
    })),
    next: rows.length === limit ? rows[rows.length - 1]!.id : null,
  };
}

/** Issue codes in code order after the cursor. */
export async function listIssueCodesPage(db: Kysely<Database>, cursor: string | null, limit: number): Promise<Page> {
  let q = db.selectFrom('issue_codes').selectAll().orderBy('code').limit(limit);
  if (cursor) q = q.where('code', '>', cursor);
  const rows = await q.execute();
  return {
    // The export writes only the kind's columns, so the timestamps stay out of the file.
    rows: rows.map(toIssueCode),
    next: rows.length === limit ? rows[rows.length - 1]!.code : null,
  };
}

/** Complaints in id (creation) order after the cursor, with their target's ref. */
export async function listComplaintsPage(db: Kysely<Database>, cursor: string | null, limit: number): Promise<Page> {
  let q = db
    .selectFrom('complaints as c')
    .innerJoin('targets as t', 't.id', 'c.target_id')
    .select([
      'c.id',
      'c.external_id',
      't.ref',
      'c.customer_ref',
      'c.issue_code',
      'c.text',
      'c.order_ref',
      'c.lot_ref',
      'c.channel',
      'c.recorded_by',
      'c.occurred_at',
      'c.compensation_kind',
      'c.andon_id',
      'c.created_at',
    ])
    .orderBy('c.id')
    .limit(limit);
  if (cursor) q = q.where('c.id', '>', cursor);
  const rows = await q.execute();
  return {
    rows: rows.map((r) => ({
      externalId: r.external_id,
      targetRef: r.ref,
      customerRef: r.customer_ref,
      issueCode: r.issue_code,
      text: r.text,
      orderRef: r.order_ref,
      lotRef: r.lot_ref,
      channel: r.channel,
      recordedBy: r.recorded_by,
      occurredAt: r.occurred_at,
      compensationKind: r.compensation_kind,
      id: r.id,
      andonId: r.andon_id,
      createdAt: r.created_at,
    })),
    next: rows.length === limit ? rows[rows.length - 1]!.id : null,
  };
}

/** Which of these ids exist in a table (for reference checks of a whole batch at once). */
export async function existingIds(db: Kysely<Database>, table: 'teams' | 'organisations', ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

/** The ids of the targets with these refs. */
export async function targetIdsByRef(db: Kysely<Database>, refs: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await db.selectFrom('targets').select(['id', 'ref']).where('ref', 'in', refs.slice(i, i + 500)).execute();
    for (const r of rows) found.set(r.ref, r.id);
  }
  return found;
}
