import { describe, expect, it } from 'vitest';
import { addHours, fireClock, higherLevel, nextLevel, recipientAt } from './escalation.ts';

describe('the escalation ladder', () => {
  it('goes owner → team lead → manager → director, then stops', () => {
    expect(nextLevel('owner')).toBe('team_lead');
    expect(nextLevel('team_lead')).toBe('manager');
    expect(nextLevel('manager')).toBe('director');
    expect(nextLevel('director')).toBeNull();
  });
  it('knows the higher of two rungs', () => {
    expect(higherLevel(null, null)).toBeNull();
    expect(higherLevel('manager', null)).toBe('manager');
    expect(higherLevel('owner', 'director')).toBe('director');
    expect(higherLevel('team_lead', 'owner')).toBe('team_lead');
  });
  it('passes a notice up past an empty rung, never down', () => {
    const ladder = { owner: null, teamLead: 'lead.li', manager: null, director: 'dir.sun' };
    expect(recipientAt(ladder, 'owner')).toEqual({ ref: 'lead.li', level: 'team_lead' });
    expect(recipientAt(ladder, 'manager')).toEqual({ ref: 'dir.sun', level: 'director' });
    expect(recipientAt({ owner: null, teamLead: null, manager: null, director: null }, 'owner')).toBeNull();
  });
  it('fires a due clock once and sets the next rung one step after now', () => {
    const now = new Date('2026-11-25T10:00:00.000Z');
    expect(fireClock({ level: 'owner', settled: false, now, stepHours: 24 })).toEqual({
      fire: true,
      level: 'owner',
      next: { level: 'team_lead', dueAt: '2026-11-26T10:00:00.000Z' },
    });
    expect(fireClock({ level: 'director', settled: false, now, stepHours: 24 })).toEqual({ fire: true, level: 'director', next: null });
    expect(fireClock({ level: 'owner', settled: true, now, stepHours: 24 })).toEqual({ fire: false });
  });
  it('adds hours to a timestamp', () => {
    expect(addHours('2026-11-25T00:00:00.000Z', 1.5)).toBe('2026-11-25T01:30:00.000Z');
  });
});
