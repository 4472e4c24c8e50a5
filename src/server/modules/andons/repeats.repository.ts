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
/** Distinct customers are counted up to this many (the largest threshold a rule may have). */
export const COUNT_LIMIT = 1000;

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

const unattachedOrOfAndon = (limit: number) =>
  prepared<{ targetId: string; issueCode: string; since: string; andonId: string }, EvidenceRow>((db, p) =>
    db
      .selectFrom('complaints')
      .select(evidenceColumns)
      .where('target_id', '=', p('targetId'))
      .where('issue_code', '=', p('issueCode'))
      .where('occurred_at', '>=', p('since'))
      .where((eb) => eb.or([eb('andon_id', 'is', null), eb('andon_id', '=', p('andonId'))]))
      .orderBy('occurred_at', 'desc')
      .limit(limit),
  );
const unattachedOrOfAndonInWindow = unattachedOrOfAndon(SCAN_LIMIT);
/** When the open andon counts its own customers, only the evidence shown is read. */
const evidenceOfAndonInWindow = unattachedOrOfAndon(EVIDENCE_LIMIT);

export async function repeatCandidates(
  db: Kysely<Database>,
  q: {
    targetId: string;
    issueCode: string;
    since: string;
    openAndonId: string | null;
    /** The open andon's own count of customers (kept as complaints attach): no need to count again. */
    andonCustomers?: number;
  },
): Promise<RepeatRows> {
  const andonId = q.openAndonId;
  const known = andonId !== null && q.andonCustomers !== undefined;
  const limit = known ? EVIDENCE_LIMIT : SCAN_LIMIT;
  const rows = andonId
    ? await (known ? evidenceOfAndonInWindow : unattachedOrOfAndonInWindow).execute(db, { targetId: q.targetId, issueCode: q.issueCode, since: q.since, andonId })
    : await unattachedInWindow.execute(db, { targetId: q.targetId, issueCode: q.issueCode, since: q.since });
  const candidates = rows.map((r) => ({ id: r.id, customerRef: r.customer_ref, occurredAt: r.occurred_at }));
  let distinctCustomers = new Set(candidates.map((c) => c.customerRef)).size;
  if (known && rows.length === limit) {
    // A complaint on an open andon: its complaints are the candidates, and it knows how many customers sent them.
    distinctCustomers = Math.max(distinctCustomers, q.andonCustomers ?? 0);
  } else if (rows.length === limit) {
    // Past the scan limit (a problem that does not count piles up, a storm on an open andon), the
    // database counts the rest — up to COUNT_LIMIT distinct customers, so a complaint never costs
    // a scan of every complaint before it (a rule's threshold is at most COUNT_LIMIT).
    let customers = db
      .selectFrom('complaints')
      .select('customer_ref')
      .distinct()
      .where('target_id', '=', q.targetId)
      .where('issue_code', '=', q.issueCode)
      .where('occurred_at', '>=', q.since);
    customers = andonId
      ? customers.where((eb) => eb.or([eb('andon_id', 'is', null), eb('andon_id', '=', andonId)]))
      : customers.where('andon_id', 'is', null);
    const countQuery = db.selectFrom(customers.limit(COUNT_LIMIT).as('d')).select(sql<number>`count(*)`.as('n'));
    distinctCustomers = Number((await countQuery.executeTakeFirstOrThrow()).n);
  }
  return { candidates, evidence: rows.slice(0, EVIDENCE_LIMIT).map(toEvidence), distinctCustomers };
}

/** A complaint row as repeat evidence. */
export function toEvidence(r: {
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
/**
 * One more complaint on an andon: its counts grow by one complaint, and by one customer unless
 * that customer already complained on it (one index look-up, never a recount), atomically.
 */
export async function countAttached(
  db: Kysely<Database>,
  andonId: string,
  complaintId: string,
  at: string,
): Promise<{ complaints: number; customers: number }> {
  const mine = db.selectFrom('complaints').select('customer_ref').where('id', '=', complaintId);
  const seen = await db
    .selectFrom('complaints')
    .select('id')
    .where('customer_ref', '=', mine)
    .where('andon_id', '=', andonId)
    .where('id', '!=', complaintId)
    .limit(1)
    .executeTakeFirst();
  const r = await db
    .updateTable('andons')
    .set((eb) => ({
      complaint_count: eb('complaint_count', '+', 1),
      distinct_customers: eb('distinct_customers', '+', seen ? 0 : 1),
      updated_at: at,
    }))
    .where('id', '=', andonId)
    .returning(['complaint_count', 'distinct_customers'])
    .executeTakeFirstOrThrow();
  return { complaints: Number(r.complaint_count), customers: Number(r.distinct_customers) };
}

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
