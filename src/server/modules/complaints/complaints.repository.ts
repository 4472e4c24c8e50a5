import type { Kysely, Selectable } from 'kysely';
import type { Channel, CompensationKind } from '#domain/targets.ts';
import { prepared } from '../../db/prepared.ts';
import type { ComplaintsTable, Database } from '../../db/schema.ts';
import type { Complaint, ListComplaintsFilter } from './complaints.schema.ts';

export interface ComplaintRecord extends Complaint {
  requestHash: string | null;
}

function toComplaint(r: Selectable<ComplaintsTable>): ComplaintRecord {
  return {
    id: r.id,
    externalId: r.external_id,
    requestHash: r.request_hash,
    targetId: r.target_id,
    customerRef: r.customer_ref,
    issueCode: r.issue_code,
    text: r.text,
    orderRef: r.order_ref,
    lotRef: r.lot_ref,
    channel: r.channel as Channel | null,
    compensation: r.compensation_kind
      ? {
          kind: r.compensation_kind as CompensationKind,
          amount:
            r.compensation_minor === null || r.compensation_currency === null
              ? null
              : { amountMinor: Number(r.compensation_minor), currency: r.compensation_currency },
        }
      : null,
    recordedBy: r.recorded_by,
    occurredAt: r.occurred_at,
    createdAt: r.created_at,
    andonId: r.andon_id,
    andonRole: r.andon_role as Complaint['andonRole'],
  };
}

export function presentComplaint(c: ComplaintRecord): Complaint {
  const { requestHash: _hash, ...rest } = c;
  return rest;
}

const complaintColumns = [
  'id',
  'external_id',
  'request_hash',
  'target_id',
  'customer_ref',
  'issue_code',
  'text',
  'order_ref',
  'lot_ref',
  'channel',
  'compensation_kind',
  'compensation_minor',
  'compensation_currency',
  'recorded_by',
  'occurred_at',
  'created_at',
  'andon_id',
  'andon_role',
] as const;
type ComplaintRow = Record<(typeof complaintColumns)[number], unknown>;

const insertComplaintRow = prepared<ComplaintRow, never>((db, p) =>
  db
    .insertInto('complaints')
    .values(Object.fromEntries(complaintColumns.map((c) => [c, p(c)])) as never)
    .onConflict((oc) => oc.column('external_id').doNothing()),
);

/** Inserts a complaint; with an external id already used, inserts nothing and returns false. */
export async function insertComplaint(db: Kysely<Database>, c: ComplaintRecord): Promise<boolean> {
  const inserted = await insertComplaintRow.run(db, {
    id: c.id,
    external_id: c.externalId,
    request_hash: c.requestHash,
    target_id: c.targetId,
    customer_ref: c.customerRef,
    issue_code: c.issueCode,
    text: c.text,
    order_ref: c.orderRef,
    lot_ref: c.lotRef,
    channel: c.channel,
    compensation_kind: c.compensation?.kind ?? null,
    compensation_minor: c.compensation?.amount?.amountMinor ?? null,
    compensation_currency: c.compensation?.amount?.currency ?? null,
    recorded_by: c.recordedBy,
    occurred_at: c.occurredAt,
    created_at: c.createdAt,
    andon_id: c.andonId,
    andon_role: c.andonRole,
  });
  return inserted > 0n;
}

export async function findComplaint(db: Kysely<Database>, id: string): Promise<ComplaintRecord | undefined> {
  const r = await db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toComplaint(r);
}

export async function findComplaintByExternalId(db: Kysely<Database>, externalId: string): Promise<ComplaintRecord | undefined> {
  const r = await db.selectFrom('complaints').selectAll().where('external_id', '=', externalId).executeTakeFirst();
  return r && toComplaint(r);
}

export async function listComplaints(db: Kysely<Database>, f: ListComplaintsFilter): Promise<ComplaintRecord[]> {
  let q = db.selectFrom('complaints').selectAll();
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.issueCode) q = q.where('issue_code', '=', f.issueCode);
  if (f.customerRef) q = q.where('customer_ref', '=', f.customerRef);
  if (f.andonId) q = q.where('andon_id', '=', f.andonId);
  if (f.externalId) q = q.where('external_id', '=', f.externalId);
  if (f.since) q = q.where('occurred_at', '>=', new Date(f.since).toISOString());
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toComplaint);
}
