import { type Kysely, sql } from 'kysely';
import type { AndonState, PullTrigger } from '#domain/andon.ts';
import type { RootCauseCategory } from '#domain/five-whys.ts';
import type { AndonFact } from '#domain/metrics.ts';
import type { Database } from '../../db/schema.ts';

export interface AndonMetricRow extends AndonFact {
  targetId: string;
  targetKind: string;
  issueCode: string;
  organisationId: string | null;
  organisationName: string | null;
  organisationKind: string | null;
  teamId: string | null;
  teamName: string | null;
  managerRef: string | null;
  rootCauseCategory: RootCauseCategory | null;
}

/** Every andon pulled in a period, with what the metrics group by (portable SQL; the maths is in the domain). */
export async function andonsPulledIn(db: Kysely<Database>, period: { from: string; to: string }): Promise<AndonMetricRow[]> {
  const rows = await db
    .selectFrom('andons as a')
    .innerJoin('targets as t', 't.id', 'a.target_id')
    .leftJoin('organisations as o', 'o.id', 't.organisation_id')
    .leftJoin('teams as tm', 'tm.id', 'a.team_id')
    .select([
      'a.id',
      'a.state',
      'a.trigger',
      'a.review_verdict',
      'a.pulled_at',
      'a.rule_met_at',
      'a.contained_at',
      'a.root_caused_at',
      'a.closed_at',
      'a.recurrence_of',
      'a.monthly_gmv_minor',
      'a.currency',
      'a.team_id',
      'a.manager_ref',
      'a.root_cause_category',
      'a.issue_code',
      'a.target_id',
      't.kind as target_kind',
      't.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'tm.name as team_name',
    ])
    .select(
      sql<number>`(select count(*) from complaints c where c.target_id = a.target_id and c.issue_code = a.issue_code and c.occurred_at > a.pulled_at)`.as(
        'complaints_after',
      ),
    )
    .where('a.pulled_at', '>=', period.from)
    .where('a.pulled_at', '<', period.to)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    state: r.state as AndonState,
    trigger: r.trigger as PullTrigger,
    reviewVerdict: r.review_verdict as AndonFact['reviewVerdict'],
    pulledAt: r.pulled_at,
    ruleMetAt: r.rule_met_at,
    containedAt: r.contained_at,
    rootCausedAt: r.root_caused_at,
    closedAt: r.closed_at,
    recurrenceOf: r.recurrence_of,
    monthlyGmv: r.monthly_gmv_minor === null || r.currency === null ? null : { amountMinor: Number(r.monthly_gmv_minor), currency: r.currency },
    complaintsAfterPull: Number(r.complaints_after),
    targetId: r.target_id,
    targetKind: r.target_kind,
    issueCode: r.issue_code,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    organisationKind: r.organisation_kind,
    teamId: r.team_id,
    teamName: r.team_name,
    managerRef: r.manager_ref,
    rootCauseCategory: r.root_cause_category as RootCauseCategory | null,
  }));
}

/** Ids of andons whose problem came back during probation (re-pulled as a recurrence). */
export async function recurredAndonIds(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('andons').select('recurrence_of').where('recurrence_of', 'is not', null).distinct().execute();
  return new Set(rows.map((r) => r.recurrence_of!));
}

/** The moments a rule was met (suggest mode) in a period, with the pull that answered each. */
export async function ruleHitsIn(db: Kysely<Database>, period: { from: string; to: string }) {
  return db
    .selectFrom('rule_hits as h')
    .leftJoin('teams as tm', 'tm.id', 'h.team_id')
    .select(['h.met_at', 'h.pulled_at', 'h.team_id', 'tm.name as team_name'])
    .where('h.met_at', '>=', period.from)
    .where('h.met_at', '<', period.to)
    .execute();
}
