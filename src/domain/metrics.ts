import type { AndonState, PullTrigger } from './andon.ts';
import { gmvPaused, type Money } from './money.ts';

/** One andon as the metrics see it (read from the database, computed here). */
export interface AndonFact {
  id: string;
  state: AndonState;
  trigger: PullTrigger;
  reviewVerdict: 'valid' | 'invalid' | null;
  pulledAt: string;
  ruleMetAt: string | null;
  containedAt: string | null;
  rootCausedAt: string | null;
  closedAt: string | null;
  recurrenceOf: string | null;
  monthlyGmv: Money | null;
  complaintsAfterPull: number;
}

export interface AndonSummary {
  pulls: number;
  valid: number;
  invalid: number;
  unreviewed: number;
  open: number;
  relisted: number;
  retired: number;
  /** relisted ÷ valid-or-unreviewed pulls that closed or not (the seed's used-car platform: 18%). */
  relistRate: number | null;
  retireRate: number | null;
  /** Pulls that were re-pulls of a relisted target during its probation. */
  recurrences: number;
  /** Of the relisted andons, the share whose problem came back during probation. */
  recurrenceAfterRelistRate: number | null;
  /** Complaints about the same target and problem after the pull (should be none). */
  complaintsAfterPull: number;
  medianHoursToPull: number | null;
  medianHoursToContainment: number | null;
  medianHoursToRootCause: number | null;
  /** From the pull to the relist, of the relisted andons. */
  medianHoursToRelist: number | null;
  lampOnHours: number;
  medianLampOnHours: number | null;
  gmvPaused: Money[];
}

const HOUR = 3_600_000;

/** Hours from a to b (fractional). */
export function hoursBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / HOUR;
}

/** The median, or null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** n ÷ d rounded to four places, or null when there is nothing to divide by. */
export function rate(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((n / d) * 10_000) / 10_000;
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/**
 * The andon figures of a set of andons: counts, review outcomes, relist/retire/recurrence rates,
 * the medians of each lead time, lamp-on time and GMV paused (monthly GMV × days off sale, per
 * currency). `recurred` holds the ids of andons whose problem came back during probation.
 */
export function summariseAndons(rows: readonly AndonFact[], now: Date, recurred: ReadonlySet<string>): AndonSummary {
  const nowIso = now.toISOString();
  const count = (p: (r: AndonFact) => boolean) => rows.filter(p).length;
  const invalid = count((r) => r.reviewVerdict === 'invalid' || r.state === 'invalid');
  const relisted = rows.filter((r) => r.state === 'relisted');
  const retired = count((r) => r.state === 'retired');
  const genuine = rows.length - invalid;
  const lamp = rows.map((r) => hoursBetween(r.pulledAt, r.closedAt ?? nowIso));
  const gmv = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!r.monthlyGmv) return;
    const paused = gmvPaused(r.monthlyGmv, lamp[i]! / 24);
    gmv.set(paused.currency, (gmv.get(paused.currency) ?? 0) + paused.amountMinor);
  });
  const lead = (from: (r: AndonFact) => string | null, to: (r: AndonFact) => string | null) =>
    round2(median(rows.flatMap((r) => (from(r) && to(r) ? [hoursBetween(from(r)!, to(r)!)] : []))));
  return {
    pulls: rows.length,
    valid: count((r) => r.reviewVerdict === 'valid'),
    invalid,
    unreviewed: count((r) => r.reviewVerdict === null),
    open: count((r) => r.closedAt === null),
    relisted: relisted.length,
    retired,
    relistRate: rate(relisted.length, genuine),
    retireRate: rate(retired, genuine),
    recurrences: count((r) => r.recurrenceOf !== null),
    recurrenceAfterRelistRate: rate(relisted.filter((r) => recurred.has(r.id)).length, relisted.length),
    complaintsAfterPull: rows.reduce((n, r) => n + r.complaintsAfterPull, 0),
    medianHoursToPull: lead((r) => r.ruleMetAt, (r) => r.pulledAt),
    medianHoursToContainment: lead((r) => r.pulledAt, (r) => r.containedAt),
    medianHoursToRootCause: lead((r) => r.pulledAt, (r) => r.rootCausedAt),
    medianHoursToRelist: lead((r) => r.pulledAt, (r) => (r.state === 'relisted' ? r.closedAt : null)),
    lampOnHours: round2(lamp.reduce((a, b) => a + b, 0)) ?? 0,
    medianLampOnHours: round2(median(lamp)),
    gmvPaused: [...gmv].map(([currency, amountMinor]) => ({ amountMinor, currency })),
  };
}

/** Groups rows by a key (rows with a null key go under null), keeping first-seen order. */
export function groupRows<T>(rows: readonly T[], key: (r: T) => string | null): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** The period a timestamp falls in: `YYYY-MM` by month, the Monday `YYYY-MM-DD` by ISO week (UTC). */
export function periodKey(at: string, interval: 'month' | 'week'): string {
  if (interval === 'month') return at.slice(0, 7);
  const d = new Date(at.slice(0, 10) + 'T00:00:00.000Z');
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The bad-andon rate of one manager: invalid pulls ÷ all pulls of the manager's team. It is charged
 * to the manager, never to the agents who pulled.
 */
export function badAndonRate(rows: readonly Pick<AndonFact, 'state' | 'reviewVerdict'>[]): { pulls: number; invalid: number; rate: number | null } {
  const invalid = rows.filter((r) => r.reviewVerdict === 'invalid' || r.state === 'invalid').length;
  return { pulls: rows.length, invalid, rate: rate(invalid, rows.length) };
}

/** A moment the rule was met, and the pull that followed (if any). */
export interface RuleHit {
  metAt: string;
  pulledAt: string | null;
}

/** A missed andon: the rule was met and nobody pulled within `hours` (pulled late, or not at all yet). */
export function isMissed(hit: RuleHit, hours: number, now: Date): boolean {
  const end = hit.pulledAt ?? now.toISOString();
  return hoursBetween(hit.metAt, end) > hours;
}

export interface ParetoRow<K extends string> {
  key: K;
  count: number;
  share: number;
  cumulativeShare: number;
}

/** A Pareto table: keys by count, largest first, with each share and the running total. */
export function pareto<K extends string>(keys: readonly K[]): ParetoRow<K>[] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const total = keys.length;
  let running = 0;
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, count]) => {
      running += count;
      return { key, count, share: rate(count, total) ?? 0, cumulativeShare: rate(running, total) ?? 0 };
    });
}
