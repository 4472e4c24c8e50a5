import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { MatchingMode } from '#domain/matching/rank.ts';
import type { TermEntry } from '#domain/matching/term-table.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';

export interface MatchingSetting {
  targetKind: string;
  mode: MatchingMode;
  /** null: the calibrated threshold. */
  threshold: number | null;
  updatedAt: string;
}

export async function matchingSettings(db: Kysely<Database>): Promise<MatchingSetting[]> {
  const rows = await db.selectFrom('matching_settings').selectAll().orderBy('target_kind').execute();
  return rows.map((r) => ({ targetKind: r.target_kind, mode: r.mode as MatchingMode, threshold: r.threshold === null ? null : Number(r.threshold), updatedAt: r.updated_at }));
}

export async function matchingSettingFor(db: Kysely<Database>, kind: string): Promise<MatchingSetting | undefined> {
  return (await matchingSettings(db)).find((s) => s.targetKind === kind);
}

export async function upsertMatchingSetting(db: Kysely<Database>, s: MatchingSetting): Promise<void> {
  await db
    .insertInto('matching_settings')
    .values({ target_kind: s.targetKind, mode: s.mode, threshold: s.threshold, updated_at: s.updatedAt })
    .onConflict((oc) => oc.column('target_kind').doUpdateSet({ mode: s.mode, threshold: s.threshold, updated_at: s.updatedAt }))
    .execute();
}

/** The newest complaints' texts with their target (for corpus weights and calibration); newer than `after` when given. */
export async function recentComplaintTexts(db: Kysely<Database>, limit: number, after?: string) {
  let q = db
    .selectFrom('complaints')
    .innerJoin('targets', 'targets.id', 'complaints.target_id')
    .select(['complaints.id as id', 'complaints.text as text', 'complaints.target_id as targetId', 'targets.name as targetName']);
  if (after !== undefined) q = q.where('complaints.id', '>', after).orderBy('complaints.id', 'asc');
  else q = q.orderBy('complaints.id', 'desc');
  return q.limit(limit).execute();
}

/** The texts of every pair agents confirmed as the same problem (what synonyms are learned from). */
export async function confirmedPairTexts(db: Kysely<Database>): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('problem_links')
    .innerJoin('complaints as a', 'a.id', 'problem_links.complaint_a')
    .innerJoin('complaints as b', 'b.id', 'problem_links.complaint_b')
    .select(['a.text as a', 'b.text as b'])
    .where('problem_links.verdict', '=', 'confirm')
    .execute();
  return rows.map((r) => [r.a, r.b]);
}

export interface ProblemLink {
  id: string;
  complaintA: string;
  complaintB: string;
  targetId: string;
  verdict: 'confirm' | 'reject';
  decidedBy: string;
  decidedAt: string;
}

export async function linksOfTarget(db: Kysely<Database>, targetId: string): Promise<ProblemLink[]> {
  const rows = await db.selectFrom('problem_links').selectAll().where('target_id', '=', targetId).orderBy('decided_at').execute();
  return rows.map((r) => ({
    id: r.id,
    complaintA: r.complaint_a,
    complaintB: r.complaint_b,
    targetId: r.target_id,
    verdict: r.verdict as ProblemLink['verdict'],
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }));
}

/** Records an agent's verdict on a pair; a later verdict on the same pair replaces the earlier one. */
export async function saveLink(db: Kysely<Database>, link: Omit<ProblemLink, 'id'>): Promise<ProblemLink> {
  const [a, b] = link.complaintA < link.complaintB ? [link.complaintA, link.complaintB] : [link.complaintB, link.complaintA];
  const id = uuidv7();
  await db
    .insertInto('problem_links')
    .values({ id, complaint_a: a, complaint_b: b, target_id: link.targetId, verdict: link.verdict, decided_by: link.decidedBy, decided_at: link.decidedAt })
    .onConflict((oc) =>
      oc.columns(['complaint_a', 'complaint_b']).doUpdateSet({ verdict: link.verdict, decided_by: link.decidedBy, decided_at: link.decidedAt }),
    )
    .execute();
  return { ...link, id, complaintA: a, complaintB: b };
}

export async function userTerms(db: Kysely<Database>): Promise<TermEntry[]> {
  const rows = await db.selectFrom('match_terms').select(['concept', 'terms']).orderBy('concept').execute();
  return rows.map((r) => ({ concept: r.concept, terms: fromJson<string[]>(r.terms) }));
}

export async function saveTerm(db: Kysely<Database>, entry: TermEntry, at: string): Promise<void> {
  await db
    .insertInto('match_terms')
    .values({ id: uuidv7(), concept: entry.concept, terms: toJson(entry.terms), created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('concept').doUpdateSet({ terms: toJson(entry.terms), updated_at: at }))
    .execute();
}

export async function deleteTerm(db: Kysely<Database>, concept: string): Promise<boolean> {
  const r = await db.deleteFrom('match_terms').where('concept', '=', concept).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** A target's complaints within a window (any issue code), newest first, for ranking. */
export async function targetComplaintsSince(db: Kysely<Database>, targetId: string, since: string, limit = 500) {
  return db
    .selectFrom('complaints')
    .select(['id', 'customer_ref', 'issue_code', 'text', 'occurred_at', 'order_ref', 'lot_ref', 'recorded_by', 'andon_id', 'andon_role'])
    .where('target_id', '=', targetId)
    .where('occurred_at', '>=', since)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute();
}
