/** The dashboard's period: a preset number of days back from now, or chosen dates. */
export type PeriodChoice = { preset: 7 | 30 | 90 | 365 } | { preset: 'custom'; from: string; to: string };

export const presets = [7, 30, 90, 365] as const;

/** yyyy-mm-dd of a date in local time (what <input type=date> shows). */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The API's from/to for a choice: a preset ends now; chosen dates run from the start of the first
 * day to the end of the last (local time). Null when the dates are missing or reversed.
 */
export function periodOf(choice: PeriodChoice, now: Date): { from: string; to: string } | null {
  if (choice.preset !== 'custom') {
    return {
      from: new Date(now.getTime() - choice.preset * 86_400_000).toISOString(),
      to: now.toISOString(),
    };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.from) || !/^\d{4}-\d{2}-\d{2}$/.test(choice.to)) return null;
  const from = new Date(`${choice.from}T00:00:00`);
  const to = new Date(new Date(`${choice.to}T00:00:00`).getTime() + 86_400_000);
  return from < to ? { from: from.toISOString(), to: to.toISOString() } : null;
}
