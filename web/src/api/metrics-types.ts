/** The dashboard's figures, as GET /api/v1/metrics/... send them (checked by test/web-api-contract.test.ts). */
import type { Money } from './types.ts';

export interface AndonSummary {
  pulls: number;
  valid: number;
  invalid: number;
  unreviewed: number;
  open: number;
  relisted: number;
  retired: number;
  relistRate: number | null;
  retireRate: number | null;
  recurrences: number;
  medianHoursToPull: number | null;
  medianHoursToContainment: number | null;
  medianHoursToRootCause: number | null;
  medianHoursToRelist: number | null;
  lampOnHours: number;
  medianLampOnHours: number | null;
  gmvPaused: Money[];
}

export interface Period {
  from: string;
  to: string;
}

export interface AndonMetrics extends Period {
  groupBy: string;
  total: AndonSummary;
  groups: { key: string | null; label: string | null; summary: AndonSummary }[];
}

export interface BadAndonRates extends Period {
  items: {
    managerRef: string | null;
    teamId: string | null;
    teamName: string | null;
    pulls: number;
    invalid: number;
    rate: number | null;
  }[];
}

export interface MissedAndons extends Period {
  hours: number;
  items: {
    teamId: string | null;
    teamName: string | null;
    ruleMet: number;
    pulledInTime: number;
    missed: number;
  }[];
}

export interface RootCausePareto extends Period {
  items: { category: string; count: number; share: number; cumulativeShare: number }[];
}

export interface Scorecards extends Period {
  items: {
    organisationId: string;
    name: string;
    kind: 'supplier' | 'partner';
    targetsPulled: number;
    summary: AndonSummary;
  }[];
}
