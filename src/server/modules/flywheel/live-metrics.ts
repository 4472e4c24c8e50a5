import type { Kysely } from 'kysely';
import { type LiveMetric, liveMetrics } from '#domain/flywheel/model.ts';
import { metricTrend, type MetricTrend } from '#domain/flywheel/metrics.ts';
import type { TargetKind } from '#domain/targets.ts';
import type { Database } from '../../db/schema.ts';

/** One metric over the last days: a value per day (oldest first) and its trend. */
export interface LiveSeries {
  metric: LiveMetric;
  targetKind: TargetKind | null;
  days: string[];
  values: number[];
  trend: MetricTrend;
}

const DAY = 86_400_000;

function dayKey(iso: string): string {
  return iso.slice(0, 10);
}

interface AndonRow {
  pulled_at: string;
  closed_at: string | null;
  state: string;
  review_verdict: string | null;
  monthly_gmv_minor: number | null;
  kind: string;
}

/**
 * The andon system's own figures, day by day, for binding to flywheel components: complaints per
 * day, the share of them that joined an andon, the bad-andon rate, the relist rate, the mean age of
 * lit lamps, GMV paused and open andons. Computed from the rows of the period, the same on both databases.
 */
export async function liveMetricSeries(
  db: Kysely<Database>,
  wanted: readonly { metric: LiveMetric; targetKind: TargetKind | null }[],
  now: Date,
  days = 30,
): Promise<LiveSeries[]> {
  if (wanted.length === 0) return [];
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY;
  const start = end - days * DAY;
  const dayKeys = Array.from({ length: days }, (_, i) => dayKey(new Date(start + i * DAY).toISOString()));
  const since = new Date(start).toISOString();

  const complaints = await db
    .selectFrom('complaints')
    .innerJoin('targets', 'targets.id', 'complaints.target_id')
    .select(['complaints.occurred_at as at', 'complaints.andon_id as andonId', 'targets.kind as kind'])
    .where('complaints.occurred_at', '>=', since)
    .execute();
  const andons: AndonRow[] = await db
    .selectFrom('andons')
    .innerJoin('targets', 'targets.id', 'andons.target_id')
    .select(['andons.pulled_at', 'andons.closed_at', 'andons.state', 'andons.review_verdict', 'andons.monthly_gmv_minor', 'targets.kind as kind'])
    .where((eb) => eb.or([eb('andons.closed_at', 'is', null), eb('andons.closed_at', '>=', since)]))
    .execute();

  return wanted.map(({ metric, targetKind }) => {
    const ofKind = <T extends { kind: string }>(rows: T[]) => (targetKind ? rows.filter((r) => r.kind === targetKind) : rows);
    const values = dayKeys.map((day, i) => {
      const dayEnd = start + (i + 1) * DAY;
      const dayEndIso = new Date(dayEnd).toISOString();
      switch (metric) {
        case 'complaint_rate':
          return ofKind(complaints).filter((c) => dayKey(c.at) === day).length;
        case 'repeat_complaint_rate': {
          const that = ofKind(complaints).filter((c) => dayKey(c.at) === day);
          return that.length ? that.filter((c) => c.andonId !== null).length / that.length : 0;
        }
        case 'bad_andon_rate': {
          const reviewed = ofKind(andons).filter((a) => a.review_verdict !== null && a.pulled_at < dayEndIso && a.pulled_at >= since);
          return reviewed.length ? reviewed.filter((a) => a.review_verdict === 'invalid').length / reviewed.length : 0;
        }
        case 'relist_rate': {
          const closed = ofKind(andons).filter((a) => a.closed_at !== null && a.closed_at < dayEndIso && (a.state === 'relisted' || a.state === 'retired'));
          return closed.length ? closed.filter((a) => a.state === 'relisted').length / closed.length : 0;
        }
        case 'lamp_on_time':
        case 'gmv_paused':
        case 'open_andons': {
          const lit = ofKind(andons).filter((a) => a.pulled_at < dayEndIso && (a.closed_at === null || a.closed_at >= dayEndIso));
          if (metric === 'open_andons') return lit.length;
          if (metric === 'gmv_paused') return lit.reduce((sum, a) => sum + (a.monthly_gmv_minor ?? 0) / 30, 0);
          return lit.length ? lit.reduce((sum, a) => sum + (dayEnd - Date.parse(a.pulled_at)) / 3_600_000, 0) / lit.length : 0;
        }
      }
    });
    return { metric, targetKind, days: dayKeys, values, trend: metricTrend(values) };
  });
}

export { liveMetrics };
