/** The flywheel studio's shapes, as the API sends them (checked by test/web-flywheel-contract.test.ts). */
import type {
  CaseOutcome,
  FactorDefinition,
  Flywheel,
  FlywheelCase,
  LiveMetric,
  LocalText,
  Movement,
  Polarity,
} from '#domain/flywheel/model.ts';
import type { ComponentSupport, FactorScore, LinkSupport } from '#domain/flywheel/discovery.ts';
import type { TargetKind } from '#domain/targets.ts';

export type { MovementCounts } from '#domain/flywheel/discovery.ts';

export interface FlywheelSummary {
  id: string;
  name: LocalText;
  components: number;
  latestVersion: number;
  updatedAt: string;
}

export interface StudioLoop {
  componentIds: string[];
  links: { from: string; to: string; polarity: Polarity }[];
  negativeLinks: number;
  polarity: 'reinforcing' | 'balancing';
}

export interface StudioFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  params: Record<string, unknown>;
  /** The finding in plain words, in the caller's language. */
  message: string;
}

export interface ReplayColumn {
  key: string;
  passed: number;
  failed: number;
  unclear: number;
  agreementRate: number | null;
  disagreements: string[];
}

export interface ReplayRow {
  caseId: string;
  outcome: CaseOutcome;
  cells: {
    key: string;
    prediction: 'growth' | 'decline' | 'unclear';
    verdict: 'pass' | 'fail' | 'unclear';
    score: number;
  }[];
}

/** GET /flywheels/{id}: the draft, versions, cases and the analyses of steps 3 to 6. */
export interface Studio {
  id: string;
  flywheel: Flywheel;
  factors: FactorDefinition[];
  versions: { version: number; note: string; createdAt: string }[];
  cases: FlywheelCase[];
  shareToken?: string | null | undefined;
  updatedAt: string;
  discovery: FactorScore[];
  support: { components: ComponentSupport[]; links: LinkSupport[] };
  check: {
    closed: boolean;
    polarity: 'reinforcing' | 'balancing' | null;
    mainLoop: StudioLoop | null;
    loops: StudioLoop[];
    findings: StudioFinding[];
  };
  replay: { columns: ReplayColumn[]; rows: ReplayRow[] };
}

/** POST /flywheels/{id}/simulate. */
export interface SimulationRun {
  times: number[];
  series: Record<string, number[]>;
  growth: number[];
  growthRate: number[];
  loops: (StudioLoop & { gain: number })[];
  mainLoop: (StudioLoop & { gain: number }) | null;
  tipping: { gain: number; tipped: boolean; strengthFactor: number | null } | null;
  accelerationStart: number | null;
}

export interface SimulateBody {
  options?: { horizon?: number; dt?: number; sampleInterval?: number; push?: Record<string, number> };
  version?: number;
}

/** GET /flywheels/{id}/live: one bound metric, day by day, and its trend. */
export interface LiveSeries {
  componentId: string;
  metric: LiveMetric;
  targetKind: TargetKind | null;
  invert: boolean;
  days: string[];
  values: number[];
  trend: { direction: Movement; slope: number; relativeChange: number };
}

export interface CreateFlywheel {
  template?: 'amazon' | 'blank';
  name?: LocalText;
  document?: unknown;
}
