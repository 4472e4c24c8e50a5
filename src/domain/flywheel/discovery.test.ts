import { describe, expect, it } from 'vitest';
import { componentSupport, factorKeysOf, linkSupport, rankFactors, separationScore } from './discovery.ts';
import { buildCase } from './factories.ts';

const cases = [
  buildCase('s1', 'success', { cx: 'up', traffic: 'up', ads: 'up' }),
  buildCase('s2', 'success', { cx: 'up', traffic: 'absent', ads: 'down' }),
  buildCase('s3', 'success', { cx: 'up', traffic: 'up' }),
  buildCase('f1', 'failure', { cx: 'down', traffic: 'up', ads: 'up' }),
  buildCase('f2', 'failure', { ads: 'up' }),
];

describe('separationScore', () => {
  it('is the Laplace-smoothed net share moving up among successes minus that among failures', () => {
    const success = { up: 3, down: 0, absent: 0, cases: 3 };
    const failure = { up: 0, down: 1, absent: 1, cases: 2 };
    // (3 + 1)/5 − (0 + 1)/5 = 0.6 among successes; (0 + 1)/4 − (1 + 1)/4 = −0.25 among failures
    expect(separationScore(success, failure)).toBeCloseTo(0.85, 12);
  });
  it('shrinks a factor seen in few cases towards zero', () => {
    const none = { up: 0, down: 0, absent: 10, cases: 10 };
    const once = separationScore({ up: 1, down: 0, absent: 9, cases: 10 }, none);
    const often = separationScore({ up: 8, down: 0, absent: 2, cases: 10 }, none);
    expect(once).toBeCloseTo(1 / 12, 12);
    expect(often).toBeGreaterThan(once);
    expect(
      separationScore({ up: 1, down: 0, absent: 0, cases: 1 }, { up: 0, down: 1, absent: 0, cases: 1 }),
    ).toBeLessThan(2);
  });
});

describe('rankFactors', () => {
  const ranked = rankFactors(cases);

  it('ranks by how well a factor separates success from failure, either way', () => {
    expect(ranked.map((f) => [f.factor, Number(f.score.toFixed(4)), f.direction])).toEqual([
      ['cx', 0.85, 'positive'],
      ['ads', -0.5, 'negative'],
      ['traffic', 0.15, 'positive'],
    ]);
  });
  it('shows the counts beside the score, treating unrecorded factors as absent', () => {
    expect(ranked[0]).toMatchObject({
      success: { up: 3, down: 0, absent: 0, cases: 3 },
      failure: { up: 0, down: 1, absent: 1, cases: 2 },
      supportCaseIds: ['s1', 's2', 's3', 'f1'],
    });
    expect(ranked[2]!.success).toEqual({ up: 2, down: 0, absent: 1, cases: 3 });
  });
  it('breaks ties by support, then by key, whatever the input order', () => {
    const tied = [
      buildCase('a', 'success', { zeta: 'up', alpha: 'up', beta: 'up' }),
      buildCase('b', 'failure', { beta: 'absent' }),
    ];
    expect(rankFactors(tied).map((f) => f.factor)).toEqual(['alpha', 'beta', 'zeta']);
    expect(rankFactors([...tied].reverse()).map((f) => f.factor)).toEqual(['alpha', 'beta', 'zeta']);
    const bySupport = [
      buildCase('s1', 'success', { p: 'up', q: 'up' }),
      buildCase('s2', 'success', { q: 'up' }),
      buildCase('f1', 'failure', { q: 'up' }),
      buildCase('f2', 'failure', {}),
    ];
    // both score 1/4: p = 1/4 − 0, q = 2/4 − 1/4; q has more support
    expect(rankFactors(bySupport).map((f) => [f.factor, f.score])).toEqual([
      ['q', 0.25],
      ['p', 0.25],
    ]);
  });
  it('lists the factor keys in first-seen order', () => {
    expect(factorKeysOf(cases)).toEqual(['cx', 'traffic', 'ads']);
  });
  it('returns nothing without cases', () => {
    expect(rankFactors([])).toEqual([]);
  });
});

describe('componentSupport', () => {
  it('combines a component’s factors and splits the cases into agreeing and contradicting', () => {
    const support = componentSupport({ id: 'experience', factorKeys: ['cx', 'ads'] }, cases);
    // s2 (cx up, ads down) and f1 (cx down, ads up) cancel out
    expect(support).toMatchObject({
      componentId: 'experience',
      agreeingCaseIds: ['s1', 's3'],
      contradictingCaseIds: ['f2'],
    });
    expect(support.score).toBeCloseTo(2 / 5 - 1 / 4, 12);
  });
  it('uses the component id as its factor key when it names none', () => {
    expect(componentSupport({ id: 'cx', factorKeys: [] }, cases).agreeingCaseIds).toEqual([
      's1',
      's2',
      's3',
      'f1',
    ]);
  });
});

describe('linkSupport', () => {
  const components = [
    { id: 'cx', factorKeys: [] },
    { id: 'traffic', factorKeys: [] },
    { id: 'ads', factorKeys: [] },
  ];
  it('supports a positive link where both ends moved together', () => {
    expect(linkSupport({ from: 'cx', to: 'traffic', polarity: '+' }, components, cases)).toEqual({
      from: 'cx',
      to: 'traffic',
      supportingCaseIds: ['s1', 's3'],
      contradictingCaseIds: ['f1'],
    });
  });
  it('supports a negative link where the ends moved apart', () => {
    expect(linkSupport({ from: 'cx', to: 'ads', polarity: '-' }, components, cases)).toMatchObject({
      supportingCaseIds: ['s2', 'f1'],
      contradictingCaseIds: ['s1'],
    });
  });
  it('finds no support for a link to an unknown component', () => {
    expect(
      linkSupport({ from: 'cx', to: 'nope', polarity: '+' }, components, cases).supportingCaseIds,
    ).toEqual([]);
  });
});
