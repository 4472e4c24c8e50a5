import { describe, expect, it } from 'vitest';
import { decidePull, planWorkOrders, rewardFor, rewardRecipient } from './andon.ts';

describe('decidePull', () => {
  const met = { met: true, distinctCustomers: 2, threshold: 2 };
  const notMet = { met: false, distinctCustomers: 1, threshold: 2 };

  it('pulls at once when the rule is met, by a person or by the system', () => {
    expect(decidePull({ targetStatus: 'on_sale', evaluation: met, reason: null, automatic: false })).toEqual({ ok: true, trigger: 'rule' });
    expect(decidePull({ targetStatus: 'on_sale', evaluation: met, reason: null, automatic: true })).toEqual({ ok: true, trigger: 'auto' });
  });
  it('lets anyone pull below the threshold with a written reason', () => {
    expect(decidePull({ targetStatus: 'on_sale', evaluation: notMet, reason: '封面脱落，影响阅读', automatic: false })).toEqual({
      ok: true,
      trigger: 'manual',
    });
  });
  it('refuses a pull below the threshold without a reason, saying how far off it is', () => {
    expect(decidePull({ targetStatus: 'on_sale', evaluation: notMet, reason: '   ', automatic: false })).toEqual({
      ok: false,
      reason: 'rule_not_met',
      distinctCustomers: 1,
      threshold: 2,
    });
  });
  it('refuses a too-short reason', () => {
    expect(decidePull({ targetStatus: 'on_sale', evaluation: notMet, reason: 'bad', automatic: false })).toMatchObject({
      ok: false,
      reason: 'reason_too_short',
    });
  });
  it('refuses to pull a retired target', () => {
    expect(decidePull({ targetStatus: 'retired', evaluation: met, reason: null, automatic: false })).toMatchObject({
      ok: false,
      reason: 'target_retired',
    });
  });
  it('still pulls a target already off sale for another problem', () => {
    expect(decidePull({ targetStatus: 'suppressed', evaluation: met, reason: null, automatic: false }).ok).toBe(true);
  });
});

describe('planWorkOrders', () => {
  it('opens supplier inspection and root cause, due by the rule', () => {
    const now = new Date('2026-11-25T00:00:00.000Z');
    const plans = planWorkOrders({ inspectionDueHours: 24, rootCauseDueHours: 72 }, now);
    expect(plans.map((p) => [p.type, p.ownerRole, p.dueAt])).toEqual([
      ['supplier_inspection', 'supplier_management', '2026-11-26T00:00:00.000Z'],
      ['root_cause', 'quality', '2026-11-28T00:00:00.000Z'],
    ]);
  });
});

describe('rewards', () => {
  it('go to the puller; for an automatic pull, to the agent who recorded the qualifying complaint', () => {
    expect(rewardRecipient({ trigger: 'rule', pulledBy: 'xiao.lin', triggeringRecorder: 'other' })).toBe('xiao.lin');
    expect(rewardRecipient({ trigger: 'auto', pulledBy: 'system', triggeringRecorder: 'xiao.lin' })).toBe('xiao.lin');
    expect(rewardRecipient({ trigger: 'auto', pulledBy: 'system', triggeringRecorder: null })).toBeNull();
  });
  it('of zero are not recorded', () => {
    expect(rewardFor({ reward: { amountMinor: 0, currency: 'CNY' } })).toBeNull();
    expect(rewardFor({ reward: { amountMinor: 5000, currency: 'CNY' } })).toEqual({ amountMinor: 5000, currency: 'CNY' });
  });
});
