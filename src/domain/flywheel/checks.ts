import { componentSupport, linkSupport } from './discovery.ts';
import { componentsOnCycles, enumerateLoops, mainLoop, type FlywheelLoop } from './graph.ts';
import { MAX_COMPONENTS, type Flywheel, type FlywheelCase, type Polarity } from './model.ts';

/** How much a finding matters: error (not a flywheel yet), warning (revise it), info (for the record). */
export const findingSeverities = ['error', 'warning', 'info'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/** The parameters of each finding, by its stable code. Component ids, not labels: labels are localised. */
export interface FindingParams {
  no_components: Record<string, never>;
  no_loop: Record<string, never>;
  component_not_on_loop: { component: string };
  main_loop_reinforcing: { loop: string[]; length: number; negativeLinks: number };
  main_loop_balancing: { loop: string[]; length: number; negativeLinks: number };
  minor_loop_balancing: { loop: string[]; length: number; negativeLinks: number };
  too_many_components: { count: number; limit: number };
  no_cases: Record<string, never>;
  component_without_evidence: { component: string };
  link_unsupported: { from: string; to: string; polarity: Polarity };
  link_contradicted: {
    from: string;
    to: string;
    polarity: Polarity;
    supporting: number;
    contradicting: number;
  };
  loops_truncated: { limit: number };
}
export type FindingCode = keyof FindingParams;

/** Every finding code, in the order findings are reported. */
export const findingCodes = [
  'no_components',
  'no_loop',
  'component_not_on_loop',
  'main_loop_balancing',
  'main_loop_reinforcing',
  'minor_loop_balancing',
  'too_many_components',
  'no_cases',
  'component_without_evidence',
  'link_unsupported',
  'link_contradicted',
  'loops_truncated',
] as const satisfies readonly FindingCode[];

/** The severity each code always has. */
export const findingSeverity = {
  no_components: 'error',
  no_loop: 'error',
  component_not_on_loop: 'error',
  main_loop_balancing: 'warning',
  main_loop_reinforcing: 'info',
  minor_loop_balancing: 'warning',
  too_many_components: 'warning',
  no_cases: 'info',
  component_without_evidence: 'warning',
  link_unsupported: 'warning',
  link_contradicted: 'warning',
  loops_truncated: 'info',
} as const satisfies Record<FindingCode, FindingSeverity>;

/** One check result: a stable code, its severity and its parameters (messages live in messages.ts). */
export type FlywheelFinding = {
  [C in FindingCode]: { code: C; severity: (typeof findingSeverity)[C]; params: FindingParams[C] };
}[FindingCode];

function finding<C extends FindingCode>(code: C, params: FindingParams[C]): FlywheelFinding {
  return { code, severity: findingSeverity[code], params } as FlywheelFinding;
}

/** What `checkFlywheel` reports: the findings, and the loops it found on the way. */
export interface FlywheelCheck {
  findings: FlywheelFinding[];
  /** Every component lies on a cycle (and there is at least one). */
  closed: boolean;
  /** The main loop's polarity; null without a loop. */
  polarity: FlywheelLoop['polarity'] | null;
  mainLoop: FlywheelLoop | null;
  loops: FlywheelLoop[];
}

/** The most loops enumerated before the checks give up counting (a six-component wheel has far fewer). */
export const LOOP_LIMIT = 1000;

/**
 * Checks a flywheel in plain terms: is it closed (every component on a cycle), is its main loop
 * reinforcing or balancing, does it pass the six-component limit, and which links and components
 * no case supports.
 */
export function checkFlywheel(
  flywheel: Pick<Flywheel, 'components' | 'links'>,
  cases: readonly FlywheelCase[] = [],
): FlywheelCheck {
  const findings: FlywheelFinding[] = [];
  const { loops, truncated } = enumerateLoops(flywheel, LOOP_LIMIT);
  const main = mainLoop(loops);

  if (flywheel.components.length === 0) {
    findings.push(finding('no_components', {}));
  } else if (!main) {
    findings.push(finding('no_loop', {}));
  }
  const onCycle = componentsOnCycles(flywheel);
  if (main) {
    for (const c of flywheel.components) {
      if (!onCycle.has(c.id)) findings.push(finding('component_not_on_loop', { component: c.id }));
    }
    const describe = (loop: FlywheelLoop) => ({
      loop: loop.componentIds,
      length: loop.componentIds.length,
      negativeLinks: loop.negativeLinks,
    });
    findings.push(
      finding(
        main.polarity === 'reinforcing' ? 'main_loop_reinforcing' : 'main_loop_balancing',
        describe(main),
      ),
    );
    if (main.polarity === 'reinforcing') {
      for (const loop of loops.slice(1)) {
        if (loop.polarity === 'balancing') findings.push(finding('minor_loop_balancing', describe(loop)));
      }
    }
  }
  if (flywheel.components.length > MAX_COMPONENTS) {
    findings.push(
      finding('too_many_components', { count: flywheel.components.length, limit: MAX_COMPONENTS }),
    );
  }

  if (cases.length === 0) {
    if (flywheel.components.length > 0) findings.push(finding('no_cases', {}));
  } else {
    for (const c of flywheel.components) {
      const support = componentSupport(c, cases);
      if (support.agreeingCaseIds.length + support.contradictingCaseIds.length === 0) {
        findings.push(finding('component_without_evidence', { component: c.id }));
      }
    }
    for (const link of flywheel.links) {
      const support = linkSupport(link, flywheel.components, cases);
      const supporting = support.supportingCaseIds.length;
      const contradicting = support.contradictingCaseIds.length;
      const ends = { from: link.from, to: link.to, polarity: link.polarity };
      if (supporting === 0) findings.push(finding('link_unsupported', ends));
      if (contradicting > supporting)
        findings.push(finding('link_contradicted', { ...ends, supporting, contradicting }));
    }
  }
  if (truncated) findings.push(finding('loops_truncated', { limit: LOOP_LIMIT }));

  const order = new Map<string, number>(findingCodes.map((code, i) => [code, i]));
  findings.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
  const closed = main !== null && flywheel.components.every((c) => onCycle.has(c.id));
  return { findings, closed, polarity: main?.polarity ?? null, mainLoop: main, loops };
}
