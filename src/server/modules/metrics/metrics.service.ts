import type { Kysely } from 'kysely';
import { badAndonRate, groupRows, isMissed, pareto, periodKey, summariseAndons } from '#domain/metrics.ts';
import type { Database } from '../../db/schema.ts';
import { getSettings } from '../settings/settings.service.ts';
import { type AndonMetricRow, andonsPulledIn, recurredAndonIds, ruleHitsIn } from './metrics.repository.ts';
import type { AndonMetricsFilter, PeriodFilter } from './metrics.schema.ts';

const DEFAULT_DAYS = 90;

/** The period asked for, defaulting to the last 90 days up to now. */
export function periodOf(f: PeriodFilter, now: Date): { from: string; to: string } {
  const to = f.to ? new Date(f.to).toISOString() : now.toISOString();
  const from = f.from ? new Date(f.from).toISOString() : new Date(Date.parse(to) - DEFAULT_DAYS * 86_400_000).toISOString();
  return { from, to };
}

const keyOf: Record<Exclude<AndonMetricsFilter['groupBy'], 'none' | 'period'>, (r: AndonMetricRow) => [string | null, string | null]> = {
  targetKind: (r) => [r.targetKind, r.targetKind],
  organisation: (r) => [r.organisationId, r.organisationName],
  team: (r) => [r.teamId, r.teamName],
  issueCode: (r) => [r.issueCode, r.issueCode],
};

/**
 * Pulls and what became of them in a period: review outcomes, relist/retire/recurrence rates, lead
 * times, lamp-on time, GMV paused; in total and per period, target kind, supplier/partner, team or problem.
 */
export async function andonMetrics(db: Kysely<Database>, f: AndonMetricsFilter, now = new Date()) {
  const period = periodOf(f, now);
  const rows = await andonsPulledIn(db, period);
  const recurred = await recurredAndonIds(db);
  const labels = new Map<string | null, string | null>();
  const key =
    f.groupBy === 'period'
      ? (r: AndonMetricRow) => periodKey(r.pulledAt, f.interval)
      : f.groupBy === 'none'
        ? () => null
        : (r: AndonMetricRow) => {
            const [k, label] = keyOf[f.groupBy as keyof typeof keyOf](r);
            labels.set(k, label);
            return k;
          };
  const groups = f.groupBy === 'none' ? [] : [...groupRows(rows, key)].map(([k, list]) => ({ key: k, label: labels.get(k) ?? k, summary: summariseAndons(list, now, recurred) }));
  if (f.groupBy === 'period') groups.sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1));
  return { ...period, groupBy: f.groupBy, total: summariseAndons(rows, now, recurred), groups };
}

/** The bad-andon rate per manager (invalid ÷ all pulls of the manager's team), never per agent. */
export async function badAndonRates(db: Kysely<Database>, f: PeriodFilter, now = new Date()) {
  const period = periodOf(f, now);
  const rows = await andonsPulledIn(db, period);
  const items = [...groupRows(rows, (r) => `${r.managerRef ?? ''}\u0000${r.teamId ?? ''}`).values()].map((list) => ({
    managerRef: list[0]!.managerRef,
    teamId: list[0]!.teamId,
    teamName: list[0]!.teamName,
    ...badAndonRate(list),
  }));
  items.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.pulls - a.pulls);
  return { ...period, items };
}

/** Missed andons per team: the rule met on the team's complaints and nobody pulled within N hours. */
export async function missedAndons(db: Kysely<Database>, f: PeriodFilter & { hours?: number | undefined }, now = new Date()) {
  const period = periodOf(f, now);
  const hours = f.hours ?? (await getSettings(db)).missedAndonHours;
  const hits = await ruleHitsIn(db, period);
  const items = [...groupRows(hits, (h) => h.team_id).values()].map((list) => {
    const missed = list.filter((h) => isMissed({ metAt: h.met_at, pulledAt: h.pulled_at }, hours, now)).length;
    const pulledInTime = list.filter((h) => h.pulled_at !== null && !isMissed({ metAt: h.met_at, pulledAt: h.pulled_at }, hours, now)).length;
    return { teamId: list[0]!.team_id, teamName: list[0]!.team_name, ruleMet: list.length, pulledInTime, missed };
  });
  items.sort((a, b) => b.missed - a.missed);
  return { ...period, hours, items };
}

/** The Pareto of root-cause categories of the andons pulled in a period. */
export async function rootCausePareto(db: Kysely<Database>, f: PeriodFilter, now = new Date()) {
  const period = periodOf(f, now);
  const rows = await andonsPulledIn(db, period);
  const categories = rows.flatMap((r) => (r.rootCauseCategory ? [r.rootCauseCategory] : []));
  return { ...period, items: pareto(categories).map(({ key, ...rest }) => ({ category: key, ...rest })) };
}

/** A scorecard per supplier or partner: its pulls and what became of them, and its root causes. */
export async function scorecards(db: Kysely<Database>, f: PeriodFilter & { kind?: 'supplier' | 'partner' | undefined }, now = new Date()) {
  const period = periodOf(f, now);
  const rows = (await andonsPulledIn(db, period)).filter((r) => r.organisationId && (!f.kind || r.organisationKind === f.kind));
  const recurred = await recurredAndonIds(db);
  const items = [...groupRows(rows, (r) => r.organisationId).values()].map((list) => ({
    organisationId: list[0]!.organisationId!,
    name: list[0]!.organisationName ?? '',
    kind: (list[0]!.organisationKind ?? 'supplier') as 'supplier' | 'partner',
    targetsPulled: new Set(list.map((r) => r.targetId)).size,
    summary: summariseAndons(list, now, recurred),
    rootCauses: pareto(list.flatMap((r) => (r.rootCauseCategory ? [r.rootCauseCategory] : []))).map((p) => ({ category: p.key, count: p.count })),
  }));
  items.sort((a, b) => b.summary.pulls - a.summary.pulls || (a.name < b.name ? -1 : 1));
  return { ...period, items };
}
