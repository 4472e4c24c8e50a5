import { describe, expect, it } from 'vitest';
import { localDate, periodOf } from './period.ts';

const now = new Date('2026-07-01T12:00:00Z');

describe('the dashboard’s period', () => {
  it('runs a preset back from now', () => {
    expect(periodOf({ preset: 30 }, now)).toEqual({
      from: '2026-06-01T12:00:00.000Z',
      to: now.toISOString(),
    });
  });
  it('takes chosen dates as whole local days, and refuses reversed or missing ones', () => {
    const p = periodOf({ preset: 'custom', from: '2026-06-01', to: '2026-06-30' }, now)!;
    expect(localDate(new Date(p.from))).toBe('2026-06-01');
    expect(Date.parse(p.to) - Date.parse(p.from)).toBe(30 * 86_400_000);
    expect(periodOf({ preset: 'custom', from: '2026-06-30', to: '2026-06-01' }, now)).toBeNull();
    expect(periodOf({ preset: 'custom', from: '', to: '2026-06-01' }, now)).toBeNull();
  });
});
