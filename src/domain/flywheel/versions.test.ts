import { describe, expect, it } from 'vitest';
import { buildFlywheel } from './factories.ts';
import { diffFlywheels, nextVersion } from './versions.ts';

describe('versions', () => {
  it('numbers a new version one past the highest, and keeps a copy', () => {
    const wheel = buildFlywheel(
      ['a', 'b'],
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
    );
    const v = nextVersion([{ version: 1 }, { version: 3 }], wheel, 'add b', new Date('2026-02-01T00:00:00Z'));
    expect(v).toMatchObject({ version: 4, note: 'add b', createdAt: '2026-02-01T00:00:00.000Z' });
    wheel.components.pop();
    expect(v.flywheel.components).toHaveLength(2);
    expect(nextVersion([], wheel, '', new Date(0)).version).toBe(1);
  });
  it('says what changed between two versions', () => {
    const before = buildFlywheel(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
    );
    const after = buildFlywheel(
      ['a', 'b', 'd'],
      [
        ['a', 'b', '-'],
        ['b', 'd'],
        ['d', 'a'],
      ],
    );
    expect(diffFlywheels(before, after)).toEqual({
      addedComponents: ['d'],
      removedComponents: ['c'],
      addedLinks: [
        { from: 'b', to: 'd', polarity: '+' },
        { from: 'd', to: 'a', polarity: '+' },
      ],
      removedLinks: [
        { from: 'b', to: 'c', polarity: '+' },
        { from: 'c', to: 'a', polarity: '+' },
      ],
      flippedLinks: [{ from: 'a', to: 'b', polarity: '-' }],
    });
  });
});
