import { describe, expect, it } from 'vitest';
import { byUrgency, GREEN_FOR_MS, lampColour } from './lamp-colour.ts';

const now = Date.parse('2026-07-01T12:00:00Z');

describe('the lamp of an andon', () => {
  it('is red while the line is stopped, amber while rectifying, green for a day after relisting', () => {
    expect(lampColour({ state: 'pulled', closedAt: null }, now)).toBe('red');
    for (const state of ['contained', 'root_caused', 'awaiting_acceptance'])
      expect(lampColour({ state, closedAt: null }, now)).toBe('amber');
    expect(lampColour({ state: 'relisted', closedAt: new Date(now - 3_600_000).toISOString() }, now)).toBe(
      'green',
    );
    expect(
      lampColour({ state: 'relisted', closedAt: new Date(now - GREEN_FOR_MS - 1).toISOString() }, now),
    ).toBeNull();
  });

  it('turns amber once someone acknowledges one of its work orders', () => {
    expect(lampColour({ state: 'pulled', closedAt: null }, now, true)).toBe('amber');
    expect(lampColour({ state: 'contained', closedAt: null }, now, false)).toBe('amber');
  });

  it('is out for retired and invalid pulls, and amber for an open state it does not know', () => {
    expect(lampColour({ state: 'retired', closedAt: '2026-07-01T00:00:00Z' }, now)).toBeNull();
    expect(lampColour({ state: 'invalid', closedAt: '2026-07-01T00:00:00Z' }, now)).toBeNull();
    expect(lampColour({ state: 'escalated_somewhere', closedAt: null }, now)).toBe('amber');
  });

  it('orders red before amber before green, newest first', () => {
    const lamp = (colour: 'red' | 'amber' | 'green', pulledAt: string) => ({ colour, andon: { pulledAt } });
    const lamps = [lamp('green', '3'), lamp('red', '1'), lamp('amber', '9'), lamp('red', '2')];
    expect(lamps.sort(byUrgency).map((l) => `${l.colour}${l.andon.pulledAt}`)).toEqual([
      'red2',
      'red1',
      'amber9',
      'green3',
    ]);
  });
});
