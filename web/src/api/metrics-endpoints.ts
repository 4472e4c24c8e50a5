import { api, withQuery } from './client.ts';
import type {
  AndonMetrics,
  BadAndonRates,
  MissedAndons,
  RootCausePareto,
  Scorecards,
} from './metrics-types.ts';

type Signal = AbortSignal | undefined;
export interface PeriodQuery {
  from: string;
  to: string;
}

/** The dashboard's calls, each for a period. */
export const metrics = {
  andons: (p: PeriodQuery, groupBy: 'none' | 'period', signal?: Signal) =>
    api<AndonMetrics>(withQuery('/metrics/andons', { ...p, groupBy, interval: 'week' }), { signal }),
  badAndonRate: (p: PeriodQuery, signal?: Signal) =>
    api<BadAndonRates>(withQuery('/metrics/bad-andon-rate', { ...p }), { signal }),
  missedAndons: (p: PeriodQuery, signal?: Signal) =>
    api<MissedAndons>(withQuery('/metrics/missed-andons', { ...p }), { signal }),
  rootCauses: (p: PeriodQuery, signal?: Signal) =>
    api<RootCausePareto>(withQuery('/metrics/root-causes', { ...p }), { signal }),
  scorecards: (p: PeriodQuery, signal?: Signal) =>
    api<Scorecards>(withQuery('/metrics/scorecards', { ...p }), { signal }),
};
