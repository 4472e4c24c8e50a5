import { describe, expect, it } from 'vitest';
import { type AndonFact, badAndonRate, isMissed, median, pareto, periodKey, rate, summariseAndons } from './metrics.ts';

const now = new Date('2026-11-30T00:00:00.000Z');
function fact(over: Partial<AndonFact>): AndonFact {
  return {
    id: 'a',
    state: 'pulled',
    trigger: 'rule',
    reviewVerdict: null,
    pulledAt: '2026-11-20T00:00:00.000Z',
    ruleMetAt: null,
    containedAt: null,
    rootCausedAt: null,
    closedAt: null,
    recurrenceOf: null,
    monthlyGmv: null,
    complaintsAfterPull: 0,
    ...over,
  };
}

describe('metrics maths', () => {
  it('takes medians and rates', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(rate(2, 11)).toBe(0.1818);
    expect(rate(1, 0)).toBeNull();
  });

  it('summarises the repair shops: eleven pulled, two relisted (18%), nine retired', () => {
    const rows = Array.from({ length: 11 }, (_, i) =>
      fact({ id: `s${i}`, state: i < 2 ? 'relisted' : 'retired', closedAt: '2026-11-25T00:00:00.000Z', reviewVerdict: 'valid' }),
    );
    const s = summariseAndons(rows, now, new Set(['s0']));
    expect(s).toMatchObject({ pulls: 11, valid: 11, relisted: 2, retired: 9, open: 0, relistRate: 0.1818, retireRate: 0.8182, recurrenceAfterRelistRate: 0.5 });
  });

  it('measures lead times, lamp-on time and the GMV paused', () => {
    const s = summariseAndons(
      [
        fact({
          ruleMetAt: '2026-11-19T22:00:00.000Z',
          containedAt: '2026-11-21T00:00:00.000Z',
          rootCausedAt: '2026-11-23T00:00:00.000Z',
          closedAt: '2026-11-26T00:00:00.000Z',
          state: 'relisted',
          monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
          complaintsAfterPull: 1,
        }),
        fact({ id: 'b', state: 'invalid', reviewVerdict: 'invalid', closedAt: '2026-11-20T12:00:00.000Z' }),
        fact({ id: 'c', recurrenceOf: 'a' }),
      ],
      now,
      new Set(),
    );
    expect(s).toMatchObject({
      pulls: 3,
      invalid: 1,
      unreviewed: 2,
      open: 1,
      relistRate: 0.5,
      recurrences: 1,
      complaintsAfterPull: 1,
      medianHoursToPull: 2,
      medianHoursToContainment: 24,
      medianHoursToRootCause: 72,
      medianHoursToRelist: 144,
      lampOnHours: 144 + 12 + 240,
      medianLampOnHours: 144,
    });
    // Six days off sale of ¥1.25M a month: ¥250,000.
    expect(s.gmvPaused).toEqual([{ amountMinor: 25_000_000, currency: 'CNY' }]);
  });

  it('charges the bad-andon rate to the team: invalid ÷ all pulls', () => {
    expect(badAndonRate([fact({}), fact({ reviewVerdict: 'invalid' }), fact({ state: 'invalid' }), fact({ reviewVerdict: 'valid' })])).toEqual({
      pulls: 4,
      invalid: 2,
      rate: 0.5,
    });
  });

  it('counts a missed andon: the rule met and nobody pulled within N hours', () => {
    expect(isMissed({ metAt: '2026-11-29T00:00:00.000Z', pulledAt: null }, 24, now)).toBe(false);
    expect(isMissed({ metAt: '2026-11-28T00:00:00.000Z', pulledAt: null }, 24, now)).toBe(true);
    expect(isMissed({ metAt: '2026-11-20T00:00:00.000Z', pulledAt: '2026-11-20T02:00:00.000Z' }, 24, now)).toBe(false);
    expect(isMissed({ metAt: '2026-11-20T00:00:00.000Z', pulledAt: '2026-11-22T00:00:00.000Z' }, 24, now)).toBe(true);
  });

  it('builds a Pareto of root-cause categories', () => {
    expect(pareto(['process', 'supplier', 'process', 'design', 'process'])).toEqual([
      { key: 'process', count: 3, share: 0.6, cumulativeShare: 0.6 },
      { key: 'design', count: 1, share: 0.2, cumulativeShare: 0.8 },
      { key: 'supplier', count: 1, share: 0.2, cumulativeShare: 1 },
    ]);
  });

  it('names periods by month and by ISO week', () => {
    expect(periodKey('2026-11-25T10:00:00.000Z', 'month')).toBe('2026-11');
    expect(periodKey('2026-11-25T10:00:00.000Z', 'week')).toBe('2026-11-23');
    expect(periodKey('2026-11-23T00:00:00.000Z', 'week')).toBe('2026-11-23');
    expect(periodKey('2026-11-29T23:00:00.000Z', 'week')).toBe('2026-11-23');
  });
});
