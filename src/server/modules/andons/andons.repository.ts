import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { AndonState, PullTrigger } from '#domain/andon.ts';
import type { Money } from '#domain/money.ts';
import type { RuleMode } from '#domain/rules.ts';
import { dialectOf, forUpdate, fromJson, toJson } from '../../db/dialect.ts';
import type { RootCauseCategory } from '#domain/five-whys.ts';
import type { InvalidReason, ReviewVerdict } from '#domain/lifecycle.ts';
import { prepared } from '../../db/prepared.ts';
import type { AndonsTable, Database } from '../../db/schema.ts';
import type { Andon, ListAndonsFilter, Rectification } from './andons.schema.ts';

export type AndonRecord = Andon;

function toAndon(r: Selectable<AndonsTable>): AndonRecord {
  const rule = fromJson<{ threshold: number; windowDays: number; mode: RuleMode }>(r.rule_snapshot);
  return {
    id: r.id,
    targetId: r.target_id,
    issueCode: r.issue_code,
    state: r.state as AndonState,
    trigger: r.trigger as PullTrigger,
    pulledBy: r.pulled_by,
    reason: r.reason,
    ruleId: r.rule_id,
    rule: { threshold: rule.threshold, windowDays: rule.windowDays, mode: rule.mode },
    distinctCustomers: r.distinct_customers,
    complaintCount: r.complaint_count,
    monthlyGmv:
      r.monthly_gmv_minor === null || r.currency === null
        ? null
        : ({ amountMinor: Number(r.monthly_gmv_minor), currency: r.currency } satisfies Money),
    pulledAt: r.pulled_at,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    teamId: r.team_id,
    managerRef: r.manager_ref,
    ruleMetAt: r.rule_met_at,
    containedAt: r.contained_at,
    rootCausedAt: r.root_caused_at,
    rectification: r.rectification === null ? null : fromJson<Rectification>(r.rectification),
    acceptedAt: r.accepted_at,
    closedBy: r.closed_by,
    closeReason: r.close_reason,
    review:
      r.review_verdict && r.reviewed_by && r.reviewed_at
        ? {
            verdict: r.review_verdict as ReviewVerdict,
            reasonCode: r.review_reason as InvalidReason | null,
            note: r.review_note,
            reviewedBy: r.reviewed_by,
            reviewedAt: r.reviewed_at,
          }
        : null,
    rootCause:
      r.root_cause_category && r.root_cause_statement
        ? { category: r.root_cause_category as RootCauseCategory, statement: r.root_cause_statement }
        : null,
    recurrenceOf: r.recurrence_of,
    probationUntil: r.probation_until,
  };
}

export async function insertAndon(db: Kysely<Database>, a: AndonRecord): Promise<void> {
  await db
    .insertInto('andons')
    .values({
      id: a.id,
      target_id: a.targetId,
      issue_code: a.issueCode,
      state: a.state,
      trigger: a.trigger,
      pulled_by: a.pulledBy,
      reason: a.reason,
      rule_id: a.ruleId,
      rule_snapshot: toJson(a.rule),
      distinct_customers: a.distinctCustomers,
      complaint_count: a.complaintCount,
      monthly_gmv_minor: a.monthlyGmv?.amountMinor ?? null,
      currency: a.monthlyGmv?.currency ?? null,
      pulled_at: a.pulledAt,
      closed_at: a.closedAt,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      team_id: a.teamId,
      manager_ref: a.managerRef,
      rule_met_at: a.ruleMetAt,
      recurrence_of: a.recurrenceOf,
    })
    .execute();
}

/** An andon whose row stays locked (PostgreSQL) until the transaction ends: its lifecycle steps queue up. */
export async function lockAndon(db: Kysely<Database>, id: string): Promise<AndonRecord | undefined> {
  const r = await db.selectFrom('andons').selectAll().where('id', '=', id).modifyEnd(forUpdate(dialectOf(db))).executeTakeFirst();
  return r && toAndon(r);
}

export async function findAndon(db: Kysely<Database>, id: string): Promise<AndonRecord | undefined> {
  const r = await db.selectFrom('andons').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toAndon(r);
}

/** The open andon for a target and problem, if any (there is at most one). */
export async function findOpenAndon(db: Kysely<Database>, targetId: string, issueCode: string): Promise<AndonRecord | undefined> {
  const r = await db
    .selectFrom('andons')
    .selectAll()
    .where('target_id', '=', targetId)
    .where('issue_code', '=', issueCode)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return r && toAndon(r);
}

export async function updateAndonCounts(
  db: Kysely<Database>,
  id: string,
  counts: { complaintCount: number; distinctCustomers: number; at: string },
): Promise<void> {
  await db
    .updateTable('andons')
    .set({ complaint_count: counts.complaintCount, distinct_customers: counts.distinctCustomers, updated_at: counts.at })
    .where('id', '=', id)
    .execute();
}

