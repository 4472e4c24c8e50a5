import { describe, expect, it } from 'vitest';
import { checkFlywheel, findingCodes, findingSeverity } from './checks.ts';
import { buildCase, buildFlywheel, type LinkTuple } from './factories.ts';
import { amazonFlywheel, blankFlywheel } from './templates.ts';

const ringLinks = (ids: string[], negative: number[] = []): LinkTuple[] =>
  ids.map((id, i) => [id, ids[(i + 1) % ids.length]!, negative.includes(i) ? '-' : '+']);
const codes = (check: ReturnType<typeof checkFlywheel>) => check.findings.map((f) => f.code);

describe('checkFlywheel: closed', () => {
  it('says a wheel without components has none', () => {
    const check = checkFlywheel(blankFlywheel());
    expect(codes(check)).toEqual(['no_components']);
    expect(check).toMatchObject({ closed: false, polarity: null, mainLoop: null });
  });
  it('says a chain is no loop', () => {
    const check = checkFlywheel(
      buildFlywheel(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    );
    expect(codes(check)).toEqual(['no_loop', 'no_cases']);
    expect(check.closed).toBe(false);
  });
  it('names each component that lies on no loop', () => {
    const wheel = buildFlywheel(['a', 'b', 'c', 'd'], [...ringLinks(['a', 'b', 'c']), ['c', 'd']]);
    const check = checkFlywheel(wheel);
    expect(check.closed).toBe(false);
    expect(check.findings.filter((f) => f.code === 'component_not_on_loop')).toEqual([
      { code: 'component_not_on_loop', severity: 'error', params: { component: 'd' } },
    ]);
  });
  it('passes a ring, and two loops sharing components', () => {
    expect(checkFlywheel(buildFlywheel(['a', 'b', 'c'], ringLinks(['a', 'b', 'c']))).closed).toBe(true);
    const twoLoops = buildFlywheel(
      ['a', 'b', 'c', 'd'],
      [...ringLinks(['a', 'b', 'c']), ['b', 'd'], ['d', 'a']],
    );
    expect(checkFlywheel(twoLoops).closed).toBe(true);
  });
});

describe('checkFlywheel: reinforcing or balancing', () => {
  it('calls the main loop reinforcing with an even number of negative links', () => {
    const check = checkFlywheel(buildFlywheel(['a', 'b', 'c'], ringLinks(['a', 'b', 'c'], [0, 2])));
    expect(check.polarity).toBe('reinforcing');
    expect(check.findings).toContainEqual({
      code: 'main_loop_reinforcing',
      severity: 'info',
      params: { loop: ['a', 'b', 'c'], length: 3, negativeLinks: 2 },
    });
  });
  it('warns when the main loop is balancing', () => {
    const check = checkFlywheel(buildFlywheel(['a', 'b', 'c'], ringLinks(['a', 'b', 'c'], [1])));
    expect(check.polarity).toBe('balancing');
    expect(check.findings).toContainEqual({
      code: 'main_loop_balancing',
      severity: 'warning',
      params: { loop: ['a', 'b', 'c'], length: 3, negativeLinks: 1 },
    });
  });
  it('takes the longest loop as the main one, and warns of a balancing loop beside it', () => {
    const wheel = buildFlywheel(['a', 'b', 'c', 'd'], [...ringLinks(['a', 'b', 'c', 'd']), ['b', 'a', '-']]);
    const check = checkFlywheel(wheel);
    expect(check.mainLoop!.componentIds).toEqual(['a', 'b', 'c', 'd']);
    expect(check.findings).toContainEqual({
      code: 'minor_loop_balancing',
      severity: 'warning',
      params: { loop: ['a', 'b'], length: 2, negativeLinks: 1 },
    });
  });
});

describe('checkFlywheel: six components', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
  it('accepts six', () => {
    expect(codes(checkFlywheel(buildFlywheel(ids(6), ringLinks(ids(6)))))).not.toContain(
      'too_many_components',
    );
  });
  it('warns at seven', () => {
    expect(checkFlywheel(buildFlywheel(ids(7), ringLinks(ids(7)))).findings).toContainEqual({
      code: 'too_many_components',
      severity: 'warning',
      params: { count: 7, limit: 6 },
    });
  });
});

describe('checkFlywheel: evidence from the cases', () => {
  const wheel = buildFlywheel(['a', 'b', 'c'], ringLinks(['a', 'b', 'c']));
  it('says there are no cases to check against', () => {
    expect(codes(checkFlywheel(wheel))).toContain('no_cases');
  });
  it('names links no case supports, links more cases contradict, and components no case shows moving', () => {
    const cases = [
      buildCase('s1', 'success', { a: 'up', b: 'up' }),
      buildCase('f1', 'failure', { b: 'up', c: 'down' }),
      buildCase('f2', 'failure', { b: 'down', c: 'up' }),
    ];
    const check = checkFlywheel(wheel, cases);
    expect(codes(check)).not.toContain('no_cases');
    expect(check.findings.filter((f) => f.severity !== 'info')).toEqual([
      { code: 'link_unsupported', severity: 'warning', params: { from: 'b', to: 'c', polarity: '+' } },
      { code: 'link_unsupported', severity: 'warning', params: { from: 'c', to: 'a', polarity: '+' } },
      {
        code: 'link_contradicted',
        severity: 'warning',
        params: { from: 'b', to: 'c', polarity: '+', supporting: 0, contradicting: 2 },
      },
    ]);
    const silent = checkFlywheel(wheel, [buildCase('s1', 'success', { a: 'up', b: 'up' })]);
    expect(silent.findings).toContainEqual({
      code: 'component_without_evidence',
      severity: 'warning',
      params: { component: 'c' },
    });
  });
});

describe('checkFlywheel on the templates', () => {
  it('finds Amazon’s flywheel closed and reinforcing, within six components', () => {
    const check = checkFlywheel(amazonFlywheel());
    expect(check).toMatchObject({ closed: true, polarity: 'reinforcing' });
    expect(check.findings.every((f) => f.severity === 'info')).toBe(true);
  });
  it('gives every code one fixed severity', () => {
    expect(Object.keys(findingSeverity).sort()).toEqual([...findingCodes].sort());
  });
});
