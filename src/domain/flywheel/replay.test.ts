import { describe, expect, it } from 'vitest';
import { buildCase, buildFlywheel } from './factories.ts';
import { replayCase, replayCases, replayGrid } from './replay.ts';
import { amazonFlywheel } from './templates.ts';

const positiveRing = buildFlywheel(
  ['a', 'b'],
  [
    ['a', 'b', '+'],
    ['b', 'a', '+'],
  ],
);
const balancingRing = buildFlywheel(
  ['a', 'b'],
  [
    ['a', 'b', '+'],
    ['b', 'a', '-'],
  ],
);

describe('replayCase: the propagation rule', () => {
  it('carries each movement once around the wheel, multiplied by the link signs', () => {
    // u = (1, 0); A·u = (0, 1); A²·u = (−1, 0); x = u + A·u + A²·u = (0, 1)
    const replay = replayCase(balancingRing, buildCase('s', 'success', { a: 'up' }));
    expect(replay).toMatchObject({
      observed: { a: 1, b: 0 },
      propagated: { a: 0, b: 1 },
      score: 1,
      prediction: 'growth',
      verdict: 'pass',
    });
  });
  it('predicts decline when the movements sum below zero, and fails a success so predicted', () => {
    const replay = replayCase(positiveRing, buildCase('s', 'success', { b: 'down' }));
    expect(replay).toMatchObject({
      propagated: { a: -1, b: -2 },
      score: -3,
      prediction: 'decline',
      verdict: 'fail',
    });
  });
  it('is unclear when opposite movements cancel out, or when nothing the wheel knows moved', () => {
    expect(replayCase(positiveRing, buildCase('x', 'success', { a: 'up', b: 'down' }))).toMatchObject({
      score: 0,
      prediction: 'unclear',
      verdict: 'unclear',
    });
    const unrelated = replayCase(positiveRing, buildCase('y', 'failure', { ads: 'up', a: 'absent' }));
    expect(unrelated).toMatchObject({ prediction: 'unclear', verdict: 'unclear', unusedFactors: ['ads'] });
  });
});

describe('replayCase on Amazon’s flywheel', () => {
  const amazon = amazonFlywheel();
  it('predicts growth from a better customer experience alone', () => {
    const replay = replayCase(amazon, buildCase('prime', 'success', { customer_experience: 'up' }));
    // CX → traffic → sellers → {selection and convenience, lower cost} → … back to CX, six steps
    expect(replay.propagated).toEqual({
      customer_experience: 3,
      traffic: 3,
      sellers: 2,
      lower_cost_structure: 1,
      lower_prices: 1,
      selection_convenience: 1,
    });
    expect(replay).toMatchObject({ score: 11, prediction: 'growth', verdict: 'pass' });
  });
  it('reads a component from any of its factors (selection or convenience)', () => {
    const replay = replayCase(
      amazon,
      buildCase('third-party', 'success', { selection: 'up', convenience: 'absent' }),
    );
    expect(replay.observed['selection_convenience']).toBe(1);
    expect(replay.prediction).toBe('growth');
  });
  it('predicts decline when sellers leave, and passes the failure', () => {
    const replay = replayCase(
      amazon,
      buildCase('auctions', 'failure', { sellers: 'down', traffic: 'absent' }),
    );
    expect(replay).toMatchObject({ prediction: 'decline', verdict: 'pass' });
  });
});

describe('replayCases and replayGrid', () => {
  const cases = [
    buildCase('s1', 'success', { a: 'up' }),
    buildCase('f1', 'failure', { b: 'down' }),
    buildCase('f2', 'failure', { a: 'up' }),
    buildCase('s2', 'success', {}),
  ];
  it('sums up one version: agreement over all cases, unclear counting as disagreement', () => {
    expect(replayCases(positiveRing, cases).summary).toEqual({
      passed: 2,
      failed: 1,
      unclear: 1,
      agreementRate: 0.5,
      disagreements: ['f2', 's2'],
    });
    expect(replayCases(positiveRing, []).summary.agreementRate).toBeNull();
  });
  it('lays out cases × versions', () => {
    const grid = replayGrid(
      [
        { key: 'v1', flywheel: positiveRing },
        { key: 'v2', flywheel: balancingRing },
      ],
      cases,
    );
    expect(grid.columns).toEqual([
      { key: 'v1', passed: 2, failed: 1, unclear: 1, agreementRate: 0.5, disagreements: ['f2', 's2'] },
      { key: 'v2', passed: 1, failed: 2, unclear: 1, agreementRate: 0.25, disagreements: ['f1', 'f2', 's2'] },
    ]);
    expect(grid.rows.map((r) => [r.caseId, r.outcome, ...r.cells.map((c) => c.verdict)])).toEqual([
      ['s1', 'success', 'pass', 'pass'],
      ['f1', 'failure', 'pass', 'fail'],
      ['f2', 'failure', 'fail', 'fail'],
      ['s2', 'success', 'unclear', 'unclear'],
    ]);
    expect(grid.rows[1]!.cells).toEqual([
      { key: 'v1', prediction: 'decline', verdict: 'pass', score: -3 },
      { key: 'v2', prediction: 'growth', verdict: 'fail', score: 1 },
    ]);
  });
});
