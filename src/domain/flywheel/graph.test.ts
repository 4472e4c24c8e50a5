import { describe, expect, it } from 'vitest';
import { buildFlywheel } from './factories.ts';
import {
  componentsOnCycles,
  elementaryCycles,
  enumerateLoops,
  stronglyConnectedComponents,
} from './graph.ts';

/** Brute force: every simple cycle, rotated to start at its least vertex. */
function bruteForceCycles(adjacency: number[][]): string[] {
  const found = new Set<string>();
  const walk = (start: number, v: number, path: number[]) => {
    for (const w of adjacency[v]!) {
      if (w === start) found.add(path.join(','));
      else if (w > start && !path.includes(w)) walk(start, w, [...path, w]);
    }
  };
  adjacency.forEach((_, s) => walk(s, s, [s]));
  return [...found].sort();
}

/** A small deterministic PRNG (mulberry32), so the random graphs are the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const complete = (n: number) =>
  Array.from({ length: n }, (_, v) => Array.from({ length: n }, (_, w) => w).filter((w) => w !== v));

describe('stronglyConnectedComponents', () => {
  it('finds the strong components of a known graph', () => {
    // 0 ⇄ 1 → 2 → 3 → 2, 4 alone
    const sccs = stronglyConnectedComponents([[1], [0, 2], [3], [2], []]);
    expect(sccs.map((c) => c.join(',')).sort()).toEqual(['0,1', '2,3', '4']);
  });
});

describe('elementaryCycles (Johnson)', () => {
  it('finds none in an empty graph or a DAG', () => {
    expect(elementaryCycles([]).cycles).toEqual([]);
    expect(elementaryCycles([[1, 2], [2], []]).cycles).toEqual([]);
  });
  it('finds the one cycle of a ring, from its least vertex', () => {
    expect(elementaryCycles([[1], [2], [0]]).cycles).toEqual([[0, 1, 2]]);
  });
  it('counts a self-loop as a cycle', () => {
    expect(elementaryCycles([[0, 1], [0]]).cycles).toEqual([[0], [0, 1]]);
  });
  it('finds both lobes of a figure of eight', () => {
    expect(elementaryCycles([[1, 2], [0], [0]]).cycles).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });
  it('finds Σ C(n,k)(k−1)! cycles in the complete digraph: 20 for n = 4, 84 for n = 5, 409 for n = 6', () => {
    expect(elementaryCycles(complete(4)).cycles).toHaveLength(20);
    expect(elementaryCycles(complete(5)).cycles).toHaveLength(84);
    expect(elementaryCycles(complete(6)).cycles).toHaveLength(409);
  });
  it('agrees with brute force on random graphs', () => {
    const random = prng(42);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 7);
      const adjacency = Array.from({ length: n }, () =>
        Array.from({ length: n }, (_, w) => w).filter(() => random() < 0.35),
      );
      const johnson = elementaryCycles(adjacency).cycles.map((c) => c.join(','));
      expect(johnson.length).toBe(new Set(johnson).size);
      expect([...johnson].sort()).toEqual(bruteForceCycles(adjacency));
    }
  });
  it('stops at the limit and says so', () => {
    const result = elementaryCycles(complete(6), 50);
    expect(result.cycles).toHaveLength(50);
    expect(result.truncated).toBe(true);
    expect(elementaryCycles(complete(4), 50).truncated).toBe(false);
  });
});

describe('enumerateLoops', () => {
  it('names the loops by component id, longest first, with their links', () => {
    const wheel = buildFlywheel(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ],
    );
    const { loops } = enumerateLoops(wheel);
    expect(loops.map((l) => l.componentIds)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['a', 'b'],
    ]);
    expect(loops[1]!.links).toEqual([
      { from: 'a', to: 'b', polarity: '+' },
      { from: 'b', to: 'a', polarity: '+' },
    ]);
  });
  it('calls a loop reinforcing with an even number of negative links and balancing with an odd one', () => {
    const ring = (polarities: ('+' | '-')[]) =>
      enumerateLoops(
        buildFlywheel(
          ['a', 'b', 'c'],
          [
            ['a', 'b', polarities[0]],
            ['b', 'c', polarities[1]],
            ['c', 'a', polarities[2]],
          ],
        ),
      ).loops[0]!;
    expect(ring(['+', '+', '+'])).toMatchObject({ negativeLinks: 0, polarity: 'reinforcing' });
    expect(ring(['+', '-', '+'])).toMatchObject({ negativeLinks: 1, polarity: 'balancing' });
    expect(ring(['-', '-', '+'])).toMatchObject({ negativeLinks: 2, polarity: 'reinforcing' });
    expect(ring(['-', '-', '-'])).toMatchObject({ negativeLinks: 3, polarity: 'balancing' });
  });
  it('knows which components lie on a cycle', () => {
    const wheel = buildFlywheel(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'c'],
      ],
    );
    expect([...componentsOnCycles(wheel)].sort()).toEqual(['a', 'b']);
  });
});
