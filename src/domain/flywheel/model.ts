import type { TargetKind } from '#domain/targets.ts';

/** The languages flywheel texts and finding messages come in. */
export const flywheelLocales = ['en', 'zh-CN'] as const;
export type FlywheelLocale = (typeof flywheelLocales)[number];

/** The seed's limit: a flywheel should have at most six components (构件数量最好不超过6个). */
export const MAX_COMPONENTS = 6;

/** The version of the JSON export format; bump it when an old file would no longer parse. */
export const FLYWHEEL_FORMAT_VERSION = 1;

/** A causal link's polarity: x drives y up (+) or down (−). */
export const polarities = ['+', '-'] as const;
export type Polarity = (typeof polarities)[number];

/** What a factor did in a case: moved up, moved down, or was absent (did not move, or not seen). */
export const movements = ['up', 'down', 'absent'] as const;
export type Movement = (typeof movements)[number];

/** How a case ended (成功案例 / 失败案例). */
export const caseOutcomes = ['success', 'failure'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

/** What a case is about: an innovation, a product or a business (创新、产品、业务). */
export const caseKinds = ['innovation', 'product', 'business'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** A text in one or both languages; at least one is present. */
export interface LocalText {
  en?: string;
  'zh-CN'?: string;
}

/** A point on the diagram canvas (React Flow coordinates). */
export interface Position {
  x: number;
  y: number;
}

/**
 * One element of the loop (飞轮构件). Name it so that more of it is good for growth
 * ("lower prices", "fewer repeat complaints"): the centre grows when the components go up.
 */
export interface FlywheelComponent {
  id: string;
  label: LocalText;
  /** Case factors that evidence this component; empty means the factor key is the component id. */
  factorKeys: string[];
  /** Simulation: the rate d at which the component fades without inflow (per time unit, > 0). */
  decay: number;
  /** Simulation: the saturation level K the component cannot pass. */
  capacity: number;
  /** Simulation: the level at time zero. */
  initial: number;
  position: Position | null;
}

/** A causal link (因果关系) from one component to another. */
export interface CausalLink {
  from: string;
  to: string;
  polarity: Polarity;
  /** Simulation: the gain λ (per time unit, > 0). */
  strength: number;
  /** Simulation: a first-order delay, in time units; null or 0 for none. */
  delay: number | null;
  note: LocalText | null;
}

/** Live metrics of the andon system a component can be bound to. */
export const liveMetrics = [
  'complaint_rate',
  'repeat_complaint_rate',
  'bad_andon_rate',
  'relist_rate',
  'lamp_on_time',
  'gmv_paused',
  'open_andons',
] as const;
export type LiveMetric = (typeof liveMetrics)[number];

/** A component shown beside a live metric (component → metric key). */
export interface MetricBinding {
  componentId: string;
  metric: LiveMetric;
  /** For per-kind metrics (complaint rate per target kind); null for all kinds. */
  targetKind: TargetKind | null;
  /** true when the metric going up means the component goes down (e.g. complaint rate vs. experience). */
  invert: boolean;
}

/** A growth flywheel (增长飞轮): components around a centre, causal links between them. */
export interface Flywheel {
  id: string;
  name: LocalText;
  /** What the wheel turns around: usually business growth (业务增长). */
  centre: LocalText;
  components: FlywheelComponent[];
  links: CausalLink[];
  bindings: MetricBinding[];
}

/** One observed factor in a case, with the author's note. */
export interface FactorObservation {
  factor: string;
  movement: Movement;
  note: string;
}

/** When a case happened; partial ISO dates (2019, 2019-07, 2019-07-01); end null while ongoing. */
export interface CasePeriod {
  start: string;
  end: string | null;
}

/** A success or failure case (成功案例 / 失败案例) the flywheel is built from and replayed against. */
export interface FlywheelCase {
  id: string;
  kind: CaseKind;
  title: string;
  description: string;
  period: CasePeriod;
  outcome: CaseOutcome;
  factors: FactorObservation[];
}

/** A named factor, so cases can share keys and the UI can show labels. */
export interface FactorDefinition {
  key: string;
  label: LocalText;
}

/** A saved version of a flywheel, kept so replays can compare revisions. */
export interface FlywheelVersion {
  version: number;
  note: string;
  createdAt: string;
  flywheel: Flywheel;
}

/** The JSON import/export document of the studio. */
export interface FlywheelDocument {
  format: 'andon.flywheel';
  formatVersion: typeof FLYWHEEL_FORMAT_VERSION;
  flywheel: Flywheel;
  versions: FlywheelVersion[];
  cases: FlywheelCase[];
  factors: FactorDefinition[];
}

/** +1 for up, −1 for down, 0 for absent. */
export function movementSign(movement: Movement): -1 | 0 | 1 {
  return movement === 'up' ? 1 : movement === 'down' ? -1 : 0;
}

/** +1 for a positive link, −1 for a negative one. */
export function polaritySign(polarity: Polarity): 1 | -1 {
  return polarity === '+' ? 1 : -1;
}

/** The factor keys that evidence a component (its id when none are given). */
export function componentFactorKeys(component: Pick<FlywheelComponent, 'id' | 'factorKeys'>): string[] {
  return component.factorKeys.length > 0 ? component.factorKeys : [component.id];
}

/**
 * How a component moved in a case: the sign of the sum of its factors' movements (an up and a
 * down cancel out); 0 when none of its factors moved or were recorded.
 */
export function componentMovement(
  component: Pick<FlywheelComponent, 'id' | 'factorKeys'>,
  c: FlywheelCase,
): -1 | 0 | 1 {
  const keys = new Set(componentFactorKeys(component));
  let sum = 0;
  for (const observation of c.factors)
    if (keys.has(observation.factor)) sum += movementSign(observation.movement);
  return sum > 0 ? 1 : sum < 0 ? -1 : 0;
}

/** The text in a locale, falling back to the other language, then to the fallback. */
export function labelFor(text: LocalText | null | undefined, locale: FlywheelLocale, fallback = ''): string {
  if (!text) return fallback;
  const other: FlywheelLocale = locale === 'en' ? 'zh-CN' : 'en';
  return text[locale]?.trim() || text[other]?.trim() || fallback;
}