/** Andons by the filter; with `visibleTo`, only those whose target belongs to that organisation (a supplier's). */
export async function listAndons(db: Kysely<Database>, f: ListAndonsFilter, visibleTo: string | null = null): Promise<AndonRecord[]> {
  let q = db.selectFrom('andons').selectAll();
  if (visibleTo !== null) q = q.where('target_id', 'in', db.selectFrom('targets').select('id').where('organisation_id', '=', visibleTo));
  if (f.state) q = q.where('state', '=', f.state);
  if (f.open === true) q = q.where('closed_at', 'is', null);
  if (f.open === false) q = q.where('closed_at', 'is not', null);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.issueCode) q = q.where('issue_code', '=', f.issueCode);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  return (await q.orderBy('id', 'desc').limit(f.limit + 1).execute()).map(toAndon);
}

/** Writes lifecycle columns of an andon (state, stamps, review, rectification …). */
export async function updateAndonRow(db: Kysely<Database>, id: string, patch: Updateable<AndonsTable>): Promise<void> {
  await db.updateTable('andons').set(patch).where('id', '=', id).execute();
}

/** Another open andon holding the same target, if any (its oldest). */
export async function otherOpenAndon(db: Kysely<Database>, targetId: string, exceptId: string): Promise<string | null> {
  const r = await db
    .selectFrom('andons')
    .select('id')
    .where('target_id', '=', targetId)
    .where('closed_at', 'is', null)
    .where('id', '!=', exceptId)
    .orderBy('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Every open andon of a target. */
export async function openAndonsOfTarget(db: Kysely<Database>, targetId: string): Promise<AndonRecord[]> {
  const rows = await db.selectFrom('andons').selectAll().where('target_id', '=', targetId).where('closed_at', 'is', null).orderBy('id').execute();
  return rows.map(toAndon);
}

// On the intake path for every complaint about a target on sale: a prepared query over a partial index.
const inProbation = prepared<{ targetId: string; issueCode: string; now: string }, { id: string }>((db, p) =>
  db
    .selectFrom('andons')
    .select('id')
    .where('target_id', '=', p('targetId'))
    .where('issue_code', '=', p('issueCode'))
    .where('probation_until', '>', p('now'))
    .where('state', '=', 'relisted')
    .orderBy('probation_until', 'desc')
    .limit(1),
);

/** The relisted andon of this problem whose probation is still running, if any. */
export async function probationAndon(db: Kysely<Database>, targetId: string, issueCode: string, now: string): Promise<string | null> {
  const [r] = await inProbation.execute(db, { targetId, issueCode, now });
  return r?.id ?? null;
}

/** Root causes recorded on other andons: the library a new analysis is compared with. */
export async function pastRootCauses(db: Kysely<Database>, exceptAndonId: string) {
  return db
    .selectFrom('andons')
    .select(['id', 'root_cause_statement', 'root_cause_category', 'target_id', 'issue_code', 'closed_at'])
    .where('root_cause_statement', 'is not', null)
    .where('id', '!=', exceptAndonId)
    .orderBy('id', 'desc')
    .limit(2000)
    .execute();
}

/** A rule met on a problem (a suggest-mode repeat): remembered until a pull answers it, for missed andons. */
export async function recordRuleHit(
  db: Kysely<Database>,
  hit: { id: string; targetId: string; issueCode: string; complaintId: string; recordedBy: string | null; teamId: string | null; metAt: string },
): Promise<void> {
  await db
    .insertInto('rule_hits')
    .values({
      id: hit.id,
      target_id: hit.targetId,
      issue_code: hit.issueCode,
      complaint_id: hit.complaintId,
      recorded_by: hit.recordedBy,
      team_id: hit.teamId,
      met_at: hit.metAt,
      andon_id: null,
      pulled_at: null,
    })
    .onConflict((oc) => oc.columns(['target_id', 'issue_code']).where(sql.ref('andon_id'), 'is', null).doNothing())
    .execute();
}

/** A pull answers its problem's pending rule hit; returns when the rule was met (null: no hit). */
export async function answerRuleHit(db: Kysely<Database>, q: { targetId: string; issueCode: string; andonId: string; at: string }): Promise<string | null> {
  const hit = await db
    .selectFrom('rule_hits')
    .select(['id', 'met_at'])
    .where('target_id', '=', q.targetId)
    .where('issue_code', '=', q.issueCode)
    .where('andon_id', 'is', null)
    .executeTakeFirst();
  if (!hit) return null;
  await db.updateTable('rule_hits').set({ andon_id: q.andonId, pulled_at: q.at }).where('id', '=', hit.id).execute();
  return hit.met_at;
}
