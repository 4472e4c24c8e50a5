import { describe, expect, it } from 'vitest';
import { findingCodes, type FindingParams, type FlywheelFinding } from './checks.ts';
import { findingMessages, formatFinding, interpolate } from './messages.ts';
import { flywheelLocales } from './model.ts';

const loop = { loop: ['a', 'b', 'c'], length: 3, negativeLinks: 1 };
const samples: { [C in keyof FindingParams]: FindingParams[C] } = {
  no_components: {},
  no_loop: {},
  component_not_on_loop: { component: 'a' },
  main_loop_reinforcing: loop,
  main_loop_balancing: loop,
  minor_loop_balancing: loop,
  too_many_components: { count: 7, limit: 6 },
  no_cases: {},
  component_without_evidence: { component: 'a' },
  link_unsupported: { from: 'a', to: 'b', polarity: '-' },
  link_contradicted: { from: 'a', to: 'b', polarity: '+', supporting: 1, contradicting: 3 },
  loops_truncated: { limit: 1000 },
};
const sample = (code: keyof FindingParams) =>
  ({ code, severity: 'info', params: samples[code] }) as FlywheelFinding;

describe('finding messages', () => {
  it.each(flywheelLocales)('exist in %s for every code, and use only that code’s parameters', (locale) => {
    expect(Object.keys(findingMessages[locale]).sort()).toEqual([...findingCodes].sort());
    for (const code of findingCodes) {
      const placeholders = [...findingMessages[locale][code].matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      for (const name of placeholders) expect(Object.keys(samples[code])).toContain(name);
      expect(formatFinding(sample(code), locale)).not.toContain('{{');
    }
  });
  it('show component labels, loops that close, and a real minus sign', () => {
    const names: Record<string, string> = { a: '用户体验', b: '流量', c: '卖家' };
    expect(formatFinding(sample('main_loop_balancing'), 'zh-CN', (id) => names[id] ?? id)).toBe(
      '主回路（用户体验 → 流量 → 卖家 → 用户体验）是调节回路：3 条因果关系中有 1 条负向，为奇数。增长飞轮必须自我增强。',
    );
    expect(formatFinding(sample('link_unsupported'), 'en')).toBe('No case supports the link a → b (−).');
  });
  it('interpolate leaves unknown placeholders alone', () => {
    expect(interpolate('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});
