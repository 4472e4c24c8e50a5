import { describe, expect, it } from 'vitest';
import { evaluateRepeat, resolveRule, ruleScopeKey, windowStart } from './rules.ts';

const now = new Date('2026-11-25T12:00:00.000Z');
const daysBefore = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const rule = { threshold: 2, windowDays: 30, mode: 'suggest' as const };
const defective = { code: 'defective', counts: true, safetyCritical: false };

describe('resolveRule', () => {
  const base = { active: true };
  const rules = [
    { ...base, id: 'default', targetKind: null, issueCode: null },
    { ...base, id: 'partner', targetKind: 'partner' as const, issueCode: null },
    { ...base, id: 'code', targetKind: null, issueCode: 'pages_not_cut' },
    { ...base, id: 'both', targetKind: 'product' as const, issueCode: 'pages_not_cut' },
  ];
  it('prefers kind+code, then code, then kind, then the default', () => {
    expect(resolveRule(rules, 'product', 'pages_not_cut')?.id).toBe('both');
    expect(resolveRule(rules, 'process', 'pages_not_cut')?.id).toBe('code');
    expect(resolveRule(rules, 'partner', 'overcharging')?.id).toBe('partner');
    expect(resolveRule(rules, 'product', 'overcharging')?.id).toBe('default');
  });
  it('ignores inactive rules', () => {
    const withInactive = rules.map((r) => (r.id === 'both' ? { ...r, active: false } : r));
    expect(resolveRule(withInactive, 'product', 'pages_not_cut')?.id).toBe('code');
  });
  it('names scopes stably', () => {
    expect(ruleScopeKey(null, null)).toBe('*:*');
    expect(ruleScopeKey('partner', null)).toBe('partner:*');
    expect(ruleScopeKey(null, 'x')).toBe('*:x');
  });
});

describe('evaluateRepeat', () => {
  it('is met by two different customers within the window', () => {
    const result = evaluateRepeat({
      rule,
      issueCode: defective,
      now,
      candidates: [
        { id: 'a', customerRef: 'c1', occurredAt: daysBefore(7) },
        { id: 'b', customerRef: 'c2', occurredAt: daysBefore(0) },
      ],
    });
    expect(result).toMatchObject({ distinctCustomers: 2, threshold: 2, met: true });
    expect(result.complaintIds).toEqual(['b', 'a']);
  });

  it('counts the same customer once', () => {
    const result = evaluateRepeat({
      rule,
      issueCode: defective,
      now,
      candidates: [
        { id: 'a', customerRef: 'c1', occurredAt: daysBefore(3) },
        { id: 'b', customerRef: 'c1', occurredAt: daysBefore(1) },
      ],
    });
    expect(result).toMatchObject({ distinctCustomers: 1, met: false });
  });

  it('leaves out complaints older than the window, and includes its first instant', () => {
    const result = evaluateRepeat({
      rule,
      issueCode: defective,
      now,
      candidates: [
        { id: 'old', customerRef: 'c1', occurredAt: daysBefore(31) },
        { id: 'edge', customerRef: 'c3', occurredAt: windowStart(now, 30) },
        { id: 'new', customerRef: 'c2', occurredAt: daysBefore(0) },
      ],
    });
    expect(result.complaintIds).toEqual(['new', 'edge']);
    expect(result.met).toBe(true);
  });

  it('needs only one customer for a safety-critical problem', () => {
    const result = evaluateRepeat({
      rule: { ...rule, threshold: 5 },
      issueCode: { code: 'safety_hazard', counts: true, safetyCritical: true },
      now,
      candidates: [{ id: 'a', customerRef: 'c1', occurredAt: daysBefore(0) }],
    });
    expect(result).toMatchObject({ threshold: 1, met: true, safetyCritical: true });
  });

  it('never meets the rule on an issue code that does not count', () => {
    const result = evaluateRepeat({
      rule,
      issueCode: { code: 'changed_mind', counts: false, safetyCritical: false },
      now,
      candidates: ['c1', 'c2', 'c3'].map((c, i) => ({ id: c, customerRef: c, occurredAt: daysBefore(i) })),
    });
    expect(result).toMatchObject({ distinctCustomers: 3, met: false, counts: false });
  });

  it('honours a higher threshold', () => {
    const candidates = ['c1', 'c2'].map((c, i) => ({ id: c, customerRef: c, occurredAt: daysBefore(i) }));
    expect(evaluateRepeat({ rule: { ...rule, threshold: 3 }, issueCode: defective, now, candidates }).met).toBe(false);
  });
});
