import { type Kysely, sql } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { Database } from '../../db/schema.ts';
import type { ComplaintEvidence } from './andons.schema.ts';

/**
 * The read model of repeat detection: complaints of one target and one problem that are not yet
 * part of an andon, or that belong to the given open andon (index: target, issue code, occurrence).
 */
const EVIDENCE_LIMIT = 50;
const SCAN_LIMIT = 200;

export interface RepeatRows {
  /** Newest first; each with the customer, for counting. */
  candidates: { id: string; customerRef: string; occurredAt: string }[];
  /** The newest candidates in full, to show as evidence. */
  evidence: ComplaintEvidence[];
  /** Distinct customers among all candidates, even beyond the scan limit. */
  distinctCustomers: number;
}

type EvidenceRow = {
  id: string;
  customer_ref: string;
  occurred_at: string;
  text: string;
  order_ref: string | null;
  lot_ref: string | null;
  recorded_by: string | null;
  andon_role: string | null;
};
const evidenceColumns = ['id', 'customer_ref', 'occurred_at', 'text', 'order_ref', 'lot_ref', 'recorded_by', 'andon_role'] as const;

// Newest first by occurrence only: ordering by a column outside the index would cost a sort.
const unattachedInWindow = prepared<{ targetId: string; issueCode: string; since: string }, EvidenceRow>((db, p) =>
  db
    .selectFrom('complaints')
    .select(evidenceColumns)
    .where('target_id', '=', p('targetId'))
    .where('issue_code', '=', p('issueCode'))
    .where('occurred_at', '>=', p('since'))
    .where('andon_id', 'is', null)
    .orderBy('occurred_at', 'desc')
    .limit(SCAN_LIMIT),
);

const unattachedOrOfAndonInWindow = prepared<{ targetId: string; issueCode: string; since: string; andonId: string }, EvidenceRow>(
  (db, p) =>
    db
      .selectFrom('complaints')
      .select(evidenceColumns)
      .where('target_id', '=', p('targetId'))
      .where('issue_code', '=', p('issueCode'))
      .where('occurred_at', '>=', p('since'))
      .where((eb) => eb.or([eb('andon_id', 'is', null), eb('andon_id', '=', p('andonId'))]))
      .orderBy('occurred_at', 'desc')
      .limit(SCAN_LIMIT),
);

export async function repeatCandidates(
  db: Kysely<Database>,
  q: { targetId: string; issueCode: string; since: string; openAndonId: string | null },
): Promise<RepeatRows> {
  const andonId = q.openAndonId;
  const rows = andonId
    ? await unattachedOrOfAndonInWindow.execute(db, { targetId: q.targetId, issueCode: q.issueCode, since: q.since, andonId })
    : await unattachedInWindow.execute(db, { targetId: q.targetId, issueCode: q.issueCode, since: q.since });
  const candidates = rows.map((r) => ({ id: r.id, customerRef: r.customer_ref, occurredAt: r.occurred_at }));
  let distinctCustomers = new Set(candidates.map((c) => c.customerRef)).size;
  if (rows.length === SCAN_LIMIT) {
    // Past the scan limit (a problem that does not count piles up), the database counts the rest.
    let countQuery = db
      .selectFrom('complaints')
      .select(sql<number>`count(distinct customer_ref)`.as('n'))
      .where('target_id', '=', q.targetId)
      .where('issue_code', '=', q.issueCode)
      .where('occurred_at', '>=', q.since);
    countQuery = andonId
      ? countQuery.where((eb) => eb.or([eb('andon_id', 'is', null), eb('andon_id', '=', andonId)]))
      : countQuery.where('andon_id', 'is', null);
    distinctCustomers = Number((await countQuery.executeTakeFirstOrThrow()).n);
  }
  return { candidates, evidence: rows.slice(0, EVIDENCE_LIMIT).map(toEvidence), distinctCustomers };
}

function toEvidence(r: {
  id: string;
  customer_ref: string;
  occurred_at: string;
  text: string;
  order_ref: string | null;
  lot_ref: string | null;
  recorded_by: string | null;
  andon_role: string | null;
}): ComplaintEvidence {
  return {
    id: r.id,
    customerRef: r.customer_ref,
    occurredAt: r.occurred_at,
    text: r.text,
    orderRef: r.order_ref,
    lotRef: r.lot_ref,
    recordedBy: r.recorded_by,
    andonRole: r.andon_role as ComplaintEvidence['andonRole'],
  };
}

/** An andon's complaints, newest first. */
export async function andonComplaints(db: Kysely<Database>, andonId: string, limit = 500): Promise<ComplaintEvidence[]> {
  const rows = await db
    .selectFrom('complaints')
    .select(['id', 'customer_ref', 'occurred_at', 'text', 'order_ref', 'lot_ref', 'recorded_by', 'andon_role'])
    .where('andon_id', '=', andonId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toEvidence);
}

/** Joins every eligible complaint of a problem's window to a new andon; returns how many. */
export async function attachEligible(
  db: Kysely<Database>,
  andonId: string,
  q: { targetId: string; issueCode: string; since: string },
): Promise<number> {
  const result = await db
    .updateTable('complaints')
    .set({ andon_id: andonId, andon_role: 'trigger' })
    .where('target_id', '=', q.targetId)
    .where('issue_code', '=', q.issueCode)
    .where('occurred_at', '>=', q.since)
    .where('andon_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Joins complaints to an andon, as its trigger or as later arrivals. */
export async function attachComplaints(
  db: Kysely<Database>,
  andonId: string,
  ids: readonly string[],
  role: 'trigger' | 'attached',
): Promise<number> {
  let attached = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const result = await db
      .updateTable('complaints')
      .set({ andon_id: andonId, andon_role: role })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('andon_id', 'is', null)
      .executeTakeFirst();
    attached += Number(result.numUpdatedRows);
  }
  return attached;
}

/** Complaint and distinct-customer counts of an andon. */
export async function andonCounts(db: Kysely<Database>, andonId: string): Promise<{ complaints: number; customers: number }> {
  const r = await db
    .selectFrom('complaints')
    .select([sql<number>`count(*)`.as('complaints'), sql<number>`count(distinct customer_ref)`.as('customers')])
    .where('andon_id', '=', andonId)
    .executeTakeFirstOrThrow();
  return { complaints: Number(r.complaints), customers: Number(r.customers) };
}

/** The target and problem a complaint is about, with what the customer said. */
export async function complaintProblem(
  db: Kysely<Database>,
  complaintId: string,
): Promise<{ targetId: string; issueCode: string; customerRef: string; text: string; occurredAt: string } | undefined> {
  const r = await db
    .selectFrom('complaints')
    .select(['target_id', 'issue_code', 'customer_ref', 'text', 'occurred_at'])
    .where('id', '=', complaintId)
    .executeTakeFirst();
  return r && { targetId: r.target_id, issueCode: r.issue_code, customerRef: r.customer_ref, text: r.text, occurredAt: r.occurred_at };
}
